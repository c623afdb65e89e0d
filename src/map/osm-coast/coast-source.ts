// The detailed coastline's data: OpenStreetMap sea polygons at 10 m accuracy from the npm package
// @geo-maps/earth-seas-10m (ODbL: drawn with "© OpenStreetMap contributors"). Read from
// node_modules, never downloaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PACKAGE = '@geo-maps/earth-seas-10m';
const require = createRequire(import.meta.url);

// Drawn on every frame showing this data (the licence requires it).
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

let source: string | null = null;

// The data's identity, "package@version": an index built from other data is rebuilt, and render
// keys (resume) and scenes carry it, so every worker draws from the same coastline.
export function osmCoastSource(): string {
  if (source) return source;
  const pkg = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as { version: string };
  source = `${PACKAGE}@${pkg.version}`;
  return source;
}

// The sea polygons as GeoJSON MultiPolygon coordinates (parsing the 36 MB file takes about a second).
export function readSeaPolygons(): number[][][][] {
  const doc = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/map.geo.json`), 'utf8')) as {
    geometries?: Array<{ type: string; coordinates: unknown }>;
  };
  const out: number[][][][] = [];
  for (const g of doc.geometries ?? []) {
    if (g.type === 'MultiPolygon') out.push(...(g.coordinates as number[][][][]));
    else if (g.type === 'Polygon') out.push(g.coordinates as number[][][]);
  }
  if (out.length === 0) throw new Error(`${PACKAGE}/map.geo.json holds no sea polygons`);
  return out;
}
