// NMEA 0183 sentences -> position fixes: the pieces of the NMEA reader that do not stream.
// Decoding is nmea-simple's; times are taken from the raw fields here because nmea-simple drops
// milliseconds written with three decimals and dates GGA times with today's date.
import { DefaultPacketFactory, parseGenericPacket } from 'nmea-simple';

export const POSITION_SENTENCES = new Set(['RMC', 'GGA', 'GLL', 'GNS']);
const FACTORY = new DefaultPacketFactory(true);

// The XOR checksum after '*' (two hex digits): true when it matches or is absent.
export function checksumOk(sentence: string): boolean {
  const star = sentence.lastIndexOf('*');
  if (star < 0) return true;
  let sum = 0;
  for (let i = 1; i < star; i++) sum ^= sentence.charCodeAt(i);
  return parseInt(sentence.slice(star + 1, star + 3), 16) === sum;
}

// "hhmmss" or "hhmmss.sss" -> ms since midnight; NaN when it is not a time of day.
export function timeOfDayMs(field: string): number {
  const m = /^(\d\d)(\d\d)(\d\d)(\.\d+)?$/.exec(field.trim());
  if (!m) return NaN;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (h > 23 || min > 59 || s > 60) return NaN;
  return h * 3_600_000 + min * 60_000 + s * 1000 + Math.round(Number(m[4] ?? 0) * 1000);
}

// RMC "ddmmyy" -> ms of that day's midnight UTC (GPS began in 1980: yy < 80 is 20yy).
export function rmcDateMs(field: string): number {
  const m = /^(\d\d)(\d\d)(\d\d)$/.exec(field.trim());
  if (!m) return NaN;
  const yy = Number(m[3]);
  return utcDay(yy < 80 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[1]));
}

export function utcDay(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
  return Date.UTC(year, month - 1, day);
}

export interface NmeaFix {
  todMs: number;
  lon: number;
  lat: number;
  altitude?: number;
  speed?: number;
  course?: number;
  line: number;
}

export type SentenceResult =
  | { kind: 'fix'; fix: NmeaFix; dayMs?: number }
  | { kind: 'date'; dayMs: number }
  | { kind: 'no-fix' }
  | { kind: 'bad'; reason: string };

// One sentence (from '$' to the end of the line) -> what it says, or nothing for other types.
export function readSentence(sentence: string, line: number): SentenceResult | undefined {
  const type = sentence.slice(3, 6);
  if (type !== 'ZDA' && !POSITION_SENTENCES.has(type)) return undefined;
  if (!checksumOk(sentence)) return { kind: 'bad', reason: `bad checksum in ${sentence.slice(0, 6)}` };
  const fields = sentence.slice(0, sentence.lastIndexOf('*') >= 0 ? sentence.lastIndexOf('*') : undefined).split(',');
  if (type === 'ZDA') {
    const dayMs = utcDay(Number(fields[4]), Number(fields[3]), Number(fields[2]));
    return Number.isNaN(dayMs) ? { kind: 'bad', reason: 'ZDA date is not a date' } : { kind: 'date', dayMs };
  }
  let packet: Record<string, unknown>;
  try {
    packet = parseGenericPacket(sentence, FACTORY) as unknown as Record<string, unknown>;
  } catch (error) {
    return { kind: 'bad', reason: `${sentence.slice(0, 6)}: ${(error as Error).message.slice(0, 80)}` };
  }
  const timeField = type === 'GLL' ? fields[5] : fields[1];
  const valid = type === 'RMC' ? fields[2] === 'A'
    : type === 'GGA' ? fields[6] !== undefined && fields[6] !== '' && fields[6] !== '0'
    : type === 'GLL' ? fields[6] === 'A'
    : /[^N]/.test(fields[6] ?? 'N');
  const lat = packet.latitude as number;
  const lon = packet.longitude as number;
  const dayMs = type === 'RMC' ? rmcDateMs(fields[9] ?? '') : undefined;
  if (!valid || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return dayMs !== undefined && !Number.isNaN(dayMs) ? { kind: 'date', dayMs } : { kind: 'no-fix' };
  }
  const todMs = timeOfDayMs(timeField ?? '');
  if (Number.isNaN(todMs)) return { kind: 'bad', reason: `${sentence.slice(0, 6)}: time ${JSON.stringify(timeField)} is not hhmmss` };
  const fix: NmeaFix = { todMs, lon, lat, line };
  if ((type === 'GGA' || type === 'GNS') && Number.isFinite(packet.altitudeMeters)) fix.altitude = packet.altitudeMeters as number;
  if (type === 'RMC' && fields[7] !== '') fix.speed = packet.speedKnots as number;
  if (type === 'RMC' && fields[8] !== '') fix.course = packet.trackTrue as number;
  return { kind: 'fix', fix, dayMs: dayMs !== undefined && !Number.isNaN(dayMs) ? dayMs : undefined };
}
