// Options of the input stage, as the API/CLI hands them over after validation.

export type InputFormat = 'auto' | 'tracktable-points' | 'ais-csv' | 'traj' | 'geojson' | 'trips-json' | 'gpx' | 'kml' | 'parquet';

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
}

export const DEFAULT_INPUT_OPTIONS: InputOptions = {
  format: 'auto',
  delimiter: 'auto',
  timeFormat: 'auto',
  inputTimeZone: 'UTC',
  skipLines: 0,
  lenient: false,
  domain: 'auto',
};
