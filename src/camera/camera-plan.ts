// Camera options -> a plan of plain numbers in the base map's pixel space (the fitted map every
// point is projected onto once). A view is a zoom about a centre of that space, so moving the
// camera is an affine map of projected coordinates: exact for every projection, since d3 applies
// scale and translate after the projection proper. The globe (orthographic) is zoomed and panned
// as drawn, not turned, so its centres and followed objects must be on the visible face.
import { TrackreelError } from '../errors/trackreel-error.js';
import { createProjection } from '../map/create-projection.js';
import type { MapSpec } from '../map/map-spec.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

// One keyframe as the options give it: a centre and the km shown from it to the nearer frame
// edge, or a lon/lat (x/y) box to fit.
export type CameraKeyframeInput =
  | { timeMs: number; center: [number, number]; radiusKm: number }
  | { timeMs: number; bbox: [number, number, number, number] };

export interface CameraRequest {
  follow: string | null;
  // View size when following: km from the object to the nearer frame edge (null: a quarter of the map).
  followRadiusKm: number | null;
  // Width of the time window the followed position is averaged over (null: 1 s of the movie).
  followSmoothingMs: number | null;
  keyframes: CameraKeyframeInput[] | null;
}

export interface CameraKeyframe { timeMs: number; x: number; y: number; zoom: number }

export type CameraPlan =
  | { kind: 'follow'; objectId: string; trajectories: number[]; zoom: number; halfWindowMs: number }
  | { kind: 'keyframes'; keyframes: CameraKeyframe[] };

export interface CameraPlanContext {
  trajectories: TrajectorySet;
  map: MapSpec;
  screenX: Float32Array;
  screenY: Float32Array;
  width: number;
  height: number;
  // The movie's time span (keyframes must lie in it) and how much data time one second of the
  // movie shows (the default smoothing window), from the movie's own timeline.
  movieSpanMs: [number, number];
  dataMsPerMovieSecond: number;
}

// Zoom of the default follow view: a quarter of the fitted map across.
export const DEFAULT_FOLLOW_ZOOM = 4;
const KM_PER_DEGREE = 6371.0088 * Math.PI / 180;

const invalid = (option: string, message: string): TrackreelError =>
  new TrackreelError('INVALID_OPTION', message, { context: { option } });

export function hasCamera(request: CameraRequest | null | undefined): boolean {
  return !!request && (request.follow !== null || (request.keyframes !== null && request.keyframes.length > 0));
}

type Project = (p: [number, number]) => [number, number] | null;

// True when (lon, lat) is on the face of the globe the map shows (always true elsewhere).
function onVisibleFace(map: MapSpec, lon: number, lat: number): boolean {
  if (map.projection !== 'orthographic') return true;
  const rad = Math.PI / 180;
  const lambda = (lon + map.rotate[0]) * rad;
  const phi0 = -map.rotate[1] * rad;
  return Math.sin(phi0) * Math.sin(lat * rad) + Math.cos(phi0) * Math.cos(lat * rad) * Math.cos(lambda) >= 0;
}

// Base pixels per km at (lon, lat), measured north-south (plane units for cartesian data).
function pixelsPerKm(map: MapSpec, project: Project, lon: number, lat: number): number {
  if (map.projection === 'cartesian') return map.scale;
  const d = 0.01;
  const a = project([lon, Math.max(-89.9, lat - d)]);
  const b = project([lon, Math.min(89.9, lat + d)]);
  if (!a || !b) return NaN;
  const degrees = Math.min(89.9, lat + d) - Math.max(-89.9, lat - d);
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / (degrees * KM_PER_DEGREE);
}

function describeTime(ms: number): string {
  return new Date(ms).toISOString();
}

