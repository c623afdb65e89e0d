// The detailed land and coastline of a lon/lat box, from the cells of the coastline index: land as
// rings whose nonzero winding is land (drawn without d3's spherical polygon rules, which these
// per-cell pieces do not follow), coastlines as lines without the cells' cut edges.
import type { MultiLineString, Position } from 'geojson';
import type { Bbox } from '../regions.js';
import { CellKind } from './encode-coast-index.js';
import type { CoastIndex } from './read-coast-index.js';
import { COORD_UNITS } from './split-rings.js';

export interface CoastGeometry {
  // Flat [lon, lat, ...] rings (implicitly closed), filled together with the nonzero rule.
  landRings: Float64Array[];
  coastlines: MultiLineString;
}

// Points inserted along cell edges this often (degrees), so a projected edge bends with its
// parallel or meridian and neighbouring cells meet without slivers on curved projections.
const EDGE_STEP_DEG = 1 / 32;

function cellRange(index: CoastIndex, box: Bbox): { cx0: number; cx1: number; cy0: number; cy1: number } {
  const { cellDeg, rows } = index.header;
  return {
    cx0: Math.floor((box[0] + 180) / cellDeg), cx1: Math.floor((box[2] + 180) / cellDeg),
    cy0: Math.max(0, Math.floor((box[1] + 90) / cellDeg)), cy1: Math.min(rows - 1, Math.floor((box[3] + 90) / cellDeg)),
  };
}

// Appends the points strictly between a and b along an edge of the grid, on multiples of the step.
function densify(out: number[], ax: number, ay: number, bx: number, by: number, step: number): void {
  const along = ax === bx ? 1 : 0;
  const a = along ? ay : ax; const b = along ? by : bx;
  const dir = b > a ? 1 : -1;
  for (let v = (dir > 0 ? Math.floor(a / step) + 1 : Math.ceil(a / step) - 1) * step; dir > 0 ? v < b : v > b; v += dir * step) {
    out.push(along ? ax : v, along ? v : ay);
  }
}

interface CellFrame { x0: number; y0: number; x1: number; y1: number; shift: number }

const onEdge = (f: CellFrame, ax: number, ay: number, bx: number, by: number): boolean =>
  (ax === bx && (ax === f.x0 || ax === f.x1)) || (ay === by && (ay === f.y0 || ay === f.y1));

function ringToDegrees(ring: Int32Array, f: CellFrame, step: number): Float64Array {
  const out: number[] = [];
  const n = ring.length / 2;
  for (let i = 0; i < n; i++) {
    const ax = ring[2 * i]; const ay = ring[2 * i + 1];
    const j = (i + 1) % n;
    out.push(ax, ay);
    if (onEdge(f, ax, ay, ring[2 * j], ring[2 * j + 1])) densify(out, ax, ay, ring[2 * j], ring[2 * j + 1], step);
  }
  const deg = new Float64Array(out.length);
  for (let i = 0; i < out.length; i += 2) { deg[i] = out[i] / COORD_UNITS + f.shift; deg[i + 1] = out[i + 1] / COORD_UNITS; }
  return deg;
}

function boxRing(f: CellFrame, step: number): Float64Array {
  const corners = [[f.x0, f.y0], [f.x1, f.y0], [f.x1, f.y1], [f.x0, f.y1]];
  const out: number[] = [];
  corners.forEach(([x, y], i) => {
    const [nx, ny] = corners[(i + 1) % 4];
    out.push(x, y);
    densify(out, x, y, nx, ny, step);
  });
  const deg = new Float64Array(out.length);
  for (let i = 0; i < out.length; i += 2) { deg[i] = out[i] / COORD_UNITS + f.shift; deg[i + 1] = out[i + 1] / COORD_UNITS; }
  return deg;
}

