// Drops basemap parts that cannot be on screen before d3 projects them: a harbour view at 10m
// detail otherwise projects and resamples every coastline on Earth (~0.7 s per background).
// Long lines are cut to their runs inside the box and, on maps up to 30 degrees wide, polygons are
// clipped to it: a city map otherwise projects the whole of Eurasia's coast (~0.3 s).
import { geoGraticule } from 'd3-geo';
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

// The graticule lines every `step` degrees near the view only: a 0.2-degree grid of the whole
// world is 2,700 lines to resample.
export function visibleGraticule(projection: MapProjection, width: number, height: number, step: number): MultiLineString {
  const near = visibleLonLatBox(projection, width, height, step);
  const [x0, y0, x1, y1] = near
    ? [Math.floor(near[0] / step) * step, Math.max(-90, Math.floor(near[1] / step) * step), Math.ceil(near[2] / step) * step, Math.min(90, Math.ceil(near[3] / step) * step)]
    : [-180, -90, 180, 90];
  return geoGraticule().step([step, step]).extentMajor([[x0, y0], [x1, y1]])
    .extentMinor([[x0, Math.max(y0, -90 + 1e-6)], [x1, Math.min(y1, 90 - 1e-6)]])();
}

function touches(points: Position[], box: Bbox): boolean {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  return x1 >= box[0] && x0 <= box[2] && y1 >= box[1] && y0 <= box[3];
}

const inBox = (p: Position, box: Bbox): boolean => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];

// The runs of a line's points inside the box, each with its neighbours outside, so the line still
// leaves the frame (segments are far shorter than the box's padding).
function cutLine(line: Position[], box: Bbox): Position[][] {
  if (line.every((p) => inBox(p, box))) return [line];
  const runs: Position[][] = [];
  let run: Position[] | null = null;
  let prevIn = false;
  for (let i = 0; i < line.length; i++) {
    const here = inBox(line[i], box);
    const keep = here || prevIn || (i + 1 < line.length && inBox(line[i + 1], box));
    if (keep) (run ??= []).push(line[i]);
    else if (run) { if (run.length > 1) runs.push(run); run = null; }
    prevIn = here;
  }
  if (run && run.length > 1) runs.push(run);
  return runs;
}

export function clipLines(lines: MultiLineString, box: Bbox): MultiLineString {
  return { type: 'MultiLineString', coordinates: lines.coordinates.filter((line) => touches(line, box)).flatMap((line) => cutLine(line, box)) };
}

// Sutherland-Hodgman against the box's four sides (keeps the ring's orientation); [] when nothing
// is left. The new edges run along the box's sides, outside the frame.
function clipRing(ring: Position[], box: Bbox): Position[] {
  let points = ring.slice(0, -1);
  const sides: Array<[0 | 1, number, 1 | -1]> = [[0, box[0], 1], [0, box[2], -1], [1, box[1], 1], [1, box[3], -1]];
  for (const [axis, value, sign] of sides) {
    const inside = (p: Position): boolean => (p[axis] - value) * sign >= 0;
    const cross = (a: Position, b: Position): Position => {
      const t = (value - a[axis]) / (b[axis] - a[axis]);
      return axis === 0 ? [value, a[1] + (b[1] - a[1]) * t] : [a[0] + (b[0] - a[0]) * t, value];
    };
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const cur = points[i];
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cross(prev, cur));
    }
    points = out;
    if (points.length < 3) return [];
  }
  return [...points, points[0]];
}

function clipPolygon(rings: Position[][], box: Bbox): Position[][] | null {
  const outer = clipRing(rings[0], box);
  if (outer.length === 0) return null;
  return [outer, ...rings.slice(1).map((hole) => clipRing(hole, box)).filter((hole) => hole.length > 0)];
}

// Edges along the box's sides are great-circle arcs to d3; up to 30 degrees they bow well under
// the box's 2-degree padding.
const clipsPolygons = (box: Bbox): boolean => box[2] - box[0] <= 30 && box[3] - box[1] <= 30;

function clipGeometry(geometry: Geometry, box: Bbox): Geometry {
  switch (geometry.type) {
    case 'MultiPolygon': {
      const near = geometry.coordinates.filter((poly) => touches(poly[0], box));
      if (!clipsPolygons(box)) return { type: 'MultiPolygon', coordinates: near };
      return { type: 'MultiPolygon', coordinates: near.map((poly) => clipPolygon(poly, box)).filter((poly): poly is Position[][] => poly !== null) };
    }
    case 'Polygon': {
      if (!touches(geometry.coordinates[0], box)) return { type: 'MultiPolygon', coordinates: [] };
      if (!clipsPolygons(box)) return geometry;
      const clipped = clipPolygon(geometry.coordinates, box);
      return clipped ? { type: 'Polygon', coordinates: clipped } : { type: 'MultiPolygon', coordinates: [] };
    }
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => clipGeometry(g, box)) };
    default: return geometry;
  }
}

export function clipAreas(areas: FeatureCollection | Feature, box: Bbox): FeatureCollection | Feature {
  if (areas.type === 'Feature') return { ...areas, geometry: clipGeometry(areas.geometry, box) };
  return { ...areas, features: areas.features.map((f) => ({ ...f, geometry: clipGeometry(f.geometry, box) })) };
}
