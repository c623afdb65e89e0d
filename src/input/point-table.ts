// The input -> trajectory seam: points as typed columns, one entry per point, in file order.
// Tables made by readPoints keep t, lon, lat and the property columns on SharedArrayBuffer, so
// that assembly can reorder them in place into the TrajectorySet (see assembleTrajectories).

export type Domain = 'terrestrial' | 'cartesian';

// A text property, dictionary-encoded so it stays columnar (16-bit codes while the dictionary allows).
export interface TextColumn {
  codes: Uint16Array | Uint32Array;
  values: string[];
}

export interface PointTable {
  // Where the points came from, for error messages and reports.
  source: string;
  domain: Domain;
  length: number;
  // Epoch milliseconds (UTC); float64 so sub-millisecond and far-future times survive.
  t: Float64Array;
  // Longitude / latitude in degrees for 'terrestrial', x / y for 'cartesian'.
  lon: Float64Array;
  lat: Float64Array;
  objectIndex: Uint32Array;
  objectIds: string[];
  // 1-based source line of each point, so later stages can name it.
  line: Uint32Array;
  // Numeric point properties (NaN where a row had no value).
  numeric: Record<string, Float64Array>;
  text: Record<string, TextColumn>;
  // Every time a plain number under 1e8 s (seconds from 0, see input/point-times.ts): the clock
  // shows elapsed time. Absent: false.
  timesRelative?: boolean;
}

// One row that was not turned into a point, in lenient mode.
export interface SkippedRow {
  file: string;
  line: number;
  field?: string;
  reason: string;
}

// Skipped rows of one kind in one file: the count and the first line numbers.
export interface SkipTally {
  file: string;
  kind: string;
  count: number;
  lines: number[];
  // The reason given for the first of them.
  example: string;
}

export interface ReadReport {
  files: string[];
  format: string;
  rowsRead: number;
  pointsKept: number;
  // The times are relative (seconds from 0), not Unix times: see PointTable.timesRelative.
  timesRelative: boolean;
  skippedCount: number;
  // The first skips in full (bounded, so a file of bad rows cannot exhaust memory).
  skipped: SkippedRow[];
  // What the readers decided that a user should know: a track left out, times spread along a
  // line, sentences with bad checksums... one line each, naming the file.
  notices: string[];
  // The skips per file and kind, for one-line notices ("skipped 93 rows without a position ...").
  skipTallies: SkipTally[];
  // How each file was read (format, columns and why, time format), for `trackreel info`.
  readings: FileReading[];
}

// How one column role was filled: the column, why it was chosen, and the flag that changes it.
export interface ColumnReading {
  role: string;
  column: string;
  why: string;
  flag?: string;
}

// What `trackreel info` says about how a file was read.
export interface FileReading {
  file: string;
  // "delimited text", "AIS CSV", "GeoJSON", ...
  format: string;
  // "comma", "semicolon", ...; delimited files only.
  delimiter?: string;
  // Where the column names came from ("line 1", "a '#' comment line (names properties only)", "none").
  header?: string;
  columns: ColumnReading[];
  // "ISO 8601", "Unix seconds", "day-first d/m/y (why)", ... and the zone taken for zone-less times.
  time?: string;
  notes: string[];
}
