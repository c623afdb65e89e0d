// One Mapbox Vector Tile -> its features in lon/lat, sorted by what they are drawn as, and its
// place names. Rings are turned to d3-geo's winding (MVT's exterior rings come out of toGeoJSON
// counter-clockwise, which d3 would read as the whole globe but the polygon).
import { VectorTile } from '@mapbox/vector-tile';
import { geoArea } from 'd3-geo';
import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import { clipPolyline } from 'lineclip';
import { PbfReader } from 'pbf';
import { FEATURE_ROLES, featureRole, placeLabel, type FeatureRole, type PlaceLabel, type VectorSchema } from './vector-schema.js';
import { latOfWorldY, lonOfWorldX, type TileId } from './tile-math.js';

export interface DecodedVectorTile {
  // Lines and polygons of each role, as one MultiLineString / MultiPolygon each.
  lines: Partial<Record<FeatureRole, MultiLineString>>;
  areas: Partial<Record<FeatureRole, MultiPolygon>>;
  places: PlaceLabel[];
}

export const layerNames = (bytes: Uint8Array): string[] => Object.keys(new VectorTile(new PbfReader(bytes)).layers);

function d3Polygon(rings: Position[][]): Position[][] {
  const reversed = rings.map((ring) => ring.slice().reverse());
  // A polygon larger than a hemisphere is the wrong way round: keep the original winding.
  return geoArea({ type: 'Polygon', coordinates: reversed }) > 2 * Math.PI ? rings : reversed;
}

// A line's parts inside the tile proper, in lon/lat: tiles repeat their neighbours' lines in a
// buffer, and a thin line drawn twice there shows darker (Skia's hairlines add up).
function tileLines(rings: Array<Array<{ x: number; y: number }>>, extent: number, tile: TileId): Position[][] {
  const n = 2 ** tile.z;
  const out: Position[][] = [];
  for (const ring of rings) {
    for (const part of clipPolyline(ring.map((p) => [p.x, p.y]), [0, 0, extent, extent])) {
      out.push(part.map(([x, y]) => [lonOfWorldX((tile.x + x / extent) / n), latOfWorldY((tile.y + y / extent) / n)]));
    }
  }
  return out;
}

export function decodeVectorTile(bytes: Uint8Array, tile: TileId, schema: VectorSchema, withBuildings: boolean): DecodedVectorTile {
  const vt = new VectorTile(new PbfReader(bytes));
  const lines: Partial<Record<FeatureRole, Position[][]>> = {};
  const areas: Partial<Record<FeatureRole, Position[][][]>> = {};
  const places: PlaceLabel[] = [];
  for (const [name, layer] of Object.entries(vt.layers)) {
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      const kind = feature.type === 1 ? 'point' : feature.type === 2 ? 'line' : feature.type === 3 ? 'polygon' : null;
      if (!kind) continue;
      if (kind === 'point') {
        const geometry = feature.toGeoJSON(tile.x, tile.y, tile.z).geometry;
        const at = geometry.type === 'Point' ? geometry.coordinates : geometry.type === 'MultiPoint' ? geometry.coordinates[0] : null;
        const label = at ? placeLabel(schema, name, feature.properties, at[0], at[1]) : null;
        if (label) places.push(label);
        continue;
      }
      const role = featureRole(schema, name, feature.properties, kind);
      if (!role || (role === 'building' && !withBuildings)) continue;
      if (kind === 'line') { (lines[role] ??= []).push(...tileLines(feature.loadGeometry(), feature.extent, tile)); continue; }
      const geometry: Geometry = feature.toGeoJSON(tile.x, tile.y, tile.z).geometry;
      if (geometry.type === 'Polygon') (areas[role] ??= []).push(d3Polygon(geometry.coordinates));
      else if (geometry.type === 'MultiPolygon') (areas[role] ??= []).push(...geometry.coordinates.map(d3Polygon));
    }
  }
  const out: DecodedVectorTile = { lines: {}, areas: {}, places };
  for (const role of FEATURE_ROLES) {
    const l = lines[role];
    const a = areas[role];
    if (l) out.lines[role] = { type: 'MultiLineString', coordinates: l };
    if (a) out.areas[role] = { type: 'MultiPolygon', coordinates: a };
  }
  return out;
}
