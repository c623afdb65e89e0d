// A sentence on how a file's times were read, from its first time values: the shape ("ISO 8601
// with a zone", "Unix seconds", "day-first d/m/y"), the zone taken for zone-less times, and the
// flags that change it. Used by `trackreel info`.
import type { DateOrderChoice } from './date-order.js';
import type { InputOptions } from './input-options.js';

function shapeOf(text: string): { shape: string; zoneless: boolean } {
  const t = text.trim();
  if (/^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d([.,]\d+)?)?)?/.test(t)) {
    const zoned = /(Z(\.\d+)?|[+-]\d\d(:?\d\d)?|\s*(UTC|GMT))$/i.test(t.slice(10));
    return { shape: zoned ? 'ISO 8601 with a zone' : 'ISO 8601 without a zone', zoneless: !zoned };
  }
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t)) {
    const a = Math.abs(Number(t));
    const unit = a < 1e11 ? 'seconds' : a < 1e14 ? 'milliseconds' : a < 1e17 ? 'microseconds' : 'nanoseconds';
    return { shape: `Unix ${unit} (told by magnitude)`, zoneless: false };
  }
  if (/^\d{8}[_T ]\d{6}/.test(t)) return { shape: 'compact YYYYMMDD_HHMMSS', zoneless: !/(Z|[+-]\d\d(:?\d\d)?)$/.test(t) };
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(t)) return { shape: 'a date with slashes', zoneless: !/(Z|[+-]\d\d(:?\d\d)?)$/.test(t) };
  return { shape: 'an unrecognised shape', zoneless: true };
}

export function describeTimes(texts: readonly string[], options: InputOptions, order: DateOrderChoice | undefined): string {
  const first = texts.find((t) => t.trim() !== '') ?? '';
  if (options.timeFormat !== 'auto') return `the pattern ${JSON.stringify(options.timeFormat)} (--time-format), e.g. ${JSON.stringify(first)}; zone-less times in ${options.inputTimeZone}`;
  const { shape, zoneless } = shapeOf(first);
  const parts = [`${shape}, e.g. ${JSON.stringify(first.trim())}`];
  if (order) parts.push(`${order.why}${order.settled ? '' : '; give --time-format "%m/%d/%Y %H:%M" or "%d/%m/%Y %H:%M" to choose'}`);
  if (zoneless) parts.push(`zone-less times taken as ${options.inputTimeZone}${options.inputTimeZone === 'UTC' ? ' (--input-tz names another zone)' : ' (--input-tz)'}`);
  return parts.join('; ');
}
