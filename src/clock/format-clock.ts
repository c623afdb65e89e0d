// Frame time -> clock text by a strftime-like pattern (--clock-format), in a fixed offset or an
// IANA zone. Times stay UTC epoch ms everywhere; only this label knows about zones (and DST).
// The field letters are those --time-format reads (input/parse-timestamp.ts), plus weekdays.
// The format 'elapsed' shows time since an origin instead ("00:12:30", "2d 03:00:00"): the
// default for relative times (seconds from 0), where a date would say 1970.
import { invalidOption } from '../errors/messages.js';

// What a clock's text depends on (the style's ClockStyle adds where and how it is drawn).
export interface ClockFormat {
  // An IANA zone (e.g. 'America/New_York'); wins over utcOffsetHours.
  timeZone: string | null;
  utcOffsetHours: number;
  // Text after the time, e.g. 'UTC' or 'EDT'; null = derived from the zone or offset.
  label: string | null;
  // strftime-like pattern of the digital clock, e.g. '%Y-%m-%d %H:%M:%S %Z', or 'elapsed'.
  format: string;
  // For 'elapsed': the time shown as 00:00:00 (default 0, the zero of relative times) and the
  // digits of fractional seconds (default 0; see elapsedDigits). Zones do not apply.
  elapsedFromMs?: number;
  elapsedDigits?: number;
}

// Today's clock: "2020-06-30 00:30:00 UTC".
export const DEFAULT_CLOCK_FORMAT = '%Y-%m-%d %H:%M:%S %Z';
// Time since the origin: "HH:MM:SS", "Nd HH:MM:SS" past a day, "-" before the origin.
export const ELAPSED_CLOCK_FORMAT = 'elapsed';

const isElapsed = (clock: ClockFormat): boolean => clock.format === ELAPSED_CLOCK_FORMAT;

// Fractional digits an elapsed clock shows when frames are frameStepMs of data time apart: none
// at a second or more (or for a still, step 0); below that the fewest that make the tenths,
// hundredths or milliseconds of consecutive frames differ (so the clock visibly runs).
export function elapsedDigits(frameStepMs: number): number {
  if (!(frameStepMs > 0) || frameStepMs >= 1000) return 0;
  return frameStepMs >= 100 ? 1 : frameStepMs >= 10 ? 2 : 3;
}

