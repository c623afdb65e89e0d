// Everything needed to draw any frame of the movie. Plain data and typed arrays (shared memory)
// only, so it crosses to worker threads and can be written to a scene file for remote workers.
import type { CameraTrack } from '../camera/camera-track.js';
import type { Timeline } from '../clock/timeline.js';
import type { MapSpec } from '../map/map-spec.js';
import type { DecorationLayer } from './scene-layers.js';
import type { HullDimensions } from './hull-dimensions.js';
import type { MapOverlays } from './map-overlays.js';
import type { HeatmapSpec } from '../heatmap/heatmap-style.js';
import type { TrailStyle } from '../style/trail-style.js';
import type { Decorations } from '../style/decoration-style.js';
import type { BasemapTiles } from '../map/tiles/basemap-tiles.js';
import type { FrameIndex } from '../trajectory/frame-index.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

export interface Scene {
  width: number;
  height: number;
  timeline: Timeline;
  trailDurationMs: number;
  trajectories: TrajectorySet;
  // Projected pixel position of every point, computed once by the coordinator.
  screenX: Float32Array;
  screenY: Float32Array;
  // Per point: 1 where the trail is not drawn on to the next point (a track cut at the map's seam
  // goes on from the other edge: scene/round-earth-paths.ts); null when nothing crosses the seam.
  cuts: Uint8Array | null;
  // Heads drawn as symbols (--head plane|ship|icon): each point's bearing in degrees clockwise from
  // north (scene/head-bearings.ts); null for dots and arrows.
  headBearings: Float32Array | null;
  // --head-scale with ship heads: each point's ship size (metres), where AIS gives one.
  hulls: HullDimensions | null;
  // Ground metres per base pixel at the map's centre (true-scale hulls); NaN where unknown.
  metersPerPixel: number;
  // --head icon:FILE: the image's alpha mask, `size` pixels square, pointing up.
  headIcon: { mask: Uint8Array; size: number } | null;
  // Per point: the colour scalar already normalised to [0, 1] (NaN = no value), or null when
  // colouring by progress along the trail.
  scalar: Float32Array | null;
  // Per point: the trail width in pixels of a 600-pixel-high frame when the width follows a
  // property (style.widthBy), else null.
  lineWidths: Float32Array | null;
  frameIndex: FrameIndex;
  // The basemap under every frame (sea, land, lines) as opaque RGBA, drawn once by the coordinator
  // into shared memory: workers copy it, they never parse or draw the basemap. Empty (length 0)
  // with a moving camera, which draws the basemap per frame.
  background: Uint8Array;
  // Title, legend, analog dial, scale bar, north arrow and logo, drawn once by the coordinator over
  // transparent and blended over every frame after trails, heads, labels and heat; with every
  // decoration's box (the per-frame clock's too).
  decorationLayer: DecorationLayer;
  map: MapSpec;
  style: TrailStyle;
  decorations: Decorations;
  // Scale bar, north arrow and logo: in the decoration layer, never moved with the map.
  overlays: MapOverlays;
  // A heatmap movie (--movie-type heatmap): the density look and its movie-wide normalisation;
  // null for a trails movie.
  heatmap: HeatmapSpec | null;
  // A moving camera (--follow, --camera): the view of every frame; then the basemap is drawn per
  // frame and `background` is empty. null: fixed map.
  camera: CameraTrack | null;
  // --basemap: the tiles every view of the movie needs (drawn into `background` for a fixed map;
  // by each worker per frame for a moving camera); null: Natural Earth only.
  basemapTiles: BasemapTiles | null;
}

// A scene before its two static layers are painted (render/paint-scene-layers.ts): the map the
// decoration layer is drawn for (a moving camera's first view) instead of the layers.
export type UnpaintedScene = Omit<Scene, 'background' | 'decorationLayer'> & { decorationMap: MapSpec };
