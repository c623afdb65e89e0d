// trajectories + timeline + resolved options -> the Scene every worker draws from.
import { elapsedDigits, ELAPSED_CLOCK_FORMAT } from '../clock/format-clock.js';
import { smallestFrameStepMs, type Timeline } from '../clock/timeline.js';
import { dataBox } from '../map/data-box.js';
import { robustDataBox, samplePositions } from '../map/robust-box.js';
import { resolveMapSpec } from '../map/resolve-map-spec.js';
import { buildScene } from '../scene/build-scene.js';
import { paintSceneLayers } from '../render/paint-scene-layers.js';
import type { MapOverlays } from '../scene/map-overlays.js';
import { readLogo } from '../render/decorations/read-logo.js';
import { HEAD_ICON_SIZE, readHeadIcon } from '../render/trails/read-head-icon.js';
import type { Scene, UnpaintedScene } from '../scene/scene.js';
import { resolveDecorations, resolveTrailStyle } from '../style/default-style.js';
import { buildLegend } from '../style/legend.js';
import { scalarColumn } from '../style/scalar-column.js';
import { defaultSpeedUnit, knotsProperties } from '../style/speed-units.js';
import { checkStyleProperties, widthColumn } from '../style/style-properties.js';
import { resolveThemeColors } from '../style/themes.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { creditMapData } from './credit-map-data.js';
import { prepareBasemap } from './prepare-basemap.js';
import { readOverlays } from './read-overlays.js';
import { prepareCamera } from './prepare-camera.js';
import { colorWarning } from './render-warnings.js';
import { prepareHeatmap } from './prepare-heatmap.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';
import { plannedFrameCount } from './plan-timeline.js';

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

type Warn = (message: string) => void;

// warn: one line per thing worth knowing before the render starts (e.g. outliers left out of the fit).
// Without a --basemap (its tiles are read asynchronously: prepareMovieScene).
export function prepareScene(trajectories: TrajectorySet, timeline: Timeline, options: ResolvedMovieOptions, warn: Warn = () => {}): Scene {
  return paintSceneLayers(buildUnpaintedScene(trajectories, timeline, options, warn));
}

// The scene with the --basemap's tiles for its views, then its static layers painted.
export async function prepareMovieScene(trajectories: TrajectorySet, timeline: Timeline, options: ResolvedMovieOptions, warn: Warn = () => {}): Promise<Scene> {
  return paintSceneLayers(await prepareBasemap(buildUnpaintedScene(trajectories, timeline, options, warn), options, warn));
}

