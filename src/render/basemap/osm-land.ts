// OpenStreetMap land of a view, as pixel rings: read from the coastline index for the view's lon/lat
// box, projected point by point (the cells' edges are densified, so straight pixel segments follow
// the projection) and traced into any path sink (Skia or the JS filler) through a frame view,
// clipped to the frame so Skia gets one call per visible point and the filler stays in range.
import type { MultiLineString } from 'geojson';
import type { FrameView } from '../../camera/camera-track.js';
import { TrackreelError } from '../../errors/trackreel-error.js';
import type { MapProjection } from '../../map/create-projection.js';
import type { MapSpec } from '../../map/map-spec.js';
import { coastIndex } from '../../map/osm-coast/coast-index-cache.js';
import { coastInBox } from '../../map/osm-coast/coast-in-box.js';
import type { CoastIndex } from '../../map/osm-coast/read-coast-index.js';
import type { Bbox } from '../../map/regions.js';

export interface OsmLand {
  // Flat [x, y, ...] pixel rings, filled together with the nonzero rule.
  rings: Float64Array[];
  // Lon/lat coastlines (drawn through d3 like Natural Earth's lines).
  coastlines: MultiLineString;
}

// Frame pixels drawn beyond the frame's edge, for line widths (as drawBasemap's clip extent).
const EDGE = 8;

// The open index, refused when it holds other data than the map was resolved with.
export function osmIndexFor(spec: MapSpec): CoastIndex {
  const index = coastIndex();
  if (spec.osmData !== index.header.source) {
    throw new TrackreelError('MAP_SOURCE', `this render's map uses the coastline of ${spec.osmData ?? 'Natural Earth'}, but this machine has ${index.header.source}; install the same trackreel version on every worker`);
  }
  return index;
}

// A lon/lat box a little wider than the view (so lines leave the frame), or null for views whose
// box is unknown.
export function paddedBox(box: Bbox | null): Bbox | null {
  if (!box) return null;
  const pad = 0.01 + 0.05 * Math.max(box[2] - box[0], box[3] - box[1]);
  return [box[0] - pad, Math.max(-90, box[1] - pad), box[2] + pad, Math.min(90, box[3] + pad)];
}

// The land and coastlines of `box`, land projected by `projection` into its pixels.
export function osmLand(spec: MapSpec, projection: MapProjection, box: Bbox): OsmLand {
  const coast = coastInBox(osmIndexFor(spec), box);
  const project = projection as unknown as (p: [number, number]) => [number, number] | null;
  const point: [number, number] = [0, 0];
  const rings = coast.landRings.map((ring) => {
    const out = new Float64Array(ring.length);
    for (let i = 0; i < ring.length; i += 2) {
      point[0] = ring[i]; point[1] = ring[i + 1];
      const p = project(point);
      out[i] = p ? p[0] : NaN; out[i + 1] = p ? p[1] : NaN;
    }
    return out;
  });
  return { rings, coastlines: coast.coastlines };
}

// Sutherland-Hodgman against one side of the frame (axis 0: x, 1: y), from `src` into `dst`;
// returns the number of points. The result fills the same pixels with the nonzero rule.
function clipSide(src: Float64Array, n: number, dst: Float64Array, axis: 0 | 1, at: number, keepBelow: boolean): number {
  let m = 0;
  if (n === 0) return 0;
  const inside = (v: number): boolean => (keepBelow ? v <= at : v >= at);
  let px = src[2 * (n - 1)]; let py = src[2 * (n - 1) + 1];
  let pIn = inside(axis === 0 ? px : py);
  for (let i = 0; i < n; i++) {
    const x = src[2 * i]; const y = src[2 * i + 1];
    const hereIn = inside(axis === 0 ? x : y);
    if (hereIn !== pIn) {
      if (axis === 0) { dst[2 * m] = at; dst[2 * m + 1] = py + ((y - py) * (at - px)) / (x - px); }
      else { dst[2 * m] = px + ((x - px) * (at - py)) / (y - py); dst[2 * m + 1] = at; }
      m++;
    }
    if (hereIn) { dst[2 * m] = x; dst[2 * m + 1] = y; m++; }
    px = x; py = y; pIn = hereIn;
  }
  return m;
}

// What the rings are traced into: a Skia context or the JS polygon filler.
export interface RingSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

export interface RingTracer {
  // Adds the rings, seen through `view`, as closed subpaths of `sink`.
  trace(sink: RingSink, rings: readonly Float64Array[], view: FrameView): void;
}

// One per frame size; its scratch buffers grow to the largest ring.
export function createRingTracer(width: number, height: number): RingTracer {
  let a = new Float64Array(0);
  let b = new Float64Array(0);
  return {
    trace(sink, rings, view) {
      const x0 = -EDGE; const y0 = -EDGE; const x1 = width + EDGE; const y1 = height + EDGE;
      for (const ring of rings) {
        const n = ring.length / 2;
        // A side adds at most one point per two crossings (1.5x), so four sides stay under 6n.
        if (a.length < 12 * n + 32) { a = new Float64Array(12 * n + 32); b = new Float64Array(12 * n + 32); }
        let rx0 = Infinity; let ry0 = Infinity; let rx1 = -Infinity; let ry1 = -Infinity;
        let finite = true;
        for (let i = 0; i < ring.length; i += 2) {
          const x = view.zoom * ring[i] + view.offsetX; const y = view.zoom * ring[i + 1] + view.offsetY;
          if (!Number.isFinite(x) || !Number.isFinite(y)) { finite = false; break; }
          a[i] = x; a[i + 1] = y;
          if (x < rx0) rx0 = x; if (x > rx1) rx1 = x; if (y < ry0) ry0 = y; if (y > ry1) ry1 = y;
        }
        if (!finite || rx1 < x0 || rx0 > x1 || ry1 < y0 || ry0 > y1) continue;
        let m = n;
        let src = a; let dst = b;
        const pass = (axis: 0 | 1, at: number, keepBelow: boolean): void => {
          m = clipSide(src, m, dst, axis, at, keepBelow);
          const t = src; src = dst; dst = t;
        };
        if (rx0 < x0) pass(0, x0, false);
        if (rx1 > x1) pass(0, x1, true);
        if (ry0 < y0) pass(1, y0, false);
        if (ry1 > y1) pass(1, y1, true);
        if (m < 3) continue;
        sink.moveTo(src[0], src[1]);
        for (let i = 1; i < m; i++) sink.lineTo(src[2 * i], src[2 * i + 1]);
        sink.closePath();
      }
    },
  };
}
