// Drops basemap parts that cannot be on screen before d3 projects them: a harbour view at 10m
// detail otherwise projects and resamples every coastline on Earth (~0.7 s per background).
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import type { MapProjection } from './create-projection.js';
import type { Bbox } from './regions.js';

// The lon/lat box seen in a width x height frame, widened by `padDeg`; null when the view is too
// wide (or wraps the antimeridian) for a box test to be safe.
export function visibleLonLatBox(projection: MapProjection, width: number, height: number, padDeg = 2): Bbox | null {
  const invert = (projection as { invert?: (p: [number, number]) => [number, number] | null }).invert;
  if (!invert) return null;
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (const [px, py] of [[(i / steps) * width, 0], [(i / steps) * width, height], [0, (i / steps) * height], [width, (i / steps) * height]]) {
      const p = invert.call(projection, [px, py]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]); y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]);
    }
  }
  if (x1 - x0 > 180) return null;
  return [x0 - padDeg, Math.max(-90, y0 - padDeg), x1 + padDeg, Math.min(90, y1 + padDeg)];
}

function touches(points: Position[], box: Bbox): boolean {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  return x1 >= box[0] && x0 <= box[2] && y1 >= box[1] && y0 <= box[3];
}

export function clipLines(lines: MultiLineString, box: Bbox): MultiLineString {
  return { type: 'MultiLineString', coordinates: lines.coordinates.filter((line) => touches(line, box)) };
}

function clipGeometry(geometry: Geometry, box: Bbox): Geometry {
  switch (geometry.type) {
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.filter((poly) => touches(poly[0], box)) };
    case 'Polygon': return touches(geometry.coordinates[0], box) ? geometry : { type: 'MultiPolygon', coordinates: [] };
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => clipGeometry(g, box)) };
    default: return geometry;
  }
}

export function clipAreas(areas: FeatureCollection | Feature, box: Bbox): FeatureCollection | Feature {
  if (areas.type === 'Feature') return { ...areas, geometry: clipGeometry(areas.geometry, box) };
  return { ...areas, features: areas.features.map((f) => ({ ...f, geometry: clipGeometry(f.geometry, box) })) };
}