function buildUnpaintedScene(trajectories: TrajectorySet, timeline: Timeline, options: ResolvedMovieOptions, warn: Warn): UnpaintedScene {
  const { map, style, decorations } = options;
  const auto = map.map === 'auto' && map.bbox === null;
  const fit = auto ? robustDataBox(trajectories) : null;
  if (fit && fit.outlierTrajectories > 0) {
    warn(`${fit.outlierTrajectories} trajector${fit.outlierTrajectories === 1 ? 'y' : 'ies'} (${fit.outlierIds.join(', ')}${fit.outlierTrajectories > fit.outlierIds.length ? ', ...' : ''}) ` +
      `reach${fit.outlierTrajectories === 1 ? 'es' : ''} far outside the rest of the data: ${fit.outlierPoints} point${fit.outlierPoints === 1 ? ' is' : 's are'} off the fitted map; --bbox or --map shows them`);
  }
  const colors = resolveThemeColors({
    theme: map.theme, landColor: orUndefined(map.colors.land), seaColor: orUndefined(map.colors.sea),
    coastlineColor: orUndefined(map.colors.coastline), borderColor: orUndefined(map.colors.border),
    graticuleColor: orUndefined(map.colors.graticule), textColor: orUndefined(map.colors.text),
    lakeColor: orUndefined(map.colors.lake), stateColor: orUndefined(map.colors.state), cityColor: orUndefined(map.colors.city),
  });
  const mapSpec = resolveMapSpec({
    width: map.width, height: map.height, domain: trajectories.domain, dataBbox: fit ? fit.box : dataBox(trajectories),
    fitPoints: fit ? samplePositions(trajectories, fit.box) : undefined,
    map: map.map, bbox: orUndefined(map.bbox), projection: map.projection, marginFraction: map.marginFraction, layers: map.layers,
    center: orUndefined(map.projectionCenter), parallels: orUndefined(map.parallels), colors: colors.map,
    mapRadiusKm: orUndefined(map.mapRadiusKm), graticuleStepDeg: map.graticuleStepDeg, citiesMinPopulation: map.citiesMinPopulation,
    lineWidths: map.lineWidths, coastlineSource: map.coastlineSource, overlays: readOverlays(map),
  });
  const knots = knotsProperties(trajectories);
  const coloring = scalarColumn(trajectories, style.colorBy, orUndefined(style.scalarRange), {
    colormap: style.colormap, timeZone: decorations.timeZone, utcOffsetHours: decorations.utcOffsetHours,
    speedUnit: orUndefined(style.speedUnits),
  });
  const colorIssue = colorWarning(style.colorBy, coloring, style.scalarRange !== null);
  if (colorIssue) warn(colorIssue);
  const { scalar, min, max } = coloring;
  // --line-width: a number, 'taper' (the default tapered trail) or a property the width follows.
  const widthBy = typeof style.lineWidth === 'string' && style.lineWidth !== 'taper' ? style.lineWidth : undefined;
  const trailStyle = resolveTrailStyle({
    colormap: style.colormap ?? undefined, colorBy: style.colorBy,
    lineWidth: typeof style.lineWidth === 'number' ? style.lineWidth : undefined, taper: style.lineWidth === 'taper' || style.taper,
    headRadius: orUndefined(style.headRadius), headColor: orUndefined(style.headColor), head: style.head,
    headSize: orUndefined(style.headSize), headScale: style.headScale, theme: map.theme,
    widthBy, lineWidthRange: orUndefined(style.lineWidthRange), tailOpacity: orUndefined(style.tailOpacity), fadeMs: style.fadeMs,
    zOrder: orUndefined(style.zOrder), highlight: style.highlight, label: orUndefined(style.label), labelSize: orUndefined(style.labelSize),
    labelSpeedUnit: style.label !== null && knots.includes(style.label) ? style.speedUnits ?? defaultSpeedUnit(knots) : null,
  }, [min, max], coloring);
  checkStyleProperties(trajectories, trailStyle);
  return creditMapData(buildScene({
    trajectories, timeline, trailDurationMs: options.timeline.trailDurationMs, width: map.width, height: map.height,
    map: mapSpec, scalar, style: trailStyle, heatmap: prepareHeatmap(trajectories, options),
    lineWidths: trailStyle.widthBy ? widthColumn(trajectories, trailStyle.widthBy, trailStyle.lineWidthRange) : null,
    overlays: resolveOverlays(decorations),
    camera: prepareCamera(trajectories, options), greatCircleStepKm: style.greatCircleKm,
    headIcon: style.headIcon ? { mask: readHeadIcon(style.headIcon), size: HEAD_ICON_SIZE } : null,
    decorations: resolveDecorations({
      clock: decorations.clock, timeZone: orUndefined(decorations.timeZone), utcOffsetHours: decorations.utcOffsetHours,
      clockLabel: orUndefined(decorations.clockLabel), title: orUndefined(decorations.title),
      subtitle: orUndefined(decorations.subtitle), titleAnchor: decorations.titleAnchor, clockAnchor: decorations.clockAnchor, clockStyle: decorations.clockStyle,
      clockFormat: orUndefined(decorations.clockFormat), legendAnchor: orUndefined(decorations.legendAnchor), colorLabel: orUndefined(decorations.colorLabel),
      ...(decorations.clockFormat === ELAPSED_CLOCK_FORMAT ? elapsedClock(trajectories, timeline, options.timeline) : {}),
      textColor: colors.text, legend: style.legend ? buildLegend(trailStyle, trajectories.objectIds, coloring) : null,
    }),
  }), decorations.attributionAnchor);
}

// An elapsed clock counts from 0 for relative times (the data's own zero: deck.gl's currentTime),
// else from the movie's start (--start or the first point); it shows fractions of a second when
// frames are closer than that, a still (one frame) as the movie it is a frame of would.
function elapsedClock(set: TrajectorySet, timeline: Timeline, t: ResolvedMovieOptions['timeline']): { elapsedFromMs: number; elapsedDigits: number } {
  const startMs = t.startMs ?? set.timeSpanMs[0];
  const endMs = t.endMs ?? set.timeSpanMs[1];
  const movieStep = (endMs - startMs) / Math.max(1, plannedFrameCount(t) - 1);
  const step = timeline.frameCount > 1 ? smallestFrameStepMs(timeline) : movieStep;
  return { elapsedFromMs: set.timesRelative ? 0 : startMs, elapsedDigits: elapsedDigits(step) };
}

// Scale bar, north arrow and logo; the logo file is read here, once, by the coordinator.
function resolveOverlays(d: ResolvedMovieOptions['decorations']): MapOverlays {
  return {
    scaleBar: d.scaleBar ? { units: d.scaleUnits, anchor: d.scaleBarAnchor } : null,
    northArrow: d.northArrow ? { anchor: d.northArrowAnchor } : null,
    logo: d.logo ? { png: readLogo(d.logo), anchor: d.logoAnchor, sizeFraction: d.logoSize } : null,
  };
}
