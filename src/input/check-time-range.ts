// Times a JavaScript Date can hold: +-8.64e15 ms (years -271821 to 275760). A file with a time
// beyond that (a Unix time of 1e20, a misread field) would draw a NaN clock; it is refused here,
// naming the point, before anything is drawn.
import { inputError } from '../errors/messages.js';
import type { PointTable } from './point-table.js';

export const MAX_TIME_MS = 8.64e15;

export function checkTimeRange(table: PointTable): void {
  const { t } = table;
  for (let i = 0; i < table.length; i++) {
    if (!(Math.abs(t[i]) <= MAX_TIME_MS)) {
      throw inputError('INPUT_PARSE', `time: ${t[i]} ms since 1970 is outside the range a date can hold (years -271821 to 275760); `
        + 'check the time column and its unit (--time-column, --time-format)', { file: table.source, line: table.line[i] || undefined });
    }
  }
}
