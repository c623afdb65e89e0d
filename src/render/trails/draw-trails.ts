// Trails of frame k: for each visible trajectory, the polyline from the interpolated tail
// (t_k - trail) through its whole points to the interpolated head (t_k), coloured per segment
// from the quantised colour map, narrowing and fading toward the tail; objects fade in and out,
// are stacked by --z-order with highlighted ones on top. Reads only (scene, k).
import { frameView, IDENTITY_VIEW, maxZoom, type FrameView } from '../../camera/camera-track.js';
import { frameTimeMs } from '../../clock/timeline.js';
import { colormapLutRgb, cssToRgb } from '../../style/colormaps.js';
import { forEachVisibleTrajectory } from '../../trajectory/frame-index.js';
import { visibleWindow } from '../../trajectory/visible-window.js';
import type { Scene } from '../../scene/scene.js';
import { own } from '../../memory/name-records.js';
import { CAPSULE, CAPSULE_SKIP_START, MASK_FLUSH, MASKED_CAPSULE, MASKED_CAPSULE_SKIP_START, pushCapsule, type CapsuleList } from './capsule-list.js';
import { createHeadShaper, HEAD_STRIDE, listHeadShapes, type HeadList } from './head-shapes.js';
import { decimate, highlightedTrajectories } from './trail-points.js';

export { HEAD_STRIDE, type HeadList };

// Segments whose scalar is NaN (no value) are drawn in this neutral grey.
const NO_VALUE_RGB = 0x808080;
// Highlighted objects: trail width relative to the others (their heads: head-shapes.ts).
export const HIGHLIGHT_WIDTH = 2;


export interface TrailPainter {
  // Replaces the list's contents with frame k's segments and head dots, in drawing order.
  record(list: CapsuleList, k: number, width: number, height: number): void;
  // Rewritten by every record().
  readonly heads: HeadList;
}

