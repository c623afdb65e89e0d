// The coordinator's last step before drawing: project every point once and index trajectories
// by frame, so workers only look things up.
import type { Timeline } from '../clock/timeline.js';
import type { MapSpec } from '../map/map-spec.js';
import { projectPoints } from '../map/project-points.js';
import type { Decorations, TrailStyle } from '../style/trail-style.js';
import { buildFrameIndex } from '../trajectory/frame-index.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { NO_OVERLAYS, type MapOverlays } from './map-overlays.js';
import { renderBackground } from './render-background.js';
import type { Scene } from './scene.js';

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
}

export function buildScene(input: SceneInput): Scene {
  const { screenX, screenY } = projectPoints(input.trajectories, input.map);
  return {
    width: input.width, height: input.height, timeline: input.timeline, trailDurationMs: input.trailDurationMs,
    trajectories: input.trajectories, screenX, screenY, scalar: input.scalar,
    frameIndex: buildFrameIndex(input.trajectories, input.timeline, input.trailDurationMs),
    map: input.map, style: input.style, decorations: input.decorations, overlays: input.overlays ?? NO_OVERLAYS,
    background: renderBackground(input.map, input.decorations, input.width, input.height, input.overlays ?? NO_OVERLAYS),
  };
}