// The runs of a ring's edges that are real coast (not along the cell's sides).
function coastRuns(ring: Int32Array, f: CellFrame, lines: Position[][]): void {
  const n = ring.length / 2;
  const cut = (i: number): boolean => onEdge(f, ring[2 * i], ring[2 * i + 1], ring[2 * ((i + 1) % n)], ring[2 * ((i + 1) % n) + 1]);
  let start = -1;
  for (let i = 0; i < n; i++) if (cut(i)) { start = i; break; }
  const point = (i: number): Position => [ring[2 * i] / COORD_UNITS + f.shift, ring[2 * i + 1] / COORD_UNITS];
  if (start < 0) {
    const line = Array.from({ length: n + 1 }, (_, i) => point(i % n));
    lines.push(line);
    return;
  }
  let run: Position[] | null = null;
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (cut(i)) {
      if (run) { lines.push(run); run = null; }
    } else {
      (run ??= [point(i)]);
      run.push(point((i + 1) % n));
    }
  }
  if (run) lines.push(run);
}

// The land and coastlines of every cell the box touches; longitudes past 180 (a box across the
// antimeridian) are kept continuous.
export function coastInBox(index: CoastIndex, box: Bbox): CoastGeometry {
  const { cellDeg } = index.header;
  const size = cellDeg * COORD_UNITS;
  const step = EDGE_STEP_DEG * COORD_UNITS;
  const { cx0, cx1, cy0, cy1 } = cellRange(index, box);
  const landRings: Float64Array[] = [];
  const lines: Position[][] = [];
  for (let cy = cy0; cy <= cy1; cy++) {
    for (let cx = cx0; cx <= cx1; cx++) {
      const kind = index.kind(cx, cy);
      if (kind === CellKind.Sea) continue;
      const wrapped = ((cx % index.header.cols) + index.header.cols) % index.header.cols;
      const x0 = wrapped * size - 180 * COORD_UNITS;
      const f: CellFrame = { x0, y0: cy * size - 90 * COORD_UNITS, x1: x0 + size, y1: cy * size - 90 * COORD_UNITS + size, shift: (cx - wrapped) * cellDeg };
      if (kind === CellKind.Land) { landRings.push(boxRing(f, step)); continue; }
      const words = index.words(cx, cy) as Int32Array;
      if (words[0] > 0) landRings.push(boxRing(f, step));
      for (let at = 2, r = 0; r < words[1]; r++) {
        const count = words[at];
        const ring = words.subarray(at + 1, at + 1 + 2 * count);
        at += 1 + 2 * count;
        landRings.push(ringToDegrees(ring, f, step));
        coastRuns(ring, f, lines);
      }
    }
  }
  return { landRings, coastlines: { type: 'MultiLineString', coordinates: lines } };
}

// Whether lon/lat is on land by the index (nonzero winding of its cell's rings).
export function isOnLand(index: CoastIndex, lon: number, lat: number): boolean {
  const { cellDeg, cols } = index.header;
  const cx = Math.floor((lon + 180) / cellDeg);
  const cy = Math.floor((lat + 90) / cellDeg);
  const kind = index.kind(cx, cy);
  if (kind !== CellKind.Mixed) return kind === CellKind.Land;
  const words = index.words(cx, cy) as Int32Array;
  const wrapped = ((cx % cols) + cols) % cols;
  const x = Math.round((lon - (cx - wrapped) * cellDeg) * COORD_UNITS);
  const y = Math.round(lat * COORD_UNITS);
  let winding = words[0];
  for (let at = 2, r = 0; r < words[1]; r++) {
    const count = words[at];
    for (let i = 0, j = count - 1; i < count; j = i++) {
      const xi = words[at + 1 + 2 * i]; const yi = words[at + 2 + 2 * i];
      const xj = words[at + 1 + 2 * j]; const yj = words[at + 2 + 2 * j];
      if (yj <= y) {
        if (yi > y && (xi - xj) * (y - yj) - (x - xj) * (yi - yj) > 0) winding++;
      } else if (yi <= y && (xi - xj) * (y - yj) - (x - xj) * (yi - yj) < 0) winding--;
    }
    at += 1 + 2 * count;
  }
  return winding !== 0;
}
