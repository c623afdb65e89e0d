// Options of the input stage, as the API/CLI hands them over after validation.

// Every format --format can name ('auto': detected from the extension and the content).
export const INPUT_FORMATS = [
  'auto', 'tracktable-points', 'ais-csv', 'trips-csv', 'traj', 'geojson', 'trips-json', 'tracktable-json', 'moving-features',
  'google-takeout', 'readsb-trace', 'opensky-track', 'opensky-states', 'aircraft-json', 'gpx', 'kml', 'tcx', 'igc', 'nmea', 'ais-nmea', 'plt', 'parquet',
] as const;

export type InputFormat = typeof INPUT_FORMATS[number];

export interface InputOptions {
  format: InputFormat;
  // 'auto' or one character; ' ' means "runs of whitespace".
  delimiter: string;
  idColumn?: number | string;
  timeColumn?: number | string;
  xColumn?: number | string;
  yColumn?: number | string;
  // 'auto' or a strftime-like pattern such as "%d/%m/%Y %H:%M".
  timeFormat: string;
  // IANA zone of timestamps written without an offset.
  inputTimeZone: string;
  skipLines: number;
  lenient: boolean;
  domain: 'auto' | 'terrestrial' | 'cartesian';
  // Tokens meaning "no value" besides the built-in ones (see missing-values.ts).
  naValues?: string[];
  // trips-csv: ms between a trip's positions when a row gives only its start time.
  tripStepMs: number;
}

export const DEFAULT_INPUT_OPTIONS: InputOptions = {
  format: 'auto',
  delimiter: 'auto',
  timeFormat: 'auto',
  inputTimeZone: 'UTC',
  skipLines: 0,
  lenient: false,
  domain: 'auto',
  tripStepMs: 15_000,
};
