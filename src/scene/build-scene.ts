// The coordinator's last step before drawing: project every point once and index trajectories
// by frame, so workers only look things up. The two static layers are painted after this, by
// render/paint-scene-layers.ts (drawing belongs to render/, which sits above this room).
import { resolveCameraPlan, type CameraRequest } from '../camera/camera-plan.js';
import { cameraPoseAt, computeCameraTrack, frameView, poseView, type CameraTrack } from '../camera/camera-track.js';
import { seamFreeMap } from '../camera/seam-free-map.js';
import { viewMapSpec } from '../camera/view-map-spec.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import type { Timeline } from '../clock/timeline.js';
import type { MapSpec } from '../map/map-spec.js';
import { projectPoints } from '../map/project-points.js';
import { heatmapLegend } from '../heatmap/heatmap-style.js';
import type { TrailStyle } from '../style/trail-style.js';
import type { Decorations } from '../style/decoration-style.js';
import { buildFrameIndex } from '../trajectory/frame-index.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { buildHeatmapSpec, frameIndexReachMs, type HeatmapInput } from '../heatmap/build-heatmap.js';
import { NO_OVERLAYS, type MapOverlays } from './map-overlays.js';
import { kmPerPixel } from '../map/km-per-pixel.js';
import { headBearings } from './head-bearings.js';
import { hullDimensions } from './hull-dimensions.js';
import { roundEarthPaths } from './round-earth-paths.js';
import type { Scene, UnpaintedScene } from './scene.js';

// Heads turned to the object's bearing.
const SYMBOL_HEADS = new Set(['plane', 'ship', 'icon']);

export interface SceneInput {
  trajectories: TrajectorySet;
  timeline: Timeline;
  trailDurationMs: number;
  width: number;
  height: number;
  map: MapSpec;
  style: TrailStyle;
  decorations: Decorations;
  scalar: Float32Array | null;
  // Scale bar, north arrow, logo (default: none).
  overlays?: MapOverlays;
  lineWidths?: Float32Array | null;
  // Set for a heatmap movie.
  heatmap?: HeatmapInput | null;
  // --follow / --camera, and the movie's span and pace it is resolved against.
  camera?: CameraInput | null;
  // Lon/lat segments longer than this follow the great circle (km; 0 or absent: straight lines).
  greatCircleStepKm?: number;
  // --head icon:FILE, read by the coordinator: its alpha mask.
  headIcon?: { mask: Uint8Array; size: number } | null;
}

export interface CameraInput { request: CameraRequest; movieSpanMs: [number, number]; dataMsPerMovieSecond: number }

// How long after its last point a trajectory may still be drawn: its trail; a fading object up to
// fadeMs after its last point, even past its trail; a heatmap's window when that is longer.
export function frameIndexReach(scene: Pick<Scene, 'trailDurationMs' | 'style' | 'heatmap'>): number {
  return frameIndexReachMs(Math.max(scene.trailDurationMs, scene.style.fadeMs), scene.heatmap);
}

// The MapSpec of every view the movie shows: the map, or each frame's view of a moving camera
// (what the --basemap's tiles are fetched for).
export function sceneViews(scene: Pick<UnpaintedScene, 'map' | 'camera' | 'width' | 'height' | 'timeline'>): MapSpec[] {
  if (!scene.camera) return [scene.map];
  return Array.from({ length: scene.timeline.frameCount }, (_, k) => viewMapSpec(scene.map, frameView(scene, k)));
}

// The overlays of a moving camera are drawn once, for its first view: right for a scale bar while
// the zoom holds (a follow), so a zooming camera refuses one.
function overlayMap(map: MapSpec, camera: CameraTrack, overlays: MapOverlays, width: number, height: number): MapSpec {
  const zooms = camera.zoom;
  if (overlays.scaleBar && zooms.some((z) => Math.abs(z - zooms[0]) > 1e-9 * zooms[0])) {
    throw new TrackreelError('INVALID_OPTION', 'A scale bar cannot follow a camera that zooms; drop --scale-bar or keep radiusKm the same in every camera keyframe', { context: { option: 'scaleBar' } });
  }
  return viewMapSpec(map, frameView({ camera, width, height }, 0));
}

export function buildScene(sceneInput: SceneInput): UnpaintedScene {
  // A camera crossing the map's seam gets the map turned to keep the seam out of its views.
  const map = seamFreeMap(sceneInput.map, sceneInput.trajectories, sceneInput.camera?.request);
  const paths = roundEarthPaths({
    trajectories: sceneInput.trajectories, scalar: sceneInput.scalar, lineWidths: sceneInput.lineWidths ?? null,
    steppedScalar: sceneInput.style.steppedScalar, greatCircleStepKm: sceneInput.greatCircleStepKm ?? 0,
  }, map);
  const input = { ...sceneInput, map, trajectories: paths.trajectories, scalar: paths.scalar, lineWidths: paths.lineWidths };
  const { screenX, screenY } = projectPoints(input.trajectories, input.map, paths.cuts);
  const plan = input.camera ? resolveCameraPlan(input.camera.request, {
    trajectories: input.trajectories, map: input.map, screenX, screenY, width: input.width, height: input.height,
    movieSpanMs: input.camera.movieSpanMs, dataMsPerMovieSecond: input.camera.dataMsPerMovieSecond,
  }) : null;
  const cameraData = { trajectories: input.trajectories, screenX, screenY };
  // The heatmap's normalisation samples the movie's frames in the camera's view at their times.
  const poseAt = plan ? cameraPoseAt(plan, cameraData) : null;
  const heatmap = input.heatmap
    ? buildHeatmapSpec(input.heatmap, {
      ...cameraData, width: input.width, height: input.height,
      viewAt: poseAt ? (tMs) => poseView(poseAt(tMs), input.width, input.height) : undefined,
    }, input.timeline)
    : null;
  // The heatmap's colour bar replaces the trails' key (its maximum is only known now).
  const decorations = heatmap && input.heatmap?.legend ? { ...input.decorations, legend: heatmapLegend(heatmap) } : input.decorations;
  const camera = plan ? computeCameraTrack(plan, input.timeline, cameraData) : null;
  return {
    width: input.width, height: input.height, timeline: input.timeline, trailDurationMs: input.trailDurationMs,
    trajectories: input.trajectories, screenX, screenY, cuts: paths.cuts, scalar: input.scalar, lineWidths: input.lineWidths,
    headBearings: SYMBOL_HEADS.has(input.style.head) ? headBearings(input.trajectories) : null,
    hulls: input.style.headScale && input.style.head === 'ship' ? hullDimensions(input.trajectories) : null,
    metersPerPixel: 1000 * kmPerPixel(input.map, input.width / 2, input.height / 2, input.width),
    headIcon: input.style.head === 'icon' ? input.headIcon ?? null : null,
    frameIndex: buildFrameIndex(input.trajectories, input.timeline, frameIndexReach({ ...input, heatmap })),
    map: input.map, style: input.style, decorations, heatmap,
    overlays: input.overlays ?? NO_OVERLAYS, camera, basemapTiles: null,
    decorationMap: camera ? overlayMap(input.map, camera, input.overlays ?? NO_OVERLAYS, input.width, input.height) : input.map,
  };
}
