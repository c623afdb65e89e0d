// Reads an --overlay file once, in the coordinator: GeoJSON (a FeatureCollection, a Feature or a
// bare geometry) or a Shapefile (.shp with its .dbf/.prj/.cpg beside it, or a .zip of them, read
// with shpjs and brought to lon/lat through the .prj). Errors name the file and what is wrong.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { iter } from 'but-unzip';
import { parseDbf, parseShp } from 'shpjs';
import { inflateRawSync } from 'node:zlib';
import { TrackreelError } from '../../errors/trackreel-error.js';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

function overlayError(path: string, what: string, cause?: unknown): TrackreelError {
  return new TrackreelError('MAP_SOURCE', `${path}: ${what}`, { context: { file: path, option: 'overlay' }, cause });
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw overlayError(path, code === 'ENOENT' ? 'overlay file not found' : code === 'EISDIR' ? 'is a folder, not an overlay file' : `cannot read the overlay file (${code ?? (error as Error).message})`, error);
  }
}

const sidecar = (path: string, ext: string): Uint8Array | undefined => {
  const base = path.slice(0, -extname(path).length);
  for (const candidate of [`${base}${ext}`, `${base}${ext.toUpperCase()}`]) {
    try { return readFileSync(candidate); } catch { /* absent */ }
  }
  return undefined;
};

// The layers of a zipped Shapefile, as { name: bytes } (inflated synchronously with zlib).
function zipEntries(path: string, bytes: Buffer): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  // but-unzip loops forever on bytes without an end-of-central-directory record: look for it first.
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  if (bytes.length < 22 || tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) < 0) throw overlayError(path, 'not a readable zip file (no end-of-archive record)');
  try {
    for (const item of iter(new Uint8Array(bytes), (raw) => inflateRawSync(raw))) {
      if (/\.(shp|dbf|prj|cpg)$/i.test(item.filename) && !item.filename.includes('__MACOSX')) out.set(item.filename, item.read() as Uint8Array);
    }
  } catch (error) {
    throw overlayError(path, `not a readable zip file (${(error as Error).message})`, error);
  }
  return out;
}

function shapefileLayer(path: string, shp: Uint8Array, dbf: Uint8Array | undefined, prj: Uint8Array | undefined): Feature[] {
  // shpjs reads what it can of a damaged file without a word: check the header's own size first.
  const header = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.byteLength < 100 || header.getInt32(0) !== 9994) throw overlayError(path, 'not a Shapefile (no .shp header)');
  const declared = 2 * header.getInt32(24);
  if (declared > shp.byteLength) throw overlayError(path, `not a readable Shapefile (truncated: ${shp.byteLength} of ${declared} bytes)`);
  try {
    const geometries = parseShp(shp, prj ? new TextDecoder().decode(prj) : undefined);
    const properties = dbf ? parseDbf(dbf) : [];
    return geometries.map((geometry, i) => ({ type: 'Feature', geometry, properties: properties[i] ?? {} }));
  } catch (error) {
    throw overlayError(path, `not a readable Shapefile (${(error as Error).message})`, error);
  }
}

function readShapefile(path: string): FeatureCollection {
  const bytes = readBytes(path);
  if (extname(path).toLowerCase() !== '.zip') {
    return { type: 'FeatureCollection', features: shapefileLayer(path, new Uint8Array(bytes), sidecar(path, '.dbf'), sidecar(path, '.prj')) };
  }
  const entries = zipEntries(path, bytes);
  const layers = [...entries.keys()].filter((name) => /\.shp$/i.test(name));
  if (layers.length === 0) throw overlayError(path, 'the zip file holds no .shp');
  const part = (name: string, ext: string): Uint8Array | undefined => entries.get(name.slice(0, -4) + ext) ?? entries.get(name.slice(0, -4) + ext.toUpperCase());
  return { type: 'FeatureCollection', features: layers.flatMap((name) => shapefileLayer(`${path}:${name}`, entries.get(name) as Uint8Array, part(name, '.dbf'), part(name, '.prj'))) };
}

function readGeoJson(path: string): FeatureCollection {
  const text = readBytes(path).toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw overlayError(path, `not GeoJSON: ${(error as Error).message}`, error);
  }
  const o = doc as { type?: string; features?: unknown; geometry?: unknown };
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o as FeatureCollection;
  if (o?.type === 'Feature') return { type: 'FeatureCollection', features: [o as Feature] };
  if (typeof o?.type === 'string' && GEOMETRY_TYPES.has(o.type)) return { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: o as Geometry, properties: {} }] };
  throw overlayError(path, `not GeoJSON: expected a FeatureCollection, a Feature or a geometry, found ${o?.type === undefined ? 'no "type"' : `type ${JSON.stringify(o.type)}`}`);
}

// Every position a plain [lon, lat]; throws on the first that is not.
function checkPositions(path: string, collection: FeatureCollection): void {
  const visit = (value: unknown, depth: number): void => {
    if (!Array.isArray(value)) throw overlayError(path, 'a geometry without coordinates');
    if (depth === 0) {
      const [lon, lat] = value as Position;
      if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
        throw overlayError(path, `a position is not two numbers: ${JSON.stringify(value).slice(0, 60)}`);
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 540) {
        throw overlayError(path, `coordinates ${lon}, ${lat} are not longitude/latitude (a Shapefile in a projected system needs its .prj beside it)`);
      }
      return;
    }
    for (const item of value) visit(item, depth - 1);
  };
  const depthOf: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
  const geometry = (g: Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') { g.geometries.forEach(geometry); return; }
    if (!(g.type in depthOf)) throw overlayError(path, `unknown geometry type ${JSON.stringify((g as { type: unknown }).type)}`);
    visit((g as { coordinates: unknown }).coordinates, depthOf[g.type]);
  };
  for (const f of collection.features) geometry(f?.geometry ?? null);
}

// d3 fills the smaller side of a ring by its winding, clockwise; GeoJSON (RFC 7946) winds outer
// rings the other way. A polygon d3 would read as covering more than a hemisphere is turned round.
function orientForD3(g: Geometry): Geometry {
  const turned = (rings: Position[][]): Position[][] => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);
  if (g.type === 'Polygon') return { ...g, coordinates: turned(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(turned) };
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(orientForD3) };
  return g;
}

// The file's features, checked and oriented; properties are dropped (the map draws shapes only).
export function readOverlay(path: string): FeatureCollection {
  const ext = extname(path).toLowerCase();
  const collection = ext === '.shp' || ext === '.zip' ? readShapefile(path) : readGeoJson(path);
  checkPositions(path, collection);
  const features = collection.features.filter((f) => f?.geometry).map((f): Feature => ({ type: 'Feature', properties: {}, geometry: orientForD3(f.geometry) }));
  if (features.length === 0) throw overlayError(path, `holds no geometry to draw (${basename(path)})`);
  return { type: 'FeatureCollection', features };
}
