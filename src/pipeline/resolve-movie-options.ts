// The second layer of options: every field present, defaults applied in one place. Stage code
// only accepts these resolved options, never the public, mostly-optional ones.
import { DEFAULT_INPUT_OPTIONS } from '../input/input-options.js';
import { availableParallelism } from 'node:os';
import type { CameraKeyframeInput, CameraRequest } from '../camera/camera-plan.js';
import type { IntermediateCodec } from '../encode/codecs.js';
import type { InputOptions } from '../input/input-options.js';
import type { CoastlineSource, LayerName, LineLayerName, TerrestrialProjectionName } from '../map/map-spec.js';
import { DEFAULT_SIZE } from '../options/data-defaults.js';
import type { ValidatedMovieOptions } from '../options/render-options.js';
import type { MovieType } from '../heatmap/heatmap-style.js';
import type { ThemeName } from '../style/themes.js';
import type { HeadShape } from '../style/trail-style.js';
import type { SpeedUnit } from '../style/speed-units.js';
import type { Anchor } from '../style/decoration-style.js';

export interface ResolvedMovieOptions {
  input: InputOptions;
  assembly: { separationTimeMs: number | null; separationDistance: number | null; minPoints: number; objects: string[] | null; exclude: string[] | null };
  timeline: { fps: number; durationMs: number; startMs: number | null; endMs: number | null; trailDurationMs: number; skipIdle: boolean };
  map: {
    width: number; height: number; map: string; bbox: [number, number, number, number] | null;
    projection: TerrestrialProjectionName; projectionCenter: [number, number] | null; parallels: [number, number] | null;
    marginFraction: number;
    coastlineSource: CoastlineSource;
    // --overlay files, each with its own look or null for --overlay-color/-width/-fill.
    overlays: Array<{ file: string; color: string | null; width: number | null; fill: number | null }>;
    overlayColor: string | null; overlayWidth: number; overlayFill: number;
    layers: Record<LayerName, boolean>;
    // Around airport:/city:/port: maps (null = the kind's default).
    mapRadiusKm: number | null;
    graticuleStepDeg: number | 'auto';
    // null = the 25 biggest cities in view.
    citiesMinPopulation: number | null;
    lineWidths: Partial<Record<LineLayerName, number>>;
    // --basemap (null: Natural Earth only); attribution null = the tile set's own.
    basemap: { source: string; attribution: string | null; offline: boolean } | null;
    theme: ThemeName;
    // Colour overrides (null = the theme's).
    colors: {
      land: string | null; sea: string | null; coastline: string | null; border: string | null; graticule: string | null; text: string | null;
      lake: string | null; state: string | null; city: string | null;
    };
  };
  style: {
    // null = the theme's colour map.
    // lineWidth: a number, 'taper' or a numeric property; null = the default taper.
    colormap: string | null; colorBy: string; scalarRange: [number, number] | null; lineWidth: number | string | null;
    taper: boolean; headRadius: number | null; headColor: string | null; head: HeadShape; legend: boolean;
    // --head icon:FILE: the image file (head is then 'icon').
    headIcon: string | null; headSize: number | null; headScale: boolean;
    lineWidthRange: [number, number] | null; tailOpacity: number | null; fadeMs: number; zOrder: string | null;
    highlight: string[]; label: string | null; labelSize: number | null;
    // Segments longer than this (km) follow the great circle; 0: straight.
    greatCircleKm: number;
    // null = the data's default (kn with an AIS SOG, else km/h), read where the data is.
    speedUnits: SpeedUnit | null;
  };
  // --movie-type heatmap and its look (null = default: the trail duration, 16 px, sampled maximum).
  heatmap: { movieType: MovieType; windowMs: number | null; radius: number | null; max: number | null; trails: boolean };
  // --follow / --camera (resolved against the data into a plan when the scene is built).
  camera: CameraRequest;
  decorations: {
    clock: boolean; timeZone: string | null; utcOffsetHours: number; clockLabel: string | null; title: string | null;
    subtitle: string | null; titleAnchor: Anchor; clockAnchor: Anchor; clockStyle: 'digital' | 'analog';
    // null = the default pattern; legendAnchor null = the first free corner; colorLabel null = the property's name.
    clockFormat: string | null; legendAnchor: Anchor | null; colorLabel: string | null;
    scaleBar: boolean; scaleUnits: 'km' | 'mi'; scaleBarAnchor: Anchor; northArrow: boolean; northArrowAnchor: Anchor;
    // Path of the logo PNG (read by prepareScene).
    logo: string | null; logoAnchor: Anchor; logoSize: number; attributionAnchor: Anchor;
  };
  output: {
    intermediateCodec: IntermediateCodec; direct: boolean; twoPass: boolean; crf: number | null; preset: string; encoderArgs: string[];
    artist: string | null; comment: string | null; overwrite: boolean;
  };
  execution: {
    workers: number; batchSize: number | null; ffmpegPath: string | null; ffprobePath: string | null;
    workDir: string | null; keepWork: boolean;
    // A distributed render: the Redis URL and the shared store (both or neither).
    redis: string | null; store: string | null;
  };
}

