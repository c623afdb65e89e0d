// One row per real file: what reading it with the defaults must give, established by reading the
// file by hand (python3 cross-checks; see each row's note). Times are ISO UTC, bbox is
// [minLon, minLat, maxLon, maxLat].
export interface FileRow {
  // Path under ../shared/data/ ("real/x.gpx" or "SampleFlight.csv").
  file: string;
  format: string;
  objects: number;
  points: number;
  timeSpan: [string, string];
  bbox: [number, number, number, number];
  // Rows skipped and counted while reading (0 when absent).
  skipped?: number;
  // Not read right yet: the test is listed as a todo with this reason.
  todo?: string;
  // No still yet (e.g. one-position objects before assembly keeps them), with the reason.
  noStill?: string;
}
