// Column names of common AIS CSV exports, by role. Names are compared normalised (see aisName):
// MarineCadastre "BaseDateTime,LON,LAT,MMSI,SOG,COG,Heading", the Danish Maritime Authority's
// "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,...,SOG,COG,Heading", and lower-case
// "mmsi,timestamp|time,lon|longitude,lat|latitude" exports all match. The first name found wins.
import { splitDelimited } from './split-delimited.js';
import { COLUMN_NAMES, findColumn, normalizeColumnName } from './column-names.js';

// AIS files are told by their MMSI column; the other roles use the shared synonym table.
export const AIS_COLUMN_NAMES = {
  ...COLUMN_NAMES,
  id: ['mmsi', 'sourcemmsi'],
};

export type AisRole = keyof typeof AIS_COLUMN_NAMES;

// "# Timestamp" -> "timestamp", "Base_Date_Time" -> "basedatetime", "Type of mobile" -> "typeofmobile".
export const aisName = normalizeColumnName;

// Index of the first column with one of the role's names, or -1.
export function findAisColumn(header: string[], role: AisRole): number {
  if (role !== 'id') return findColumn(header, role);
  const names = header.map(aisName);
  for (const candidate of AIS_COLUMN_NAMES.id) {
    const i = names.indexOf(candidate);
    if (i >= 0) return i;
  }
  return -1;
}

// True when a header names an MMSI, a time, a longitude and a latitude column.
export function isAisHeader(header: string[]): boolean {
  return (['id', 'time', 'x', 'y'] as const).every((role) => findAisColumn(header, role) >= 0);
}

// A header line's names; a leading '#' (the DMA writes "# Timestamp,...") is not part of the first.
export function headerNames(line: string, delimiter: string): string[] {
  return splitDelimited(line.replace(/^\s*#/, ''), delimiter).map((f) => f.trim());
}

// AIS "not available" positions (ITU-R M.1371): longitude 181, latitude 91.
export const AIS_UNAVAILABLE_LON = 181;
export const AIS_UNAVAILABLE_LAT = 91;

// Day-first "dd/mm/yyyy HH:MM:SS" (the DMA's times), tried when 'auto' cannot read a time.
export const AIS_DAY_FIRST_TIME = '%d/%m/%Y %H:%M:%S';

// Speed over ground, in knots by the AIS standard (ITU-R M.1371), under its normalised names.
export const KNOTS_COLUMN_NAMES = ['sog', 'speedoverground'];

// The numeric properties in knots: SOG columns and the names that share their values (an AIS
// file's "speed" is its SOG column under a second name, the same array).
export function knotsProperties(data: { numeric: Record<string, Float64Array> }): string[] {
  const names = Object.keys(data.numeric);
  const sog = names.filter((n) => KNOTS_COLUMN_NAMES.includes(normalizeColumnName(n)));
  const arrays = new Set(sog.map((n) => data.numeric[n]));
  return names.filter((n) => arrays.has(data.numeric[n]));
}
