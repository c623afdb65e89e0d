// Options: How trails, heads and labels are drawn (and heatmap movies). One entry per option (see option-definition.ts).
import { z } from 'zod';
import { MOVIE_TYPES } from '../../heatmap/heatmap-style.js';
import { parseDurationMs, parseNumber, parseRange } from '../parse-values.js';
import { durationMs, colorName, parsePair, list, objectIdList } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';
import { defaultSpeedUnits } from '../data-defaults.js';
import { SPEED_UNITS } from '../../style/speed-units.js';

export const STYLE_OPTIONS = [
  // style
  { key: 'colormap', group: 'style', flag: '--colormap <name>', description: 'Colour map: a matplotlib name (viridis, plasma, inferno, magma, gist_heat, hsv, sinebow, ...) or CSS colours separated by commas ("navy,#00ff88,yellow": spread evenly for numbers, used in order for categories); add _r to reverse either.',
    defaultText: 'from the theme (cyclic sinebow for heading and time-of-day; Tableau 10 for categories)', expected: 'a colour map name or CSS colours separated by commas', schema: z.string().min(1) },
  { key: 'colorBy', group: 'style', flag: '--color-by <property>', description: 'What colours the trails, looked up in this order: progress (along the visible trail), id (a colour per object), category:NAME (a numeric property as categories), a numeric property (colour bar), a text property (a colour per value, most frequent first, the rest "other" in grey), or a scalar derived from positions and times: speed (in --speed-units; units/s for x/y data), heading (degrees from north), climb (altitude change per minute), trajectory-progress (0 at a trajectory\'s first point, 1 at its last), time-of-day (hours in the clock\'s zone).',
    defaultText: 'progress', expected: 'progress, id, a property name, category:NAME or speed, heading, climb, trajectory-progress, time-of-day', schema: z.string().min(1) },
  { key: 'speedUnits', group: 'style', flag: '--speed-units <unit>', description: 'Unit of every speed shown (colour key, labels, info): kn, km/h or mph. The derived speed and AIS speed over ground (SOG, in knots) are converted to it, and --scalar-range is read in it; x/y data keeps units/s.',
    defaultText: 'from the data: kn when it has an AIS SOG column, else km/h', fromData: defaultSpeedUnits, expected: `one of ${SPEED_UNITS.join(', ')}`, schema: z.enum(SPEED_UNITS) },
  { key: 'scalarRange', group: 'style', flag: '--scalar-range <min,max>', description: 'Property values mapped to the ends of the colour map.',
    defaultText: '2nd and 98th percentile of the data', expected: 'two numbers MIN,MAX', schema: z.tuple([z.number(), z.number()]), fromCli: parseRange },
  { key: 'lineWidth', group: 'style', flag: '--line-width <px|taper|property>', description: 'Trail width: a number (width at the head, in pixels of a 600-pixel-high frame, scaled with the frame), taper (the default tapered trail) or a numeric point property (width from its 2nd..98th percentile mapped onto --line-width-range).',
    defaultText: 'taper, 2.5 at the head', expected: 'a number between 0.1 and 50, taper or a numeric property name',
    schema: z.union([z.number().min(0.1).max(50), z.string().min(1)]), fromCli: (raw) => (/^\s*[-+.\d]/.test(raw) ? parseNumber(raw) : raw.trim()) },
  { key: 'lineWidthRange', group: 'style', flag: '--line-width-range <min,max>', description: 'With --line-width PROPERTY: the widths (pixels of a 600-pixel-high frame) the property\'s range maps to.',
    defaultText: '1,6', expected: 'two widths MIN,MAX', schema: z.tuple([z.number().min(0).max(50), z.number().min(0).max(50)]), fromCli: (raw) => parsePair(raw, 'MIN,MAX') },
  { key: 'greatCircleKm', group: 'style', flag: '--great-circle <km>', description: 'Lon/lat segments longer than this follow the great circle (drawn through points this far apart), so sparse tracks curve as flown and heads between far points sit on the arc; 0 draws straight lines in the projection. Plane (x/y) data is always straight.',
    defaultText: '50', expected: 'a number of km >= 0', schema: z.number().min(0), fromCli: parseNumber },
  { key: 'taper', group: 'style', flag: '--no-taper', description: 'Keep the trail width constant instead of narrowing toward the tail.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'tailOpacity', group: 'style', flag: '--tail-opacity <0..1>', description: 'Opacity at the tail end of each trail, rising linearly to 1 at the head (1: opaque).',
    defaultText: '1 colouring by progress (the colour map already fades the tail), else 0.3 (0.6 on the light theme)', expected: 'a number between 0 and 1', schema: z.number().min(0).max(1), fromCli: parseNumber },
  { key: 'fadeMs', group: 'style', flag: '--fade <duration>', description: 'Objects fade in over the first <duration> of their data and out over <duration> after their last point (trail and head), instead of popping in and out.',
    defaultText: '0 (off)', expected: 'a duration such as 30s', schema: durationMs, fromCli: parseDurationMs },
  { key: 'zOrder', group: 'style', flag: '--z-order <property>', description: 'Draw objects with a higher value of this numeric property at their head on top (e.g. altitude).',
    defaultText: 'data order', expected: 'a numeric property name', schema: z.string().min(1) },
  { key: 'highlight', group: 'style', flag: '--highlight <ids>', description: 'Draw these objects (comma-separated ids; config: an array) on top, twice as thick, with a larger head; their labels are placed first.',
    defaultText: 'none', expected: 'a list of object ids', schema: objectIdList, fromCli: list },
  { key: 'label', group: 'style', flag: '--label <id|property>', description: 'Text next to each head: the object id or a point property\'s current value; labels that would overlap are left out.',
    defaultText: 'none', expected: 'id or a property name', schema: z.string().min(1) },
  { key: 'labelSize', group: 'style', flag: '--label-size <px>', description: 'Label text size, in pixels of a 600-pixel-high frame.',
    defaultText: '11', expected: 'a number between 2 and 200', schema: z.number().min(2).max(200), fromCli: parseNumber },
  { key: 'headRadius', group: 'style', flag: '--head-radius <px>', description: 'Radius of the dot at the head (0: none), in pixels of a 600-pixel-high frame.',
    defaultText: 'see style defaults', expected: 'a number between 0 and 50', schema: z.number().min(0).max(50), fromCli: parseNumber },
  { key: 'head', group: 'style', flag: '--head <shape>', description: 'What marks where each object is now: a dot, an arrow along its direction of motion, a plane or a ship turned to its heading (a heading property such as AIS Heading, else a course such as COG or ADS-B track while it moves, else its direction of motion; kept while it rests, smoothed over 30 s), icon:FILE.png|FILE.svg (an image, pointing up, drawn in the head colour and turned the same way), or none.',
    defaultText: 'dot', expected: 'one of dot, arrow, plane, ship, none, or icon:FILE', schema: z.union([z.enum(['dot', 'arrow', 'plane', 'ship', 'none']), z.string().regex(/^icon:.+/)]) },
  { key: 'headSize', group: 'style', flag: '--head-size <px>', description: 'Length of plane, ship and icon heads, in pixels of a 600-pixel-high frame.',
    defaultText: '10', expected: 'a number between 2 and 200', schema: z.number().min(2).max(200), fromCli: parseNumber },
  { key: 'headScale', group: 'style', flag: '--head-scale', description: 'With --head ship: draw ships at their true size from AIS dimensions (A+B long, C+D wide, placed from the antenna; else Length and Width) wherever that is at least 6 pixels long, the symbol elsewhere.',
    defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'legend', group: 'style', flag: '--no-legend', description: 'Do not draw the colour bar (numeric property) or the legend (categories).', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'headColor', group: 'style', flag: '--head-color <color>', description: 'Colour of the head dot, or "scalar" for the colour map\'s colour at the head.',
    defaultText: 'the trail\'s colour (scalar) when colouring by id, a category or a property; else the theme\'s (white on dark)', expected: 'a CSS colour or "scalar"', schema: colorName },
  // heatmap movies
  { key: 'movieType', group: 'style', flag: '--movie-type <type>', description: 'trails (each object\'s recent path) or heatmap (the density of positions over a sliding time window, see --heatmap-*).',
    defaultText: 'trails', expected: `one of ${MOVIE_TYPES.join(', ')}`, schema: z.enum(MOVIE_TYPES) },
  { key: 'heatmapWindowMs', group: 'style', flag: '--heatmap-window <duration>', description: 'Heatmap: frame k shows where objects were over [t_k - window, t_k].',
    defaultText: 'the trail duration', expected: 'a duration longer than 0 such as 30m', schema: durationMs.refine((ms) => ms > 0), fromCli: parseDurationMs },
  { key: 'heatmapRadius', group: 'style', flag: '--heatmap-radius <px>', description: 'Heatmap: radius of the smoothing kernel (about 2 sigma of a Gaussian), in pixels of a 600-pixel-high frame.',
    defaultText: '16', expected: 'a number of pixels between 0.5 and 300', schema: z.number().min(0.5).max(300), fromCli: parseNumber },
  { key: 'heatmapMax', group: 'style', flag: '--heatmap-max <value>', description: 'Heatmap: the density (object-minutes nearby) at the top of the colour map, the same for every frame.',
    defaultText: '90th percentile of the densest point of 24 sampled frames', expected: 'a number > 0', schema: z.number().positive(), fromCli: parseNumber },
  { key: 'heatmapTrails', group: 'style', flag: '--heatmap-trails', description: 'Heatmap: draw the usual trails and heads on top of the density.',
    defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
] as const satisfies readonly OptionDefinition[];