// Precomputes the colour table and pixel sizes; the returned painter keeps only scratch arrays,
// which are fully rewritten for every frame or trajectory, so no state passes between frames.
export function createTrailPainter(scene: Scene): TrailPainter {
  const { style, trajectories: set, screenX, screenY, scalar, lineWidths, cuts } = scene;
  const bins = Math.max(1, style.colorBins);
  const lut = style.palette
    ? Uint32Array.from(style.palette, (c) => cssToRgb(c) ?? NO_VALUE_RGB)
    : colormapLutRgb(style.colormap, bins, style.colormapRange[0], style.colormapRange[1]);
  const unit = Math.min(scene.width, scene.height) / 600;
  const shaper = createHeadShaper(scene);
  const { headRadius } = shaper;
  const headWidth = style.lineWidth * unit;
  const tailWidth = (style.taper ? style.tailWidth : style.lineWidth) * unit;
  const headRgb = style.headColor === 'scalar' ? null : cssToRgb(style.headColor) ?? 0xffffff;
  const trail = scene.trailDurationMs;
  const stepped = style.steppedScalar;
  const fade = style.fadeMs;
  const tailOpacity = style.tailOpacity;
  const zValues = style.zOrder ? own(set.numeric, style.zOrder) ?? null : null;
  const highlighted = highlightedTrajectories(scene);
  // A moving camera magnifies base pixels by up to its largest zoom: decimate for that.
  const keep = decimate(scene, Math.max(3, lineWidths ? style.lineWidthRange[1] * unit : headWidth) / maxZoom(scene.camera));
  // Frame k's camera view (base pixel -> frame pixel), set by record().
  let view: FrameView = IDENTITY_VIEW;
  // Polyline scratch: x, y, time, scalar and width of each vertex.
  let cap = 256;
  let xs = new Float64Array(cap);
  let ys = new Float64Array(cap);
  let ts = new Float64Array(cap);
  let ss = new Float64Array(cap);
  let ws = new Float64Array(cap);
  // 1 where the polyline is cut after the vertex (the map's seam).
  let cs = new Uint8Array(cap);
  const grow = (n: number): void => {
    if (n <= cap) return;
    while (cap < n) cap *= 2;
    xs = new Float64Array(cap); ys = new Float64Array(cap); ts = new Float64Array(cap); ss = new Float64Array(cap); ws = new Float64Array(cap); cs = new Uint8Array(cap);
  };
  // Visible trajectories of the frame: id, opacity and z key, and their drawing order.
  let visCap = 256;
  let visIds = new Int32Array(visCap);
  let visAlpha = new Float64Array(visCap);
  let visZ = new Float64Array(visCap);
  let order: number[] = [];
  const heads: HeadList = { count: 0, values: new Float64Array(HEAD_STRIDE * 256) };
  const binOf = (v: number): number => {
    const i = Math.round(v * (bins - 1));
    return lut[i < 0 ? 0 : i >= bins ? bins - 1 : i];
  };
  const progressOf = (t: number, t0: number): number => (trail > 0 ? (t - t0) / trail : 1);
  const lerp = (a: ArrayLike<number>, i: number, f: number): number => (f > 0 ? a[i] + (a[i + 1] - a[i]) * f : a[i]);
  // Appends point j (or the point a fraction f on towards j + 1) to the polyline.
  let m = 0;
  const push = (j: number, f: number): void => {
    xs[m] = view.zoom * lerp(screenX, j, f) + view.offsetX; ys[m] = view.zoom * lerp(screenY, j, f) + view.offsetY; ts[m] = lerp(set.t, j, f);
    ss[m] = scalar ? (stepped ? scalar[j] : lerp(scalar, j, f)) : 0;
    if (lineWidths) ws[m] = lerp(lineWidths, j, f);
    cs[m] = cuts && f === 0 ? cuts[j] : 0;
    m++;
  };
  // Opacity of trajectory i at t: rising over its first `fade`, falling over `fade` after its end.
  const fadeAlpha = (i: number, t: number): number => {
    // A one-position object: a dot over the trail duration centred on its time, fully opaque over
    // the middle half of it.
    if (set.offsets[i + 1] - set.offsets[i] === 1) {
      const a = trail > 0 ? 2 * (1 - Math.abs(t - set.startMs[i]) / (trail / 2)) : t === set.startMs[i] ? 1 : 0;
      return a >= 1 ? 1 : a > 0 ? a : 0;
    }
    if (fade <= 0) return 1;
    const a = Math.min((t - set.startMs[i]) / fade, 1 - (t - set.endMs[i]) / fade, 1);
    return a > 0 ? a : 0;
  };
  return {
    heads,
    record(list: CapsuleList, k: number, width: number, height: number): void {
      list.count = 0;
      heads.count = 0;
      const t1 = frameTimeMs(scene.timeline, k);
      const t0 = t1 - trail;
      view = frameView(scene, k);
      const pad = Math.max(headWidth, headRadius * 2, lineWidths ? style.lineWidthRange[1] * unit : 0) * (highlighted ? HIGHLIGHT_WIDTH : 1) + 2;
      let visible = 0;
      forEachVisibleTrajectory(scene.frameIndex, k, (i) => {
        const alpha = fadeAlpha(i, t1);
        if (alpha <= 0) return;
        if (visible === visCap) {
          visCap *= 2;
          const ids = new Int32Array(visCap); ids.set(visIds); visIds = ids;
          const al = new Float64Array(visCap); al.set(visAlpha); visAlpha = al;
          const z = new Float64Array(visCap); z.set(visZ); visZ = z;
        }
        visIds[visible] = i; visAlpha[visible] = alpha;
        if (zValues) {
          // The property at the head: interpolated while the object moves, its last value after.
          const end = set.offsets[i + 1];
          const w = visibleWindow(set, i, t1, t1);
          visZ[visible] = w ? lerp(zValues, w.headIndex, w.headIndex + 1 < end ? w.headFraction : 0) : zValues[end - 1];
        } else visZ[visible] = NaN;
        visible++;
      });
      order.length = visible;
      for (let v = 0; v < visible; v++) order[v] = v;
      // Drawing order: data order, unless z-order or highlights stack trajectories (ties by
      // trajectory index, so the order never depends on the sort's whims).
      if (zValues || highlighted) {
        const hl = (v: number): number => (highlighted ? highlighted[visIds[v]] : 0);
        const zOf = (v: number): number => (Number.isNaN(visZ[v]) ? -Infinity : visZ[v]);
        order = order.sort((a, b) => hl(a) - hl(b) || (zOf(a) < zOf(b) ? -1 : zOf(a) > zOf(b) ? 1 : 0) || visIds[a] - visIds[b]);
      }
      for (let n = 0; n < visible; n++) {
        const v = order[n];
        const i = visIds[v];
        const alpha = visAlpha[v];
        const hl = highlighted ? highlighted[i] : 0;
        const widthScale = hl ? HIGHLIGHT_WIDTH : 1;
        const end = set.offsets[i + 1];
        const w = visibleWindow(set, i, t0, t1);
        m = 0;
        if (w) {
          grow(w.headIndex - w.tailIndex + 2);
          push(w.tailIndex, w.tailFraction);
          for (let j = w.tailIndex + 1; j < w.headIndex; j++) if (keep[j]) push(j, 0);
          if (w.headIndex > w.tailIndex) push(w.headIndex, 0);
          if (w.headFraction > 0) push(w.headIndex, w.headFraction);
        } else {
          // Fading out after the trail has passed: only the head remains, at the last point.
          push(end - 1, 0);
        }
        // Skip trajectories entirely off screen (cheap bounding box test).
        let minX = Infinity; let maxX = -Infinity; let minY = Infinity; let maxY = -Infinity;
        for (let j = 0; j < m; j++) {
          if (xs[j] < minX) minX = xs[j]; if (xs[j] > maxX) maxX = xs[j];
          if (ys[j] < minY) minY = ys[j]; if (ys[j] > maxY) maxY = ys[j];
        }
        if (maxX < -pad || minX > width + pad || maxY < -pad || minY > height + pad) continue;
        // Translucent trails go through the coverage mask, so their joints blend once.
        const translucent = alpha < 1 || tailOpacity < 1;
        let first = true;
        for (let j = 1; j < m; j++) {
          const a = j - 1;
          if (cs[a]) { first = true; continue; }
          // A segment shorter than a quarter pixel adds no length, only another round cap on the
          // same spot: an object at rest would otherwise grow a blot of overlapping caps.
          const sx = xs[j] - xs[a]; const sy = ys[j] - ys[a];
          if (sx * sx + sy * sy < 1 / 16) continue;
          const pMid = progressOf((ts[a] + ts[j]) / 2, t0);
          const p = pMid < 0 ? 0 : pMid > 1 ? 1 : pMid;
          const s = scalar ? (stepped ? ss[a] : (ss[a] + ss[j]) / 2) : pMid;
          const rgb = Number.isNaN(s) ? NO_VALUE_RGB : binOf(s);
          const lineWidth = (lineWidths ? ((ws[a] + ws[j]) / 2) * unit : tailWidth + (headWidth - tailWidth) * p) * widthScale;
          if (translucent) {
            pushCapsule(list, xs[a], ys[a], xs[j], ys[j], lineWidth / 2, rgb, first ? MASKED_CAPSULE : MASKED_CAPSULE_SKIP_START,
              alpha * (tailOpacity + (1 - tailOpacity) * p));
          }
          else pushCapsule(list, xs[a], ys[a], xs[j], ys[j], lineWidth / 2, rgb, first ? CAPSULE : CAPSULE_SKIP_START);
          first = false;
        }
        if (translucent && m > 1) pushCapsule(list, 0, 0, 0, 0, 0, 0, MASK_FLUSH);
        // The head marks where the object is now: while it still exists at t_k, or fades out.
        // Listed even without a head shape (radius 0), for the labels.
        if (set.endMs[i] >= t1 || fade > 0 || end - set.offsets[i] === 1) {
          const s = scalar ? ss[m - 1] : 1;
          // The direction of motion: along the last segment at least a pixel long, (0, 0) if none.
          let ux = 0; let uy = 0;
          if (shaper.needsMotion) {
            for (let j = m - 2; j >= 0 && !cs[j]; j--) {
              const dx = xs[m - 1] - xs[j]; const dy = ys[m - 1] - ys[j];
              const len = Math.sqrt(dx * dx + dy * dy);
              if (len >= 1) { ux = dx / len; uy = dy / len; break; }
            }
          }
          shaper.place(heads, xs[m - 1], ys[m - 1], ux, uy, i, w ? w.headIndex : end - 1, w ? w.headFraction : 0,
            headRgb ?? (Number.isNaN(s) ? NO_VALUE_RGB : binOf(s)), alpha, visZ[v], hl, view.zoom);
        }
      }
      // Heads after all trails, so no trail covers a head.
      listHeadShapes(list, heads);
    },
  };
}