function keyframePlan(keyframes: CameraKeyframeInput[], ctx: CameraPlanContext): CameraPlan {
  const { map, width, height } = ctx;
  const project = createProjection(map) as unknown as Project;
  const [start, end] = ctx.movieSpanMs;
  const out: CameraKeyframe[] = [];
  keyframes.forEach((kf, i) => {
    const name = `keyframe ${i + 1} of camera`;
    if (!(kf.timeMs >= start && kf.timeMs <= end)) {
      throw invalid('camera', `The time of ${name} (${describeTime(kf.timeMs)}) is outside the movie, ${describeTime(start)} to ${describeTime(end)}`);
    }
    if (i > 0 && kf.timeMs <= keyframes[i - 1].timeMs) {
      throw invalid('camera', `Keyframes of camera must be in increasing time order, but ${name} (${describeTime(kf.timeMs)}) is not after the one before it`);
    }
    if ('center' in kf) {
      const [lon, lat] = kf.center;
      const p = onVisibleFace(map, lon, lat) ? project([lon, lat]) : null;
      const perKm = pixelsPerKm(map, project, lon, lat);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || !(perKm > 0)) {
        throw invalid('camera', `The centre ${lon},${lat} of ${name} is not on the map (on the far side of the globe?); turn the map with --projection-center`);
      }
      out.push({ timeMs: kf.timeMs, x: p[0], y: p[1], zoom: Math.min(width, height) / 2 / (kf.radiusKm * perKm) });
      return;
    }
    const [x0, y0, x1, y1] = kf.bbox;
    if (!(x1 > x0) || !(y1 > y0)) throw invalid('camera', `The box of ${name} needs minLon < maxLon and minLat < maxLat, but is ${kf.bbox.join(',')}`);
    // The box's outline, densified because its edges curve in most projections.
    let px0 = Infinity; let py0 = Infinity; let px1 = -Infinity; let py1 = -Infinity;
    const steps = 16;
    for (let s = 0; s <= steps; s++) {
      const lon = x0 + ((x1 - x0) * s) / steps;
      const lat = y0 + ((y1 - y0) * s) / steps;
      for (const q of [[lon, y0], [lon, y1], [x0, lat], [x1, lat]] as Array<[number, number]>) {
        const p = onVisibleFace(map, q[0], q[1]) ? project(q) : null;
        if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          throw invalid('camera', `The box ${kf.bbox.join(',')} of ${name} is not wholly on the map (on the far side of the globe?)`);
        }
        px0 = Math.min(px0, p[0]); px1 = Math.max(px1, p[0]); py0 = Math.min(py0, p[1]); py1 = Math.max(py1, p[1]);
      }
    }
    const zoom = Math.min(width / Math.max(1e-9, px1 - px0), height / Math.max(1e-9, py1 - py0));
    out.push({ timeMs: kf.timeMs, x: (px0 + px1) / 2, y: (py0 + py1) / 2, zoom });
  });
  return { kind: 'keyframes', keyframes: out };
}

function followPlan(request: CameraRequest & { follow: string }, ctx: CameraPlanContext): CameraPlan {
  const { trajectories: set, map, screenX, screenY } = ctx;
  const objectIndex = set.objectIds.indexOf(request.follow);
  const trajectories: number[] = [];
  if (objectIndex >= 0) for (let i = 0; i < set.count; i++) if (set.objectIndex[i] === objectIndex) trajectories.push(i);
  if (trajectories.length === 0) {
    const some = set.objectIds.slice(0, 5).map((id) => JSON.stringify(id)).join(', ');
    throw invalid('follow', `Expected the id of an object in the data for follow but received ${JSON.stringify(request.follow)}`
      + ` (${set.objectIds.length} objects${some ? `, e.g. ${some}` : ''}${objectIndex >= 0 ? '; its track has too few points' : ''})`);
  }
  trajectories.sort((a, b) => set.startMs[a] - set.startMs[b]);
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const tr of trajectories) {
    for (let j = set.offsets[tr]; j < set.offsets[tr + 1]; j++) {
      if (!Number.isFinite(screenX[j]) || !Number.isFinite(screenY[j])) {
        throw invalid('follow', `Object ${JSON.stringify(request.follow)} leaves the map (the far side of the globe or the map's seam) at ${describeTime(set.t[j])}, so it cannot be followed on this projection`);
      }
      x0 = Math.min(x0, set.lon[j]); x1 = Math.max(x1, set.lon[j]); y0 = Math.min(y0, set.lat[j]); y1 = Math.max(y1, set.lat[j]);
    }
  }
  let zoom = DEFAULT_FOLLOW_ZOOM;
  if (request.followRadiusKm !== null) {
    const perKm = pixelsPerKm(map, createProjection(map) as unknown as Project, (x0 + x1) / 2, (y0 + y1) / 2);
    zoom = Math.min(ctx.width, ctx.height) / 2 / (request.followRadiusKm * perKm);
  }
  const windowMs = request.followSmoothingMs ?? ctx.dataMsPerMovieSecond;
  return { kind: 'follow', objectId: request.follow, trajectories, zoom, halfWindowMs: Math.max(0, windowMs / 2) };
}

// Validates the camera options against the data and resolves them to a plan (null: fixed map).
export function resolveCameraPlan(request: CameraRequest | null | undefined, ctx: CameraPlanContext): CameraPlan | null {
  if (request && request.follow === null) {
    if (request.followRadiusKm !== null) throw invalid('followRadiusKm', 'followRadiusKm (--follow-radius) only applies with follow (--follow ID)');
    if (request.followSmoothingMs !== null) throw invalid('followSmoothingMs', 'followSmoothingMs (--follow-smoothing) only applies with follow (--follow ID)');
  }
  if (!request || !hasCamera(request)) return null;
  if (request.follow !== null && request.keyframes !== null && request.keyframes.length > 0) {
    throw invalid('camera', 'Give either follow (--follow ID) or camera keyframes (--camera), not both');
  }
  if (request.follow !== null) return followPlan(request as CameraRequest & { follow: string }, ctx);
  return keyframePlan(request.keyframes ?? [], ctx);
}
