// trajectories + timeline + resolved options -> the Scene every worker draws from.
import type { Timeline } from '../clock/timeline.js';
import { resolveMapSpec } from '../map/resolve-map-spec.js';
import { buildScene } from '../render/build-scene.js';
import type { Scene } from '../render/scene.js';
import { resolveDecorations, resolveTrailStyle } from '../style/default-style.js';
import { scalarColumn } from '../style/scalar-column.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export function prepareScene(trajectories: TrajectorySet, timeline: Timeline, options: ResolvedMovieOptions): Scene {
  const { map, style, decorations } = options;
  const mapSpec = resolveMapSpec({
    width: map.width, height: map.height, domain: trajectories.domain, dataBbox: trajectories.bbox,
    map: map.map, bbox: orUndefined(map.bbox), projection: map.projection, marginFraction: map.marginFraction, layers: map.layers,
  });
  const { scalar, min, max } = scalarColumn(trajectories, style.colorBy, orUndefined(style.scalarRange));
  return buildScene({
    trajectories, timeline, trailDurationMs: options.timeline.trailDurationMs, width: map.width, height: map.height,
    map: mapSpec, scalar,
    style: resolveTrailStyle({
      colormap: style.colormap, colorBy: style.colorBy, lineWidth: orUndefined(style.lineWidth), taper: style.taper,
      headRadius: orUndefined(style.headRadius), headColor: orUndefined(style.headColor),
    }, [min, max]),
    decorations: resolveDecorations({
      clock: decorations.clock, timeZone: orUndefined(decorations.timeZone), utcOffsetHours: decorations.utcOffsetHours,
      clockLabel: orUndefined(decorations.clockLabel), title: orUndefined(decorations.title),
    }),
  });
}
