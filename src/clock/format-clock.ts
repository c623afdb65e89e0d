// Frame time -> clock text such as "2020-06-30 00:30:00 UTC", in a fixed offset or an IANA zone.
// Times stay UTC epoch ms everywhere; only this label knows about zones (and DST).
import type { ClockStyle } from '../style/trail-style.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

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

function formatUtcFields(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

// Shows whole seconds (floored, also before 1970); the label is clock.label when set.
export function formatClock(tMs: number, clock: ClockStyle): string {
  const t = Math.floor(tMs / 1000) * 1000;
  if (clock.timeZone) {
    const parts: Record<string, string> = {};
    for (const p of formatterFor(clock.timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
    const text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
    return `${text} ${clock.label ?? parts.timeZoneName}`;
  }
  const shifted = new Date(t + Math.round(clock.utcOffsetHours * 3_600_000));
  return `${formatUtcFields(shifted)} ${clock.label ?? offsetLabel(clock.utcOffsetHours)}`;
}

// Wall-clock hours (0-23), minutes and seconds at tMs in the clock's zone or offset (for the
// analog clock's hands).
export function clockTime(tMs: number, clock: ClockStyle): { hours: number; minutes: number; seconds: number } {
  const t = Math.floor(tMs / 1000) * 1000;
  if (clock.timeZone) {
    const parts: Record<string, string> = {};
    for (const p of formatterFor(clock.timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
    return { hours: Number(parts.hour), minutes: Number(parts.minute), seconds: Number(parts.second) };
  }
  const d = new Date(t + Math.round(clock.utcOffsetHours * 3_600_000));
  return { hours: d.getUTCHours(), minutes: d.getUTCMinutes(), seconds: d.getUTCSeconds() };
}
