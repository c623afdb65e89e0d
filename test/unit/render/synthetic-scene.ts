// Builds small scenes from hand-made tracks: PointTable -> assembleTrajectories -> buildScene.
import type { CameraRequest } from '../../../src/camera/camera-plan.js';
import { createTimeline, type Timeline } from '../../../src/clock/timeline.js';
import type { PointTable } from '../../../src/input/point-table.js';
import type { LayerName, MapColors, TerrestrialProjectionName } from '../../../src/map/map-spec.js';
import { resolveMapSpec, type MapSpecInput } from '../../../src/map/resolve-map-spec.js';
import type { MapOverlays } from '../../../src/scene/map-overlays.js';
import { buildScene } from '../../../src/scene/build-scene.js';
import { paintSceneLayers } from '../../../src/render/paint-scene-layers.js';
import type { Scene } from '../../../src/scene/scene.js';
import { resolveDecorations, resolveTrailStyle, type DecorationOptions, type TrailStyleOptions } from '../../../src/style/default-style.js';
import { resolveHeatmapStyle, type HeatmapOptions } from '../../../src/heatmap/heatmap-style.js';
import { buildLegend } from '../../../src/style/legend.js';
import { scalarColumn } from '../../../src/style/scalar-column.js';
import { widthColumn } from '../../../src/style/style-properties.js';
import { resolveThemeColors, type ThemeName } from '../../../src/style/themes.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';

export interface Track {
  id: string;
  // [tMs, lon, lat, ...numeric values]
  points: Array<[number, number, number, ...number[]]>;
  // Text properties: one value for the whole track or one per point.
  text?: Record<string, string | string[]>;
}

// Dictionary-encodes the tracks' text properties ('' where a track has none).
function textColumns(tracks: Track[]): PointTable['text'] {
  const names = [...new Set(tracks.flatMap((track) => Object.keys(track.text ?? {})))];
  return Object.fromEntries(names.map((name) => {
    const values: string[] = [];
    const codes: number[] = [];
    for (const track of tracks) {
      track.points.forEach((_, i) => {
        const v = track.text?.[name];
        const value = (Array.isArray(v) ? v[i] : v) ?? '';
        let code = values.indexOf(value);
        if (code < 0) code = values.push(value) - 1;
        codes.push(code);
      });
    }
    return [name, { codes: Uint32Array.from(codes), values }];
  }));
}

export function pointTable(tracks: Track[], numericNames: string[] = [], domain: PointTable['domain'] = 'terrestrial'): PointTable {
  const rows = tracks.flatMap((track, o) => track.points.map((p) => ({ o, p })));
  const n = rows.length;
  const numeric = Object.fromEntries(numericNames.map((name, j) => [name, Float64Array.from(rows, (r) => r.p[3 + j] ?? NaN)]));
  return {
    source: 'synthetic', domain, length: n,
    t: Float64Array.from(rows, (r) => r.p[0]), lon: Float64Array.from(rows, (r) => r.p[1]), lat: Float64Array.from(rows, (r) => r.p[2]),
    objectIndex: Uint32Array.from(rows, (r) => r.o), objectIds: tracks.map((t) => t.id),
    line: Uint32Array.from(rows, (_, i) => i + 2), numeric, text: textColumns(tracks),
  };
}

// The goldens' layers (layers not named are off: lakes, provinces, graticule labels, cities).
export const ALL_LAYERS: Partial<Record<LayerName, boolean>> = { land: true, coastlines: true, borders: true, states: true, graticule: true };
export const NO_LAYERS: Partial<Record<LayerName, boolean>> = { land: false, coastlines: false, borders: false, states: false, graticule: false };

