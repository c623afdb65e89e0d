// Time-weighted density of object positions on a coarse grid: each object adds the time it spends
// along its (interpolated) path in [t0, t1], then three box blurs make the kernel ≈ Gaussian.
// Values are object-minutes near each grid node: an object standing still for the whole window
// gives the window's length in minutes at its position. Only the screen path and the time spent
// on it count, not how many reports an object sent, so a ship reporting every 2 s weighs the
// same as one reporting every 3 minutes.
import { IDENTITY_VIEW, type FrameView } from '../camera/camera-track.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { visibleWindow } from '../trajectory/visible-window.js';

export interface DensityGrid {
  // Frame pixels per grid cell; node (gx, gy) sits at frame pixel ((gx - pad) * cell, (gy - pad) * cell).
  cell: number;
  // Nodes of margin around the frame, so objects just off screen still warm its edge and the
  // blur's borders fall outside the frame.
  pad: number;
  // Grid size in nodes.
  width: number;
  height: number;
  // Nodes covering the frame: gx in [pad, pad + frameCellsX], gy in [pad, pad + frameCellsY].
  frameCellsX: number;
  frameCellsY: number;
  values: Float64Array;
  scratch: Float64Array;
  columnSums: Float64Array;
  // Odd box widths (in nodes) of the three blur passes.
  boxes: number[];
  // Turns accumulated milliseconds into object-minutes at the kernel's peak.
  gain: number;
}

// Widths of n box filters whose repeated application approximates a Gaussian of `sigma`
// (W. Jarosz / I. Kutskir "boxes for Gauss": mixing two odd widths to hit sigma closely).
export function boxesForGauss(sigma: number, n = 3): number[] {
  const ideal = Math.sqrt((12 * sigma * sigma) / n + 1);
  let wl = Math.floor(ideal);
  if (wl % 2 === 0) wl--;
  const wu = wl + 2;
  const m = Math.round((12 * sigma * sigma - n * wl * wl - 4 * n * wl - 3 * n) / (-4 * wl - 4));
  return Array.from({ length: n }, (_, i) => (i < m ? wl : wu));
}

// Peak of the 1-D kernel the boxes make (the value at a unit impulse's own node).
function kernelPeak1d(boxes: number[]): number {
  let k = [1];
  for (const w of boxes) {
    const out = new Array<number>(k.length + w - 1).fill(0);
    for (let i = 0; i < k.length; i++) for (let j = 0; j < w; j++) out[i + j] += k[i] / w;
    k = out;
  }
  return k[(k.length - 1) / 2];
}

// A grid for a width x height frame and a kernel radius in frame pixels (radius ≈ 2 sigma).
export function createDensityGrid(frameWidth: number, frameHeight: number, radiusPx: number): DensityGrid {
  const sigmaPx = Math.max(0.5, radiusPx / 2);
  // Two nodes per sigma: the blurred field is smooth at that spacing, so bilinear upsampling shows
  // no blocks, and the grid has 1/16 (800x600) to 1/49 (1080p) of the frame's pixels by default.
  const cell = Math.max(1, Math.floor(sigmaPx / 2));
  const sigma = sigmaPx / cell;
  const boxes = boxesForGauss(sigma);
  const pad = Math.ceil(3 * sigma) + 2;
  const frameCellsX = Math.ceil(frameWidth / cell);
  const frameCellsY = Math.ceil(frameHeight / cell);
  const width = frameCellsX + 2 * pad + 1;
  const height = frameCellsY + 2 * pad + 1;
  const peak = kernelPeak1d(boxes);
  return {
    cell, pad, width, height, frameCellsX, frameCellsY, boxes,
    values: new Float64Array(width * height), scratch: new Float64Array(width * height), columnSums: new Float64Array(width),
    gain: 1 / (peak * peak * 60_000),
  };
}

// Adds the time spent on the screen segment a -> b (durationMs), spread evenly along it in steps
// of at most half a cell, each step split bilinearly among its four nodes.
function splatSegment(grid: DensityGrid, xa: number, ya: number, xb: number, yb: number, durationMs: number): void {
  if (!(durationMs > 0)) return;
  const inv = 1 / grid.cell;
  const ua = xa * inv + grid.pad; const va = ya * inv + grid.pad;
  const ub = xb * inv + grid.pad; const vb = yb * inv + grid.pad;
  if (Number.isNaN(ua + va + ub + vb)) return; // hidden (far side of the globe, past the seam)
  const maxU = grid.width - 1; const maxV = grid.height - 1;
  if ((ua < 0 && ub < 0) || (ua >= maxU && ub >= maxU) || (va < 0 && vb < 0) || (va >= maxV && vb >= maxV)) return;
  const du = ub - ua; const dv = vb - va;
  // Capped so a segment from far off screen costs no more than a few crossings of the grid.
  const steps = Math.min(4 * (grid.width + grid.height), Math.max(1, Math.ceil(2 * Math.sqrt(du * du + dv * dv))));
  const weight = durationMs / steps;
  const values = grid.values; const gw = grid.width;
  for (let s = 0; s < steps; s++) {
    const f = (s + 0.5) / steps;
    const u = ua + du * f; const v = va + dv * f;
    if (u < 0 || v < 0 || u >= maxU || v >= maxV) continue;
    const gx = Math.floor(u); const gy = Math.floor(v);
    const fx = u - gx; const fy = v - gy;
    const o = gy * gw + gx;
    const top = weight * (1 - fy); const bottom = weight * fy;
    values[o] += top * (1 - fx); values[o + 1] += top * fx;
    values[o + gw] += bottom * (1 - fx); values[o + gw + 1] += bottom * fx;
  }
}

