// Day-first or month-first for a file's "a/b/yyyy" dates, decided from its values: a first number
// above 12 settles day-first, a second above 12 month-first. When no value settles it, the reading
// whose consecutive times step more steadily wins (rows of a track are close in time: read the
// wrong way, 01/02, 01/03, 01/04 jump by months instead of days); a tie keeps day-first.
import { parseTimestamp, slashDateOrder, type DateOrder } from './parse-timestamp.js';

export interface DateOrderChoice {
  order: DateOrder;
  // True when a value settled it; false when the file is ambiguous (then `why` says what was taken).
  settled: boolean;
  why: string;
}

export function chooseDateOrder(samples: readonly string[]): DateOrderChoice | undefined {
  let dayFirst = 0, monthFirst = 0, ambiguous = 0;
  let firstDay = '', firstMonth = '';
  for (const s of samples) {
    const o = slashDateOrder(s, 0, s.length);
    if (o === 1) { dayFirst++; firstDay ||= s; } else if (o === 2) { monthFirst++; firstMonth ||= s; } else if (o === 0) ambiguous++;
  }
  if (dayFirst + monthFirst + ambiguous === 0) return undefined;
  if (dayFirst > 0 && dayFirst >= monthFirst) return { order: 'day-first', settled: true, why: `day-first: "${firstDay.trim()}" has a day above 12` };
  if (monthFirst > 0) return { order: 'month-first', settled: true, why: `month-first: "${firstMonth.trim()}" has a day above 12` };
  const step = (order: DateOrder) => {
    let sum = 0, prev = NaN;
    for (const s of samples) {
      const t = parseTimestamp(s, 'UTC', order);
      if (!Number.isNaN(t) && !Number.isNaN(prev)) sum += Math.abs(t - prev);
      if (!Number.isNaN(t)) prev = t;
    }
    return sum;
  };
  const d = step('day-first'), m = step('month-first');
  const order: DateOrder = m < d ? 'month-first' : 'day-first';
  const why = m === d
    ? 'day-first (no day above 12 in the first values, and both readings fit equally)'
    : `${order} (no day above 12 in the first values; ${order} gives the steadier time steps)`;
  return { order, settled: false, why };
}
