// How the input was read, in words: one notice per kind of skipped row (count and first lines),
// and the per-file account `trackreel info` prints (format, delimiter, header, which column
// became id / time / position and why, the time format and zone, and the flag for each choice).
import { ELAPSED_CLOCK_FORMAT, formatClock } from '../clock/format-clock.js';
import type { FileReading, ReadReport, SkipTally } from '../input/point-table.js';
import { formatDurationFlag } from '../options/parse-values.js';
import { kmhTo, type SpeedUnit } from '../style/speed-units.js';
import type { AssemblyReport } from '../trajectory/trajectory-set.js';

const KIND_WORDS: Record<string, string> = {
  'no position': 'rows without a position',
  'not available': 'rows at the AIS "not available" position (lon 181 / lat 91)',
  'no time': 'rows without a time',
  'no id': 'rows without an object id',
  malformed: "malformed rows (a field count other than the file's)",
  'unreadable time': 'rows with an unreadable time',
  'bad coordinate': 'rows with a bad coordinate',
  'bad row': 'bad rows',
};

// "file: skipped 93 rows without a position (lines 21, 40, 41, 57, 98, ...)".
export function skipNotice(t: SkipTally): string {
  const lines = t.lines.length ? ` (line${t.lines.length === 1 ? '' : 's'} ${t.lines.join(', ')}${t.count > t.lines.length ? ', ...' : ''})` : '';
  const what = t.count === 1 ? (KIND_WORDS[t.kind] ?? 'bad rows').replace(/^rows/, 'row').replace(/^malformed rows/, 'malformed row').replace(/^bad rows/, 'bad row') : KIND_WORDS[t.kind] ?? 'bad rows';
  return `${t.file}: skipped ${t.count} ${what}${lines}: ${t.example}`;
}

export function skipNotices(report: ReadReport): string[] {
  return report.skipTallies.map(skipNotice);
}

// The "reading:" block of `trackreel info`, one indented paragraph per file.
export function readingLines(readings: readonly FileReading[]): string[] {
  const out: string[] = [];
  for (const r of readings) {
    out.push(`  ${r.file}: ${r.format}${r.delimiter ? `, ${r.delimiter}-delimited` : ''}${r.header ? `; column names from ${r.header}` : ''}`);
    for (const c of r.columns) out.push(`    ${c.role.padEnd(13)} ${c.column}: ${c.why}${c.flag ? ` (${c.flag} changes it)` : ''}`);
    if (r.time) out.push(`    ${'times'.padEnd(13)} ${r.time}`);
    for (const n of r.notes) out.push(`    note: ${n}`);
  }
  return out;
}

// ", gaps: over 20h or over 100 km faster than 307 kn, from the data's steps" when the split
// thresholds came from the data (see trajectory/sampling-separation.ts); empty otherwise. The
// speed is in the movie's speed unit (km/h when none is given); plane units per hour for x/y data.
export function separationText(a: AssemblyReport, domain: string, speedUnit: SpeedUnit = 'km/h'): string {
  if (a.separationFromData.length === 0) return '';
  const unit = domain === 'cartesian' ? 'units' : 'km';
  const distance = `${Math.round(a.separationDistance).toLocaleString('en')} ${unit}`;
  const speed = domain === 'cartesian' ? `${Math.round(a.separationSpeed).toLocaleString('en')} units/h`
    : `${Math.round(kmhTo(a.separationSpeed, speedUnit)).toLocaleString('en')} ${speedUnit}`;
  const jump = a.separationSpeed > 0 ? `${distance} faster than ${speed}` : distance;
  return `, gaps: over ${formatDurationFlag(a.separationTimeMs)} or ${jump}, from the data's steps (--separation-time / --separation-distance set them)`;
}

// What relative times (seconds from 0, see input/point-times.ts) do to the clock; the same words
// in `trackreel info` and the render summary.
export const RELATIVE_TIMES_LINE = 'times are relative (seconds from 0): the clock shows elapsed time (--clock-format with a pattern shows them as 1970 dates instead)';

// "6 s .. 2486.511 s from 0 (00:00:06 .. 00:41:26 elapsed)".
export function relativeSpanText(spanMs: readonly [number, number]): string {
  const clock = { format: ELAPSED_CLOCK_FORMAT, timeZone: null, utcOffsetHours: 0, label: null };
  return `${spanMs[0] / 1000} s .. ${spanMs[1] / 1000} s from 0 (${formatClock(spanMs[0], clock)} .. ${formatClock(spanMs[1], clock)} elapsed)`;
}
