// Bad rows of a lenient read: all counted, only the first ones kept in full.
import type { SkippedRow } from './point-table.js';

export const MAX_SKIPPED_KEPT = 100;

export class SkipLog {
  count = 0;
  readonly rows: SkippedRow[] = [];

  add(file: string, line: number, field: string | undefined, reason: string): void {
    this.count++;
    if (this.rows.length < MAX_SKIPPED_KEPT) this.rows.push(field === undefined ? { file, line, reason } : { file, line, field, reason });
  }
}
