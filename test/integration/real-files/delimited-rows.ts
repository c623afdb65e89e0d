// Rows for the delimited files (CSV, TSV) and Parquet: the columns work fills these in.
import type { FileRow } from './file-row.js';

export const DELIMITED_ROWS: FileRow[] = [
];
