// Options: How files are read. One entry per option (see option-definition.ts).
import { z } from 'zod';
import { parseColumn, parseDurationMs, parseIntStrict } from '../parse-values.js';
import { int, column, durationMs, list } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';
import { INPUT_FORMATS } from '../../input/input-options.js';

export const INPUT_OPTIONS = [
  // input
  { key: 'format', group: 'input', flag: '--format <name>', description: 'Input format: tracktable-points (CSV/TSV), ais-csv, trips-csv (a whole trip per row, e.g. Porto taxi POLYLINE), traj (tracktable), geojson, trips-json (deck.gl), tracktable-json, moving-features (OGC MF-JSON), google-takeout (location history), readsb-trace (tar1090), gpx, kml, tcx, igc, nmea (0183 logs), parquet (GeoParquet too); .gz of any of them.', defaultText: 'auto (from extension and content)',
    expected: `one of ${INPUT_FORMATS.join(', ')}`, schema: z.enum(INPUT_FORMATS) },
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
  { key: 'naValues', group: 'input', flag: '--na-values <tokens>', description: 'More tokens meaning "no value", comma-separated (always: empty, NULL, NA, N/A, NaN, None, -).',
    defaultText: 'none', expected: 'a list of tokens', schema: z.array(z.string()), fromCli: list },
  { key: 'skipLines', group: 'input', flag: '--skip-lines <n>', description: 'Physical lines to skip at the start of each file.',
    defaultText: '0', expected: 'an integer >= 0', schema: int(0, 1e9), fromCli: parseIntStrict },
  { key: 'lenient', group: 'input', flag: '--lenient', description: 'Skip and count bad rows instead of stopping at the first one.',
    defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'domain', group: 'input', flag: '--domain <name>', description: 'Coordinates are lon/lat on the Earth (terrestrial) or x/y in a plane (cartesian).',
    defaultText: 'auto', expected: 'one of auto, terrestrial, cartesian', schema: z.enum(['auto', 'terrestrial', 'cartesian']) },
  { key: 'tripStepMs', group: 'input', flag: '--trip-step <duration>', description: 'Time between the positions of a trip-per-row CSV (trips-csv) whose rows give only a start time (the Porto taxi data samples every 15 s).',
    defaultText: '15s', expected: 'a duration such as 15s', schema: durationMs, fromCli: parseDurationMs },
] as const satisfies readonly OptionDefinition[];
