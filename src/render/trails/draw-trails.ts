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
import { createBearingDirection } from '../../map/bearing-direction.js';
import { appendRecord, ARROW, CAPSULE, CAPSULE_SKIP_START, DISC, HULL, ICON, MASK_FLUSH, MASKED_CAPSULE, MASKED_CAPSULE_SKIP_START, PLANE, pushCapsule, SHIP, type CapsuleList, type RecordList } from './capsule-list.js';
import { SHIP as SHIP_SYMBOL } from './head-symbols.js';
import { own } from '../../memory/name-records.js';

// Segments whose scalar is NaN (no value) are drawn in this neutral grey.
const NO_VALUE_RGB = 0x808080;
// Highlighted objects: trail width and head size relative to the others.
export const HIGHLIGHT_WIDTH = 2;
export const HIGHLIGHT_HEAD = 1.6;

// Which whole points are drawn: one closer than minStep pixels to the previous drawn point of its
// trajectory is merged into the next segment, so dense tracks cost what their length on screen
// costs. Decided once per scene from the first point on, not per frame from the moving tail, so
// the trail's shape does not shimmer from frame to frame.
function decimate(scene: Scene, minStep: number): Uint8Array {
  const { trajectories: set, screenX, screenY, cuts } = scene;
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
      // Both ends of a cut at the seam are kept: the trail stops at one and starts at the other.
      if (dx * dx + dy * dy >= min2 || (cuts && (cuts[j] || cuts[j - 1]))) { keep[j] = 1; last = j; }
    }
    keep[end - 1] = 1;
  }
  return keep;
}

// The heads drawn in the last recorded frame, in drawing order (for labels). Per head:
// x, y, radius (px), alpha, trajectory, point index at the head, z key (NaN = none),
// highlighted (0/1), then the arrow's or symbol's direction ux, uy (0, 0 = a dot), its colour
// 0xRRGGBB, its kind (a capsule-list kind: DISC, ARROW, PLANE, SHIP, ICON, HULL) and its width
// (px; a hull's beam). A symbol's radius is half its length; it is centred on x, y.
export type HeadList = RecordList;
export const HEAD_STRIDE = 13;
// A true-scale hull is drawn only when at least this long (px); the symbol otherwise.
const MIN_HULL_PX = 6;
const RAD = Math.PI / 180;

export interface TrailPainter {
  // Replaces the list's contents with frame k's segments and head dots, in drawing order.
  record(list: CapsuleList, k: number, width: number, height: number): void;
  // Rewritten by every record().
  readonly heads: HeadList;
}

// Per trajectory: 1 if its object is highlighted.
function highlightedTrajectories(scene: Scene): Uint8Array | null {
  const ids = new Set(scene.style.highlight);
  if (ids.size === 0) return null;
  const set = scene.trajectories;
  const flags = new Uint8Array(set.count);
  for (let i = 0; i < set.count; i++) if (ids.has(set.objectIds[set.objectIndex[i]])) flags[i] = 1;
  return flags;
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
  const symbolKind = style.head === 'plane' ? PLANE : style.head === 'ship' ? SHIP : style.head === 'icon' ? ICON : null;
  const headLength = style.headSize * unit;
  const headRadius = style.head === 'none' ? 0 : symbolKind !== null ? headLength / 2 : style.headRadius * unit;
  const arrows = style.head === 'arrow';
  const bearings = symbolKind !== null ? scene.headBearings : null;
  const direction = bearings ? createBearingDirection(scene.map) : null;
  const hulls = symbolKind === SHIP ? scene.hulls : null;
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
  const pushHead = (x: number, y: number, ux: number, uy: number, radius: number, rgb: number, alpha: number,
    i: number, point: number, z: number, hl: number, kind: number, width: number): void => {
    let o = appendRecord(heads, HEAD_STRIDE);
    const v = heads.values;
    v[o++] = x; v[o++] = y; v[o++] = radius; v[o++] = alpha; v[o++] = i; v[o++] = point; v[o++] = z; v[o++] = hl; v[o++] = ux; v[o++] = uy; v[o++] = rgb;
    v[o++] = kind; v[o] = width;
  };
  // The bearing at the head (between point j and the next at fraction f, the shorter way round).
  const bearingAt = (b: Float32Array, j: number, f: number, end: number): number => {
    if (!(f > 0) || j + 1 >= end) return b[j];
    const d = ((b[j + 1] - b[j] + 540) % 360) - 180;
    return b[j] + d * f;
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
          // A symbol points along its bearing; an arrow along the last segment at least a pixel
          // long; a dot if there is none.
          let ux = 0; let uy = 0;
          const point = w ? w.headIndex : end - 1;
          const fraction = w ? w.headFraction : 0;
          const bearing = bearings ? bearingAt(bearings, point, fraction, end) : NaN;
          if (direction && !Number.isNaN(bearing)) {
            [ux, uy] = direction(lerp(set.lon, point, fraction), lerp(set.lat, point, fraction), bearing);
          } else if ((arrows || symbolKind !== null) && headRadius > 0) {
            for (let j = m - 2; j >= 0 && !cs[j]; j--) {
              const dx = xs[m - 1] - xs[j]; const dy = ys[m - 1] - ys[j];
              const len = Math.sqrt(dx * dx + dy * dy);
              if (len >= 1) { ux = dx / len; uy = dy / len; break; }
            }
          }
          if (symbolKind !== null && ux === 0 && uy === 0) uy = -1;
          const rgb = headRgb ?? (Number.isNaN(s) ? NO_VALUE_RGB : binOf(s));
          const size = hl ? HIGHLIGHT_HEAD : 1;
          const lengthM = hulls ? hulls.lengthM[point] : NaN;
          const hullPx = (lengthM / scene.metersPerPixel) * view.zoom;
          if (hulls && hullPx >= MIN_HULL_PX) {
            // A true-scale hull, centred where the ship's centre is from its antenna (port is left).
            const perM = hullPx / lengthM;
            const cx = xs[m - 1] + (ux * hulls.aheadM[point] + uy * hulls.portM[point]) * perM;
            const cy = ys[m - 1] + (uy * hulls.aheadM[point] - ux * hulls.portM[point]) * perM;
            pushHead(cx, cy, ux, uy, hullPx / 2, rgb, alpha, i, point, visZ[v], hl, HULL, hulls.beamM[point] * perM);
          } else if (symbolKind !== null) {
            const width = symbolKind === SHIP ? SHIP_SYMBOL.width : 1;
            pushHead(xs[m - 1], ys[m - 1], ux, uy, headRadius * size, rgb, alpha, i, point, visZ[v], hl, symbolKind, width * headLength * size);
          } else {
            pushHead(xs[m - 1], ys[m - 1], ux, uy, headRadius * size, rgb, alpha, i, point, visZ[v], hl, ux !== 0 || uy !== 0 ? ARROW : DISC, 0);
          }
        }
      }
      // Heads after all trails, so no trail covers a head.
      const hv = heads.values;
      for (let h = 0, o = 0; h < heads.count; h++, o += HEAD_STRIDE) {
        if (!(hv[o + 2] > 0)) continue;
        const kind = hv[o + 11];
        // Symbols are listed by their length; a hull's width follows in the next entry.
        const size = kind === DISC || kind === ARROW ? hv[o + 2] : 2 * hv[o + 2];
        pushCapsule(list, hv[o], hv[o + 1], hv[o + 8], hv[o + 9], size, hv[o + 10], kind, hv[o + 3]);
        if (kind === HULL) pushCapsule(list, hv[o + 12], 0, 0, 0, 0, 0, HULL, 0);
      }
    },
  };
}
