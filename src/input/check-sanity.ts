// Checks that a file was read as what it is, before anything is rendered: a file whose rows are
// mostly malformed, ids that are record types ("$GPRMC": an NMEA log read as a table), or
// coordinates that are integers far beyond ±180 (degrees × 10^7, projected metres) are errors or
// warnings; so is a table where most objects have one point (a wrong id column).
import { inputError } from '../errors/messages.js';
import type { InputOptions } from './input-options.js';
import type { PointTableBuilder } from './point-table-builder.js';
import type { FileReading, PointTable } from './point-table.js';
import type { FileReadResult } from './read-context.js';
import { readHead } from './read-head.js';
import { RELATIVE_LIMIT_MS } from './point-times.js';
import type { SkipLog } from './skip-log.js';

const RECORD_TYPE = /^[$!][A-Z]{2}[A-Z]{3}$/;

// What the first lines of a file look like, for "it looks like ..." in an error.
export async function describeContent(path: string): Promise<string> {
  const text = (await readHead(path, 4096)).text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 20);
  if (lines.filter((l) => /^[$!][A-Z]{2}[A-Z]{3},/.test(l)).length > lines.length / 2) return 'an NMEA 0183 log (lines start with $GPRMC, $GPGGA, ...)';
  if (/^[[{]/.test(lines[0] ?? '')) return 'JSON';
  if (/^</.test(lines[0] ?? '')) return 'XML';
  if (/^A[A-Z0-9]{3}/.test(lines[0] ?? '') && lines.some((l) => /^H[FOP]/.test(l))) return 'an IGC flight log';
  const counts = lines.map((l) => l.split(',').length);
  return `text whose lines have between ${Math.min(...counts)} and ${Math.max(...counts)} comma-separated fields`;
}

export async function checkFile(
  path: string, result: FileReadResult, builder: PointTableBuilder, firstPoint: number, firstObject: number,
  skips: SkipLog, options: InputOptions, warnings: string[],
): Promise<void> {
  const malformed = skips.countOf(path, 'malformed');
  // Issue 14.13: an NMEA log read as points, most rows skipped, exit 0. Most rows broken means
  // the file is not the table it was taken for.
  if (result.rowsRead >= 10 && malformed > result.rowsRead / 2) {
    throw inputError('INPUT_PARSE',
      `${malformed} of ${result.rowsRead} rows are malformed (their field count differs from the first data row's), so this is not a table of points; it looks like ${await describeContent(path)}; give --format if it is one of the formats trackreel reads`,
      { file: path });
  }
  const ids = builder.objectIds.slice(firstObject);
  const recordLike = ids.filter((id) => RECORD_TYPE.test(id));
  if (ids.length > 0 && recordLike.length > ids.length / 2) {
    throw inputError('INPUT_PARSE',
      `the object ids look like record types (${recordLike.slice(0, 3).join(', ')}), not objects; it looks like ${await describeContent(path)}; give --format or --id-column`,
      { file: path });
  }
  if (options.domain === 'auto') checkIntegerCoordinates(path, builder, firstPoint, warnings);
}

// Coordinates that are all integers, some far beyond ±180: degrees × 10^7 (Google's latitudeE7)
// cannot be drawn right as they are; anything else is taken as projected metres, with a warning.
function checkIntegerCoordinates(path: string, builder: PointTableBuilder, from: number, warnings: string[]): void {
  let maxX = 0, maxY = 0;
  for (let i = from; i < builder.length; i++) {
    const x = builder.lon.get(i), y = builder.lat.get(i);
    if (!Number.isInteger(x) || !Number.isInteger(y)) return;
    maxX = Math.max(maxX, Math.abs(x));
    maxY = Math.max(maxY, Math.abs(y));
  }
  if (builder.length === from || (maxX <= 180 && maxY <= 180)) return;
  if (maxX > 1e6 && maxX <= 1.8e9 && maxY <= 9e8 && maxY > 1e5) {
    throw inputError('INPUT_PARSE',
      `every coordinate is an integer, up to ${maxX} / ${maxY}: these look like degrees × 10^7 (E7 values, as Google location history writes them), not degrees; divide them by 10,000,000, or pass --domain cartesian to draw them as plain x/y`,
      { file: path });
  }
  warnings.push(`${path}: every coordinate is an integer, up to ${maxX} / ${maxY}: read as x/y in a plane (projected metres?), drawn without a map; --domain cartesian says so and silences this`);
}

// Times before 1973 are almost never real dates: they count from the start of something or are
// not times at all. Plain numbers under 1e8 s are read as relative times (point-times.ts), which
// `trackreel info` and the render summary say; anything else that small is worth a warning.
const SMALL_TIME_MS = RELATIVE_LIMIT_MS;

// Table-wide checks after every file is read.
export function checkTable(table: PointTable, readings: FileReading[], warnings: string[], timesRelative = false): void {
  let tMin = Infinity, tMax = -Infinity;
  for (let i = 0; i < table.length; i++) { const t = table.t[i]; if (t < tMin) tMin = t; if (t > tMax) tMax = t; }
  if (!timesRelative && table.length > 0 && tMin >= 0 && tMax < SMALL_TIME_MS) {
    const timeColumns = readings.flatMap((r) => r.columns.filter((c) => c.role === 'time').map((c) => c.column));
    warnings.push(`every time is a small number (${tMin / 1000} .. ${tMax / 1000} s, so in 1970-1973 as Unix time)${timeColumns.length ? ` in ${[...new Set(timeColumns)].join(', ')}` : ''}: if they count from the start of the data, the clock shows 1970 dates; if they are not times, name the time column with --time-column`);
  }
  const counts = new Uint32Array(table.objectIds.length);
  for (let i = 0; i < table.length; i++) counts[table.objectIndex[i]]++;
  let single = 0;
  for (const c of counts) if (c === 1) single++;
  if (counts.length >= 10 && single > counts.length / 2) {
    const idColumns = readings.flatMap((r) => r.columns.filter((c) => c.role === 'id').map((c) => `${c.column}, ${c.why}`));
    warnings.push(`${single} of ${counts.length} objects have a single point (dots, no trails)` +
      (idColumns.length ? `; the id came from ${[...new Set(idColumns)].join('; ')}: if that column does not say which object a row belongs to (a row number, a message id), name the one that does with --id-column` : ''));
  }
}
