// Rows that were not turned into points: all counted, the first ones kept in full, and a tally
// per file and kind (with the first line numbers) for the one-line notices and `trackreel info`.
import type { SkippedRow, SkipTally } from './point-table.js';

export const MAX_SKIPPED_KEPT = 100;
const LINES_PER_TALLY = 5;

// Why a row was skipped, in words a notice can use ("93 rows without a position").
export type SkipKind = 'no position' | 'not available' | 'no time' | 'no id' | 'malformed' | 'unreadable time' | 'bad coordinate' | 'bad row';

export class SkipLog {
  count = 0;
  readonly rows: SkippedRow[] = [];
  readonly tallies: SkipTally[] = [];

  add(file: string, line: number, field: string | undefined, reason: string, kind: SkipKind = 'bad row'): void {
    this.count++;
    if (this.rows.length < MAX_SKIPPED_KEPT) this.rows.push(field === undefined ? { file, line, reason } : { file, line, field, reason });
    let tally = this.tallies.find((t) => t.file === file && t.kind === kind);
    if (!tally) { tally = { file, kind, count: 0, lines: [], example: reason }; this.tallies.push(tally); }
    tally.count++;
    if (tally.lines.length < LINES_PER_TALLY && line > 0) tally.lines.push(line);
  }

  // Skips of one file of one kind (0 when none).
  countOf(file: string, kind: SkipKind): number {
    return this.tallies.find((t) => t.file === file && t.kind === kind)?.count ?? 0;
  }
}