export const DEFAULT_FPS = 30;
// Used only where no data is read (the options alone); with data, src/options/data-defaults.ts.
export const DEFAULT_DURATION_MS = 60_000;
export const DEFAULT_TRAIL_MS = 5 * 60_000;

export function resolveMovieOptions(o: ValidatedMovieOptions): ResolvedMovieOptions {
  const [width, height] = (o.size as [number, number] | undefined) ?? DEFAULT_SIZE;
  return {
    input: {
      format: o.format ?? 'auto', delimiter: o.delimiter ?? 'auto',
      idColumn: o.idColumn, timeColumn: o.timeColumn, xColumn: o.xColumn, yColumn: o.yColumn,
      timeFormat: o.timeFormat ?? 'auto', inputTimeZone: o.inputTimeZone ?? 'UTC', skipLines: o.skipLines ?? 0,
      lenient: o.lenient ?? false, domain: o.domain ?? 'auto', naValues: (o.naValues as string[] | undefined) ?? [],
      tripStepMs: o.tripStepMs ?? DEFAULT_INPUT_OPTIONS.tripStepMs,
    },
    assembly: {
      separationTimeMs: o.separationTimeMs ?? null,
      separationDistance: o.separationDistanceKm ?? null,
      minPoints: o.minPoints ?? 2,
      objects: (o.objects as string[] | undefined) ?? null, exclude: (o.exclude as string[] | undefined) ?? null,
    },
    timeline: {
      fps: o.fps ?? DEFAULT_FPS, durationMs: o.durationMs ?? DEFAULT_DURATION_MS,
      startMs: o.startTime ?? null, endMs: o.endTime ?? null, trailDurationMs: o.trailDurationMs ?? DEFAULT_TRAIL_MS,
      skipIdle: o.skipIdle ?? false,
    },
    map: {
      width, height, map: o.map ?? 'auto', bbox: (o.bbox as [number, number, number, number] | undefined) ?? null,
      projection: o.projection ?? 'equirectangular', marginFraction: o.marginFraction ?? 0.1, coastlineSource: o.coastlineSource ?? 'auto',
      overlays: (o.overlay === undefined ? [] : typeof o.overlay === 'string' ? [o.overlay] : o.overlay)
        .map((entry) => (typeof entry === 'string' ? { file: entry, color: null, width: null, fill: null } : { file: entry.file, color: entry.color ?? null, width: entry.width ?? null, fill: entry.fill ?? null })),
      overlayColor: o.overlayColor ?? null, overlayWidth: o.overlayWidth ?? 1.2, overlayFill: o.overlayFill ?? 0.15,
      projectionCenter: (o.projectionCenter as [number, number] | undefined) ?? null, parallels: (o.parallels as [number, number] | undefined) ?? null,
      theme: o.theme ?? 'dark',
      basemap: o.basemap ? { source: o.basemap, attribution: o.basemapAttribution ?? null, offline: o.offline ?? false } : null,
      colors: {
        land: o.landColor ?? null, sea: o.seaColor ?? null, coastline: o.coastlineColor ?? null, border: o.borderColor ?? null,
        graticule: o.graticuleColor ?? null, text: o.textColor ?? null,
        lake: o.lakeColor ?? null, state: o.stateColor ?? null, city: o.cityColor ?? null,
      },
      layers: resolveLayers(o),
      mapRadiusKm: o.mapRadiusKm ?? null, graticuleStepDeg: o.graticuleStepDeg ?? 'auto', citiesMinPopulation: o.cities ?? null,
      lineWidths: Object.fromEntries(Object.entries({
        coastlines: o.coastlineWidth, lakes: o.coastlineWidth, borders: o.borderWidth, states: o.stateWidth, provinces: o.stateWidth, graticule: o.graticuleWidth,
      }).filter(([, w]) => w !== undefined)),
    },
    style: {
      colormap: o.colormap ?? null, colorBy: o.colorBy ?? 'progress',
      scalarRange: (o.scalarRange as [number, number] | undefined) ?? null, lineWidth: o.lineWidth ?? null,
      taper: o.taper ?? true, headRadius: o.headRadius ?? null, headColor: o.headColor ?? null,
      headIcon: o.head?.startsWith('icon:') ? o.head.slice('icon:'.length) : null, headSize: o.headSize ?? null, headScale: o.headScale ?? false,
      head: o.head?.startsWith('icon:') ? 'icon' : (o.head as HeadShape | undefined) ?? 'dot', legend: o.legend ?? true,
      lineWidthRange: (o.lineWidthRange as [number, number] | undefined) ?? null, tailOpacity: o.tailOpacity ?? null,
      fadeMs: o.fadeMs ?? 0, zOrder: o.zOrder ?? null, highlight: (o.highlight as string[] | undefined) ?? [],
      label: o.label ?? null, labelSize: o.labelSize ?? null, greatCircleKm: o.greatCircleKm ?? 50,
      speedUnits: (o.speedUnits as SpeedUnit | undefined) ?? null,
    },
    heatmap: {
      movieType: o.movieType ?? 'trails', windowMs: o.heatmapWindowMs ?? null, radius: o.heatmapRadius ?? null,
      max: o.heatmapMax ?? null, trails: o.heatmapTrails ?? false,
    },
    camera: {
      follow: o.follow ?? null, followRadiusKm: o.followRadiusKm ?? null, followSmoothingMs: o.followSmoothingMs ?? null,
      keyframes: (o.camera as Array<{ time: number; center?: [number, number]; radiusKm?: number; bbox?: [number, number, number, number] }> | undefined)
        ?.map(({ time, ...view }) => ({ timeMs: time, ...view }) as CameraKeyframeInput) ?? null,
    },
    decorations: {
      clock: o.clock ?? true, timeZone: o.timeZone ?? null, utcOffsetHours: o.utcOffsetHours ?? 0,
      clockLabel: o.clockLabel ?? null, title: o.title ?? null,
      subtitle: o.subtitle ?? null, titleAnchor: o.titleAnchor ?? 'top', clockAnchor: o.clockAnchor ?? 'bottom-right', clockStyle: o.clockStyle ?? 'digital',
      clockFormat: o.clockFormat ?? null, legendAnchor: o.legendAnchor ?? null, colorLabel: o.colorLabel ?? null,
      scaleBar: (o.scaleBar ?? false) || (o.layers?.includes('scale-bar') ?? false), scaleUnits: o.scaleUnits ?? 'km', scaleBarAnchor: o.scaleBarAnchor ?? 'bottom-left',
      northArrow: (o.northArrow ?? false) || (o.layers?.includes('north-arrow') ?? false), northArrowAnchor: o.northArrowAnchor ?? 'top-right',
      logo: o.logo ?? null, logoAnchor: o.logoAnchor ?? 'top-left', logoSize: o.logoSize ?? 0.15, attributionAnchor: o.attributionAnchor ?? 'bottom-right',
    },
    output: {
      intermediateCodec: o.intermediateCodec ?? 'libx264rgb', direct: o.direct ?? false, twoPass: o.twoPass ?? false, crf: o.crf ?? null, preset: o.preset ?? 'veryfast',
      encoderArgs: (o.encoderArgs as string[] | undefined) ?? [], artist: o.artist ?? null, comment: o.comment ?? null,
      overwrite: o.overwrite ?? false,
    },
    execution: {
      workers: o.workers ?? availableParallelism(), batchSize: o.batchSize ?? null,
      ffmpegPath: o.ffmpegPath ?? null, ffprobePath: o.ffprobePath ?? null, workDir: o.workDir ?? null, keepWork: o.keepWork ?? false,
      redis: o.redis ?? null, store: o.store ?? null,
    },
  };
}

// --layers names exactly the map layers drawn; without it the --no-LAYER switches apply, lakes and
// provinces are on, graticule labels follow --graticule-labels and cities --cities.
function resolveLayers(o: ValidatedMovieOptions): Record<LayerName, boolean> {
  if (o.layers) {
    const listed = new Set<string>(o.layers);
    return {
      land: listed.has('land'), lakes: listed.has('lakes'), coastlines: listed.has('coastlines'), borders: listed.has('borders'),
      states: listed.has('states'), provinces: listed.has('provinces'), graticule: listed.has('graticule'),
      graticuleLabels: listed.has('graticule-labels'), cities: listed.has('cities'),
    };
  }
  return {
    land: o.land ?? true, lakes: o.lakes ?? true, coastlines: o.coastlines ?? true, borders: o.borders ?? true,
    states: o.states ?? true, provinces: o.provinces ?? true, graticule: o.graticule ?? true,
    graticuleLabels: o.graticuleLabels ?? false, cities: o.cities !== undefined,
  };
}