// Adds trajectory i's path over [t0, t1] (both ends interpolated, as trails are), seen through
// the frame's view (base pixels -> frame pixels; the identity for a fixed map). The kernel stays
// radiusPx frame pixels whatever the zoom.
export function splatTrajectory(grid: DensityGrid, set: TrajectorySet, screenX: Float32Array, screenY: Float32Array, i: number, t0: number, t1: number,
  view: FrameView = IDENTITY_VIEW): void {
  const w = visibleWindow(set, i, t0, t1);
  if (!w) return;
  const t = set.t;
  const { zoom, offsetX, offsetY } = view;
  const at = (a: ArrayLike<number>, j: number, f: number): number => (f > 0 ? a[j] + (a[j + 1] - a[j]) * f : a[j]);
  let px = zoom * at(screenX, w.tailIndex, w.tailFraction) + offsetX;
  let py = zoom * at(screenY, w.tailIndex, w.tailFraction) + offsetY;
  let pt = at(t, w.tailIndex, w.tailFraction);
  const to = (x: number, y: number, time: number): void => {
    x = zoom * x + offsetX; y = zoom * y + offsetY;
    splatSegment(grid, px, py, x, y, time - pt);
    px = x; py = y; pt = time;
  };
  for (let j = w.tailIndex + 1; j <= w.headIndex; j++) to(screenX[j], screenY[j], t[j]);
  if (w.headFraction > 0) to(at(screenX, w.headIndex, w.headFraction), at(screenY, w.headIndex, w.headFraction), at(t, w.headIndex, w.headFraction));
}

export function clearDensity(grid: DensityGrid): void {
  grid.values.fill(0);
}

// One box pass along rows (src -> dst), zero outside the grid; sums in doubles.
function boxRows(src: Float64Array, dst: Float64Array, gw: number, gh: number, box: number): void {
  const r = (box - 1) / 2; const inv = 1 / box;
  for (let y = 0; y < gh; y++) {
    const row = y * gw;
    let acc = 0;
    for (let x = 0; x < r && x < gw; x++) acc += src[row + x];
    for (let x = 0; x < gw; x++) {
      if (x + r < gw) acc += src[row + x + r];
      dst[row + x] = acc * inv;
      if (x - r >= 0) acc -= src[row + x - r];
    }
  }
}

// The same along columns, with one running sum per column so memory is read row by row.
function boxColumns(src: Float64Array, dst: Float64Array, gw: number, gh: number, box: number, acc: Float64Array, scale: number): void {
  const r = (box - 1) / 2; const inv = scale / box;
  acc.fill(0);
  for (let y = 0; y < r && y < gh; y++) for (let x = 0, o = y * gw; x < gw; x++, o++) acc[x] += src[o];
  for (let y = 0; y < gh; y++) {
    const row = y * gw;
    if (y + r < gh) for (let x = 0, o = (y + r) * gw; x < gw; x++, o++) acc[x] += src[o];
    for (let x = 0; x < gw; x++) dst[row + x] = acc[x] * inv;
    if (y - r >= 0) for (let x = 0, o = (y - r) * gw; x < gw; x++, o++) acc[x] -= src[o];
  }
}

// Three box blurs in each direction, then scaling to object-minutes. Running sums can leave
// -1e-17-sized values where there is nothing; they map to no colour.
export function blurDensity(grid: DensityGrid): void {
  const { values, scratch, width, height, columnSums, boxes } = grid;
  boxes.forEach((box, i) => {
    boxRows(values, scratch, width, height, box);
    // The last pass also scales to object-minutes.
    boxColumns(scratch, values, width, height, box, columnSums, i === boxes.length - 1 ? grid.gain : 1);
  });
}

// The largest density on a node inside the frame.
export function frameMaxDensity(grid: DensityGrid): number {
  let max = 0;
  for (let gy = grid.pad; gy <= grid.pad + grid.frameCellsY; gy++) {
    for (let gx = grid.pad, o = gy * grid.width + gx; gx <= grid.pad + grid.frameCellsX; gx++, o++) if (grid.values[o] > max) max = grid.values[o];
  }
  return max;
}
