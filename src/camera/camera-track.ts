// The camera of every frame: a zoom about a centre of the base map's pixel space, computed by the
// coordinator as a pure function of t_k (never of the frame before), so any worker draws frame k
// the same way and a still at time t matches the movie's frame at t.
import { frameTimeMs, type Timeline } from '../clock/timeline.js';
import { sharedFloat64 } from '../memory/shared-arrays.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import type { CameraKeyframe, CameraPlan } from './camera-plan.js';

export interface CameraTrack {
  plan: CameraPlan;
  // Per frame: the base-map pixel at the frame's centre, and the zoom (frame pixels per base pixel).
  centerX: Float64Array;
  centerY: Float64Array;
  zoom: Float64Array;
}

// Frame pixel = zoom * base pixel + offset.
export interface FrameView { zoom: number; offsetX: number; offsetY: number }

export const IDENTITY_VIEW: FrameView = { zoom: 1, offsetX: 0, offsetY: 0 };

export interface CameraData {
  trajectories: TrajectorySet;
  screenX: Float32Array;
  screenY: Float32Array;
}

export function easeInOutCubic(u: number): number {
  if (u <= 0) return 0;
  if (u >= 1) return 1;
  return u < 0.5 ? 4 * u * u * u : 1 - ((-2 * u + 2) ** 3) / 2;
}

// Held before the first and after the last keyframe; between two, the centre moves and the zoom
// changes geometrically (so zooming 1x -> 4x looks as fast as 4x -> 16x), both eased in and out.
export function keyframeViewAt(keyframes: readonly CameraKeyframe[], tMs: number): { x: number; y: number; zoom: number } {
  const first = keyframes[0];
  const last = keyframes[keyframes.length - 1];
  if (tMs <= first.timeMs) return { x: first.x, y: first.y, zoom: first.zoom };
  if (tMs >= last.timeMs) return { x: last.x, y: last.y, zoom: last.zoom };
  let i = 0;
  while (keyframes[i + 1].timeMs <= tMs) i++;
  const a = keyframes[i];
  const b = keyframes[i + 1];
  const e = easeInOutCubic((tMs - a.timeMs) / (b.timeMs - a.timeMs));
  return { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e, zoom: a.zoom * (b.zoom / a.zoom) ** e };
}

// The followed object's path in base pixels: its trajectories' points in time order (a gap
// between two of its trajectories is crossed in a straight line).
export interface FollowPath { t: Float64Array; x: Float64Array; y: Float64Array }

export function followPath(plan: Extract<CameraPlan, { kind: 'follow' }>, data: CameraData): FollowPath {
  const { trajectories: set, screenX, screenY } = data;
  const n = plan.trajectories.reduce((sum, tr) => sum + set.offsets[tr + 1] - set.offsets[tr], 0);
  const path = { t: new Float64Array(n), x: new Float64Array(n), y: new Float64Array(n) };
  let m = 0;
  for (const tr of plan.trajectories) {
    for (let j = set.offsets[tr]; j < set.offsets[tr + 1]; j++, m++) {
      path.t[m] = set.t[j]; path.x[m] = screenX[j]; path.y[m] = screenY[j];
    }
  }
  return path;
}

// Last index i with t[i] <= tMs (0 if none).
function segmentAt(t: Float64Array, tMs: number): number {
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid] <= tMs) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function positionAt(p: FollowPath, tMs: number): [number, number] {
  const n = p.t.length;
  if (tMs <= p.t[0]) return [p.x[0], p.y[0]];
  if (tMs >= p.t[n - 1]) return [p.x[n - 1], p.y[n - 1]];
  const i = segmentAt(p.t, tMs);
  const dt = p.t[i + 1] - p.t[i];
  const f = dt > 0 ? (tMs - p.t[i]) / dt : 0;
  return [p.x[i] + (p.x[i + 1] - p.x[i]) * f, p.y[i] + (p.y[i + 1] - p.y[i]) * f];
}

// The object's mean position over [t - h, t + h], exactly (its path is piecewise linear). The
// window shrinks near the first and last point so the camera reaches the object there, and holds
// it before and after.
export function followCenterAt(p: FollowPath, halfWindowMs: number, tMs: number): [number, number] {
  const n = p.t.length;
  const h = Math.min(halfWindowMs, tMs - p.t[0], p.t[n - 1] - tMs);
  if (!(h > 0)) return positionAt(p, tMs);
  const a = tMs - h;
  const b = tMs + h;
  let sx = 0;
  let sy = 0;
  for (let i = segmentAt(p.t, a); i < n - 1 && p.t[i] < b; i++) {
    const t0 = Math.max(a, p.t[i]);
    const t1 = Math.min(b, p.t[i + 1]);
    if (!(t1 > t0)) continue;
    const [x0, y0] = positionAt(p, t0);
    const [x1, y1] = positionAt(p, t1);
    sx += ((x0 + x1) / 2) * (t1 - t0);
    sy += ((y0 + y1) / 2) * (t1 - t0);
  }
  return [sx / (b - a), sy / (b - a)];
}

// Where the camera looks at any time: the base-map pixel at the frame's centre and the zoom.
export interface CameraPose { x: number; y: number; zoom: number }

// The camera as a pure function of time (the follow path is gathered once).
export function cameraPoseAt(plan: CameraPlan, data: CameraData): (tMs: number) => CameraPose {
  if (plan.kind === 'keyframes') return (tMs) => keyframeViewAt(plan.keyframes, tMs);
  const path = followPath(plan, data);
  return (tMs) => {
    const [x, y] = followCenterAt(path, plan.halfWindowMs, tMs);
    return { x, y, zoom: plan.zoom };
  };
}

// The affine map from base pixels to the pixels of a width x height frame centred on the pose.
export function poseView(pose: CameraPose, width: number, height: number): FrameView {
  return { zoom: pose.zoom, offsetX: width / 2 - pose.zoom * pose.x, offsetY: height / 2 - pose.zoom * pose.y };
}

export function computeCameraTrack(plan: CameraPlan, timeline: Timeline, data: CameraData): CameraTrack {
  const frames = timeline.frameCount;
  const track: CameraTrack = { plan, centerX: sharedFloat64(frames), centerY: sharedFloat64(frames), zoom: sharedFloat64(frames) };
  const poseAt = cameraPoseAt(plan, data);
  for (let k = 0; k < frames; k++) {
    const pose = poseAt(frameTimeMs(timeline, k));
    track.centerX[k] = pose.x; track.centerY[k] = pose.y; track.zoom[k] = pose.zoom;
  }
  return track;
}

// Frame k's affine map from base pixels to frame pixels (the identity for a fixed map).
export function frameView(scene: { camera: CameraTrack | null; width: number; height: number }, k: number): FrameView {
  const { camera } = scene;
  if (!camera) return IDENTITY_VIEW;
  return poseView({ x: camera.centerX[k], y: camera.centerY[k], zoom: camera.zoom[k] }, scene.width, scene.height);
}

export function maxZoom(camera: CameraTrack | null): number {
  if (!camera) return 1;
  let max = 0;
  for (let k = 0; k < camera.zoom.length; k++) max = Math.max(max, camera.zoom[k]);
  return max || 1;
}
