// Trails of frame k: for each visible trajectory, the polyline from the interpolated tail
// (t_k - trail) through its whole points to the interpolated head (t_k), coloured per segment
// from the quantised colour map and narrowing toward the tail. Reads only (scene, k).
import { frameTimeMs } from '../clock/timeline.js';
import { colormapLutRgb, cssToRgb } from '../style/colormaps.js';
import { forEachVisibleTrajectory } from '../trajectory/frame-index.js';
import { visibleWindow } from '../trajectory/visible-window.js';
import type { Scene } from './scene.js';
import { ARROW, CAPSULE, CAPSULE_SKIP_START, DISC, pushCapsule, type CapsuleList } from './capsule-list.js';

// Segments whose scalar is NaN (no value) are drawn in this neutral grey.
const NO_VALUE_RGB = 0x808080;

// Which whole points are drawn: one closer than minStep pixels to the previous drawn point of its
// trajectory is merged into the next segment, so dense tracks cost what their length on screen
// costs. Decided once per scene from the first point on, not per frame from the moving tail, so
// the trail's shape does not shimmer from frame to frame.
function decimate(scene: Scene, minStep: number): Uint8Array {
  const { trajectories: set, screenX, screenY } = scene;
  const keep = new Uint8Array(set.t.length);
  const min2 = minStep * minStep;
  for (let i = 0; i < set.count; i++) {
    const begin = set.offsets[i];
    const end = set.offsets[i + 1];
    if (end <= begin) continue;
    let last = begin;
    keep[begin] = 1;
    for (let j = begin + 1; j < end - 1; j++) {
      const dx = screenX[j] - screenX[last];
      const dy = screenY[j] - screenY[last];
      if (dx * dx + dy * dy >= min2) { keep[j] = 1; last = j; }
    }
    keep[end - 1] = 1;
  }
  return keep;
}

export interface TrailPainter {
  // Replaces the list's contents with frame k's segments and head dots, in drawing order.
  record(list: CapsuleList, k: number, width: number, height: number): void;
}

// Precomputes the colour table and pixel sizes; the returned painter keeps only scratch arrays,
// which are fully rewritten for every trajectory, so no state passes between frames.
export function createTrailPainter(scene: Scene): TrailPainter {
  const { style, trajectories: set, screenX, screenY, scalar } = scene;
  const bins = Math.max(1, style.colorBins);
  const lut = style.palette
    ? Uint32Array.from(style.palette, (c) => cssToRgb(c) ?? NO_VALUE_RGB)
    : colormapLutRgb(style.colormap, bins, style.colormapRange[0], style.colormapRange[1]);
  const unit = Math.min(scene.width, scene.height) / 600;
  const headRadius = style.head === 'none' ? 0 : style.headRadius * unit;
  const arrows = style.head === 'arrow';
  const headWidth = style.lineWidth * unit;
  const tailWidth = (style.taper ? style.tailWidth : style.lineWidth) * unit;
  const headRgb = style.headColor === 'scalar' ? null : cssToRgb(style.headColor) ?? 0xffffff;
  const trail = scene.trailDurationMs;
  const keep = decimate(scene, Math.max(3, headWidth));
  // Polyline scratch: x, y, time and scalar of each vertex.
  let cap = 256;
  let xs = new Float64Array(cap);
  let ys = new Float64Array(cap);
  let ts = new Float64Array(cap);
  let ss = new Float64Array(cap);
  const grow = (n: number): void => {
    if (n <= cap) return;
    while (cap < n) cap *= 2;
    xs = new Float64Array(cap); ys = new Float64Array(cap); ts = new Float64Array(cap); ss = new Float64Array(cap);
  };
  const binOf = (v: number): number => {
    const i = Math.round(v * (bins - 1));
    return lut[i < 0 ? 0 : i >= bins ? bins - 1 : i];
  };
  const progressOf = (t: number, t0: number): number => (trail > 0 ? (t - t0) / trail : 1);
  const lerp = (a: ArrayLike<number>, i: number, f: number): number => (f > 0 ? a[i] + (a[i + 1] - a[i]) * f : a[i]);
  // Appends point j (or the point a fraction f on towards j + 1) to the polyline.
  let m = 0;
  const push = (j: number, f: number): void => {
    xs[m] = lerp(screenX, j, f); ys[m] = lerp(screenY, j, f); ts[m] = lerp(set.t, j, f);
    ss[m] = scalar ? lerp(scalar, j, f) : 0;
    m++;
  };

  return {
    record(list: CapsuleList, k: number, width: number, height: number): void {
      list.count = 0;
      const t1 = frameTimeMs(scene.timeline, k);
      const t0 = t1 - trail;
      const heads: number[] = [];
      const pad = Math.max(headWidth, headRadius * 2) + 2;
      forEachVisibleTrajectory(scene.frameIndex, k, (i) => {
        const w = visibleWindow(set, i, t0, t1);
        if (!w) return;
        const n = w.headIndex - w.tailIndex + 2;
        grow(n);
        m = 0;
        push(w.tailIndex, w.tailFraction);
        for (let j = w.tailIndex + 1; j < w.headIndex; j++) if (keep[j]) push(j, 0);
        if (w.headIndex > w.tailIndex) push(w.headIndex, 0);
        if (w.headFraction > 0) push(w.headIndex, w.headFraction);
        // Skip trajectories entirely off screen (cheap bounding box test).
        let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
        for (let j = 0; j < m; j++) {
          if (xs[j] < minX) minX = xs[j]; if (xs[j] > maxX) maxX = xs[j];
          if (ys[j] < minY) minY = ys[j]; if (ys[j] > maxY) maxY = ys[j];
        }
        if (maxX < -pad || minX > width + pad || maxY < -pad || minY > height + pad) return;
        let first = true;
        for (let j = 1; j < m; j++) {
          const a = j - 1;
          const pMid = progressOf((ts[a] + ts[j]) / 2, t0);
          const s = scalar ? (ss[a] + ss[j]) / 2 : pMid;
          const rgb = Number.isNaN(s) ? NO_VALUE_RGB : binOf(s);
          const lineWidth = tailWidth + (headWidth - tailWidth) * (pMid < 0 ? 0 : pMid > 1 ? 1 : pMid);
          pushCapsule(list, xs[a], ys[a], xs[j], ys[j], lineWidth / 2, rgb, first ? CAPSULE : CAPSULE_SKIP_START);
          first = false;
        }
        // The head dot marks where the object is now, so only while it still exists at t_k.
        if (headRadius > 0 && set.endMs[i] >= t1) {
          const s = scalar ? ss[m - 1] : 1;
          // An arrow points along the last segment at least a pixel long; a dot if there is none.
          let ux = 0; let uy = 0;
          if (arrows) {
            for (let j = m - 2; j >= 0; j--) {
              const dx = xs[m - 1] - xs[j]; const dy = ys[m - 1] - ys[j];
              const len = Math.sqrt(dx * dx + dy * dy);
              if (len >= 1) { ux = dx / len; uy = dy / len; break; }
            }
          }
          heads.push(xs[m - 1], ys[m - 1], ux, uy, headRgb ?? (Number.isNaN(s) ? NO_VALUE_RGB : binOf(s)));
        }
      });
      // Heads after all trails, so no trail covers a head.
      for (let h = 0; h < heads.length; h += 5) {
        const arrow = heads[h + 2] !== 0 || heads[h + 3] !== 0;
        pushCapsule(list, heads[h], heads[h + 1], heads[h + 2], heads[h + 3], headRadius, heads[h + 4], arrow ? ARROW : DISC);
      }
    },
  };
}
