// What marks each object's head, per frame: a dot, an arrow along its motion, a plane, ship or icon
// turned to its bearing (scene/head-bearings.ts), or a ship at true size (--head-scale). The trail
// painter lists the heads of a frame here; labels read the same list; listHeadShapes() turns it
// into capsule-list entries drawn after every trail.
import { createBearingDirection } from '../../map/bearing-direction.js';
import type { Scene } from '../../scene/scene.js';
import { appendRecord, ARROW, DISC, HULL, ICON, PLANE, pushCapsule, SHIP, type CapsuleList, type RecordList } from './capsule-list.js';
import { SHIP as SHIP_SYMBOL } from './head-symbols.js';

// The heads drawn in the last recorded frame, in drawing order (for labels). Per head:
// x, y, radius (px), alpha, trajectory, point index at the head, z key (NaN = none),
// highlighted (0/1), then the arrow's or symbol's direction ux, uy (0, 0 = a dot), its colour
// 0xRRGGBB, its kind (a capsule-list kind: DISC, ARROW, PLANE, SHIP, ICON, HULL) and its width
// (px; a hull's beam). A symbol's radius is half its length; it is centred on x, y.
export type HeadList = RecordList;
export const HEAD_STRIDE = 13;
// Highlighted objects' heads, relative to the others.
export const HIGHLIGHT_HEAD = 1.6;
// A true-scale hull is drawn only when at least this long (px); the symbol otherwise.
const MIN_HULL_PX = 6;

export interface HeadShaper {
  // The head's radius (px; half a symbol's length), 0 without heads.
  readonly headRadius: number;
  // Whether place() wants the direction of motion (arrows; symbols without a bearing).
  readonly needsMotion: boolean;
  // Appends the head of trajectory i at (x, y), between point and point + 1 at fraction, moving
  // along (ux, uy) ((0, 0) if unknown), seen at the camera's zoom.
  place(heads: HeadList, x: number, y: number, ux: number, uy: number, i: number, point: number, fraction: number,
    rgb: number, alpha: number, z: number, hl: number, zoom: number): void;
}

function pushHead(heads: HeadList, x: number, y: number, ux: number, uy: number, radius: number, rgb: number, alpha: number,
  i: number, point: number, z: number, hl: number, kind: number, width: number): void {
  let o = appendRecord(heads, HEAD_STRIDE);
  const v = heads.values;
  v[o++] = x; v[o++] = y; v[o++] = radius; v[o++] = alpha; v[o++] = i; v[o++] = point; v[o++] = z; v[o++] = hl; v[o++] = ux; v[o++] = uy; v[o++] = rgb;
  v[o++] = kind; v[o] = width;
}

// The bearing between point j and the next at fraction f, turning the shorter way round.
function bearingAt(b: Float32Array, j: number, f: number, end: number): number {
  if (!(f > 0) || j + 1 >= end) return b[j];
  const d = ((b[j + 1] - b[j] + 540) % 360) - 180;
  return b[j] + d * f;
}

export function createHeadShaper(scene: Scene): HeadShaper {
  const { style, trajectories: set } = scene;
  const unit = Math.min(scene.width, scene.height) / 600;
  const symbolKind = style.head === 'plane' ? PLANE : style.head === 'ship' ? SHIP : style.head === 'icon' ? ICON : null;
  const headLength = style.headSize * unit;
  const headRadius = style.head === 'none' ? 0 : symbolKind !== null ? headLength / 2 : style.headRadius * unit;
  const bearings = symbolKind !== null ? scene.headBearings : null;
  const direction = bearings ? createBearingDirection(scene.map) : null;
  const hulls = symbolKind === SHIP ? scene.hulls : null;
  const lerp = (a: ArrayLike<number>, j: number, f: number): number => (f > 0 ? a[j] + (a[j + 1] - a[j]) * f : a[j]);
  return {
    headRadius,
    needsMotion: headRadius > 0 && (style.head === 'arrow' || symbolKind !== null),
    place(heads, x, y, ux, uy, i, point, fraction, rgb, alpha, z, hl, zoom) {
      const size = hl ? HIGHLIGHT_HEAD : 1;
      if (symbolKind === null) {
        pushHead(heads, x, y, ux, uy, headRadius * size, rgb, alpha, i, point, z, hl, ux !== 0 || uy !== 0 ? ARROW : DISC, 0);
        return;
      }
      const end = set.offsets[i + 1];
      const bearing = bearings ? bearingAt(bearings, point, fraction, end) : NaN;
      if (direction && !Number.isNaN(bearing)) [ux, uy] = direction(lerp(set.lon, point, fraction), lerp(set.lat, point, fraction), bearing);
      // No bearing and no motion: pointing up (north on most maps).
      if (ux === 0 && uy === 0) uy = -1;
      const lengthM = hulls ? hulls.lengthM[point] : NaN;
      const hullPx = (lengthM / scene.metersPerPixel) * zoom;
      if (hulls && hullPx >= MIN_HULL_PX) {
        // A true-scale hull, centred where the ship's centre is from its antenna (port is left).
        const perM = hullPx / lengthM;
        const cx = x + (ux * hulls.aheadM[point] + uy * hulls.portM[point]) * perM;
        const cy = y + (uy * hulls.aheadM[point] - ux * hulls.portM[point]) * perM;
        pushHead(heads, cx, cy, ux, uy, hullPx / 2, rgb, alpha, i, point, z, hl, HULL, hulls.beamM[point] * perM);
        return;
      }
      const width = symbolKind === SHIP ? SHIP_SYMBOL.width : 1;
      pushHead(heads, x, y, ux, uy, headRadius * size, rgb, alpha, i, point, z, hl, symbolKind, width * headLength * size);
    },
  };
}

// The heads as capsule-list entries: dots and arrows by their radius, symbols by their length
// (a hull's width follows in the next entry).
export function listHeadShapes(list: CapsuleList, heads: HeadList): void {
  const hv = heads.values;
  for (let h = 0, o = 0; h < heads.count; h++, o += HEAD_STRIDE) {
    if (!(hv[o + 2] > 0)) continue;
    const kind = hv[o + 11];
    const size = kind === DISC || kind === ARROW ? hv[o + 2] : 2 * hv[o + 2];
    pushCapsule(list, hv[o], hv[o + 1], hv[o + 8], hv[o + 9], size, hv[o + 10], kind, hv[o + 3]);
    if (kind === HULL) pushCapsule(list, hv[o + 12], 0, 0, 0, 0, 0, HULL, 0);
  }
}