export interface SceneOptions {
  width?: number;
  height?: number;
  bbox?: [number, number, number, number];
  map?: string;
  layers?: Partial<Record<LayerName, boolean>>;
  // More map inputs: mapRadiusKm, graticuleStepDeg, citiesMinPopulation, lineWidths.
  mapOptions?: Partial<MapSpecInput>;
  // Scale bar, north arrow, logo.
  overlays?: MapOverlays;
  timeline?: Partial<Timeline> & { durationSec?: number };
  trailDurationMs?: number;
  style?: TrailStyleOptions;
  decorations?: DecorationOptions;
  numericNames?: string[];
  domain?: PointTable['domain'];
  projection?: TerrestrialProjectionName;
  center?: [number, number];
  parallels?: [number, number];
  colors?: MapColors;
  theme?: ThemeName;
  // Draw the colour bar / legend (default: off).
  legend?: boolean;
  // --follow / --camera.
  camera?: Partial<CameraRequest>;
  // A heatmap movie (--movie-type heatmap) with these options.
  heatmap?: HeatmapOptions;
}

export function syntheticScene(tracks: Track[], options: SceneOptions = {}): Scene {
  const { set } = assembleTrajectories(pointTable(tracks, options.numericNames, options.domain), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });
  const width = options.width ?? 320;
  const height = options.height ?? 240;
  const timeline = createTimeline({
    startMs: options.timeline?.startMs ?? set.timeSpanMs[0], endMs: options.timeline?.endMs ?? set.timeSpanMs[1],
    fps: options.timeline?.fps ?? 10, durationSec: options.timeline?.durationSec ?? 2,
  });
  const map = resolveMapSpec({
    width, height, domain: set.domain, dataBbox: set.bbox, map: options.map ?? 'auto', bbox: options.bbox,
    projection: options.projection ?? 'equirectangular', marginFraction: 0.1, layers: options.layers ?? NO_LAYERS,
    center: options.center, parallels: options.parallels, colors: options.colors ?? resolveThemeColors({ theme: options.theme }).map,
    ...options.mapOptions,
  });
  const colorBy = options.style?.colorBy ?? 'progress';
  const coloring = scalarColumn(set, colorBy, undefined, {
    colormap: options.style?.colormap, timeZone: options.decorations?.timeZone, utcOffsetHours: options.decorations?.utcOffsetHours,
  });
  const { scalar, min, max } = coloring;
  const style = resolveTrailStyle({ theme: options.theme, ...options.style }, [min, max], coloring);
  const text = resolveThemeColors({ theme: options.theme }).text;
  return paintSceneLayers(buildScene({
    trajectories: set, timeline, trailDurationMs: options.trailDurationMs ?? 60_000, width, height, map, scalar, style, overlays: options.overlays,
    lineWidths: style.widthBy ? widthColumn(set, style.widthBy, style.lineWidthRange) : null,
    // The camera is resolved against this timeline, as if it were the movie's.
    camera: options.camera ? {
      request: { follow: null, followRadiusKm: null, followSmoothingMs: null, keyframes: null, ...options.camera },
      movieSpanMs: [timeline.startMs, timeline.endMs], dataMsPerMovieSecond: (timeline.endMs - timeline.startMs) / (timeline.frameCount / timeline.fps),
    } : null,
    heatmap: options.heatmap ? {
      style: resolveHeatmapStyle({ theme: options.theme, ...options.heatmap }, options.trailDurationMs ?? 60_000, width, height), legend: options.legend ?? false,
    } : null,
    decorations: resolveDecorations({
      textColor: text, ...(options.decorations ?? { clock: false }),
      legend: options.legend ? buildLegend(style, set.objectIds, coloring) : null,
    }),
  }));
}

// A straight track from (lon0, lat) to (lon1, lat), one point every stepMs from t0.
export function straightTrack(id: string, t0: number, stepMs: number, count: number, lon0: number, lon1: number, lat: number): Track {
  const points: Track['points'] = [];
  for (let i = 0; i < count; i++) points.push([t0 + i * stepMs, lon0 + ((lon1 - lon0) * i) / (count - 1), lat]);
  return { id, points };
}