// "00:12:30", "1d 00:00:00", "00:00:01.5", "-00:00:06": floored to the shown digit, like the
// date clock floors to the second.
function elapsedText(tMs: number, clock: ClockFormat): string {
  const digits = clock.elapsedDigits ?? 0;
  const unitMs = 10 ** (3 - digits);
  const units = Math.floor((tMs - (clock.elapsedFromMs ?? 0)) / unitMs);
  const n = Math.abs(units);
  const perSecond = 1000 / unitMs;
  const fraction = n % perSecond;
  const s = Math.floor(n / perSecond);
  const days = Math.floor(s / 86_400);
  const hms = `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  return `${units < 0 ? '-' : ''}${days > 0 ? `${days}d ` : ''}${hms}${digits > 0 ? `.${pad(fraction, digits)}` : ''}`;
}

const FIELD_HELP = '%Y %y %m %d %e %j %H %I %M %S %p %b %B %a %A %Z %z %F %T %R %%';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// Shorthands, expanded when the pattern is compiled.
const SHORTHANDS: Record<string, string> = { F: '%Y-%m-%d', T: '%H:%M:%S', R: '%H:%M' };
const FIELDS = new Set('YymdejHIMSpbBaAZz');

// A compiled pattern: literal text, or a one-letter field.
type Token = { text: string } | { field: string };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const compiled = new Map<string, Token[]>();

// Throws INVALID_OPTION (clockFormat) for an unknown field or a lone % at the end.
export function compileClockFormat(pattern: string): Token[] {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  const expand = (p: string): void => {
    for (let i = 0; i < p.length; i++) {
      if (p[i] !== '%') { tokens.push({ text: p[i] }); continue; }
      const f = p[++i];
      if (f === '%') tokens.push({ text: '%' });
      else if (f !== undefined && SHORTHANDS[f]) expand(SHORTHANDS[f]);
      else if (f !== undefined && FIELDS.has(f)) tokens.push({ field: f });
      else throw invalidOption('clockFormat', `a strftime-like pattern (${FIELD_HELP})`, pattern);
    }
  };
  expand(pattern);
  compiled.set(pattern, tokens);
  return tokens;
}

// Formatters are slow to build; one per zone per process.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZoneName: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// "UTC", "UTC+02:00", "UTC-03:30".
export function offsetLabel(hours: number): string {
  if (hours === 0) return 'UTC';
  const minutes = Math.round(Math.abs(hours) * 60);
  return `UTC${hours < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

// The wall clock at a whole second: a Date whose UTC fields are the local ones, the offset from
// UTC in minutes and the zone's name ("EDT", "GMT+2", "UTC+02:00").
interface WallClock { wall: Date; offsetMinutes: number; zoneName: string }

function wallClock(tMs: number, clock: ClockFormat): WallClock {
  const t = Math.floor(tMs / 1000) * 1000;
  if (clock.timeZone) {
    const p: Record<string, string> = {};
    for (const part of formatterFor(clock.timeZone).formatToParts(new Date(t))) p[part.type] = part.value;
    // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
    const wall = new Date(0);
    wall.setUTCFullYear(Number(p.year), Number(p.month) - 1, Number(p.day));
    wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
    return { wall, offsetMinutes: Math.round((wall.getTime() - t) / 60_000), zoneName: p.timeZoneName };
  }
  const offsetMs = Math.round(clock.utcOffsetHours * 3_600_000);
  return { wall: new Date(t + offsetMs), offsetMinutes: Math.round(offsetMs / 60_000), zoneName: offsetLabel(clock.utcOffsetHours) };
}

function dayOfYear(wall: Date): number {
  const start = new Date(0);
  start.setUTCFullYear(wall.getUTCFullYear(), 0, 1);
  return Math.floor((wall.getTime() - start.getTime()) / 86_400_000) + 1;
}

function fieldText(field: string, w: WallClock, clock: ClockFormat): string {
  const d = w.wall;
  switch (field) {
    case 'Y': return pad(d.getUTCFullYear(), 4);
    case 'y': return pad(((d.getUTCFullYear() % 100) + 100) % 100);
    case 'm': return pad(d.getUTCMonth() + 1);
    case 'd': return pad(d.getUTCDate());
    case 'e': return String(d.getUTCDate()).padStart(2, ' ');
    case 'j': return pad(dayOfYear(d), 3);
    case 'H': return pad(d.getUTCHours());
    case 'I': return pad(((d.getUTCHours() + 11) % 12) + 1);
    case 'M': return pad(d.getUTCMinutes());
    case 'S': return pad(d.getUTCSeconds());
    case 'p': return d.getUTCHours() < 12 ? 'AM' : 'PM';
    case 'b': return MONTHS[d.getUTCMonth()].slice(0, 3);
    case 'B': return MONTHS[d.getUTCMonth()];
    case 'a': return WEEKDAYS[d.getUTCDay()].slice(0, 3);
    case 'A': return WEEKDAYS[d.getUTCDay()];
    case 'Z': return clock.label ?? w.zoneName;
    case 'z': {
      const m = Math.abs(w.offsetMinutes);
      return `${w.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(m / 60))}${pad(m % 60)}`;
    }
    default: throw new Error(`unknown clock field %${field}`);
  }
}

// The clock's pattern (default: today's "YYYY-MM-DD HH:MM:SS ZONE") at whole seconds (floored,
// also before 1970); %Z is clock.label when set.
export function formatClock(tMs: number, clock: ClockFormat): string {
  if (isElapsed(clock)) return elapsedText(tMs, clock);
  const w = wallClock(tMs, clock);
  let out = '';
  for (const token of compileClockFormat(clock.format)) out += 'text' in token ? token.text : fieldText(token.field, w, clock);
  return out;
}

// The widest text the clock can show at these times, field by field (the longest month and
// weekday names whatever the times; zone names and years as they occur): the layout reserves its
// width so the clock never runs into its neighbours.
export function widestClockText(samplesMs: readonly number[], clock: ClockFormat): string {
  if (isElapsed(clock)) {
    // Monospaced: the longest text is the widest (more days, a sign).
    return samplesMs.map((t) => elapsedText(t, clock)).reduce((a, b) => (b.length > a.length ? b : a), elapsedText(clock.elapsedFromMs ?? 0, clock));
  }
  const tokens = compileClockFormat(clock.format);
  const widest = tokens.map((token) => ('text' in token ? token.text : ''));
  for (const tMs of samplesMs) {
    const w = wallClock(tMs, clock);
    tokens.forEach((token, i) => {
      if ('text' in token) return;
      const text = token.field === 'B' ? 'September' : token.field === 'A' ? 'Wednesday' : fieldText(token.field, w, clock);
      if (text.length > widest[i].length) widest[i] = text;
    });
  }
  return widest.join('');
}

// Wall-clock hours (0-23), minutes and seconds at tMs in the clock's zone or offset (for the
// analog clock's hands).
export function clockTime(tMs: number, clock: ClockFormat): { hours: number; minutes: number; seconds: number } {
  if (isElapsed(clock)) {
    const s = Math.floor((tMs - (clock.elapsedFromMs ?? 0)) / 1000);
    const mod = (a: number, b: number): number => ((a % b) + b) % b;
    return { hours: mod(Math.floor(s / 3600), 24), minutes: mod(Math.floor(s / 60), 60), seconds: mod(s, 60) };
  }
  const { wall } = wallClock(tMs, clock);
  return { hours: wall.getUTCHours(), minutes: wall.getUTCMinutes(), seconds: wall.getUTCSeconds() };
}
