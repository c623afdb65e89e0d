// The one synonym table for column names, used by every reader that gets columns from a header
// (delimited text, AIS CSV, Parquet, and the readers of other formats that have named fields).
// Names are compared normalised: case, spaces and punctuation ignored ("# Timestamp" = "timestamp",
// "location-long" = "locationlong", "Base_Date_Time" = "basedatetime"). Within a role the first
// name of the list that the header has wins, whatever the column order, so a specific name beats a
// generic one (Movebank's "individual-local-identifier" beats "tag-local-identifier"; GeoLife's
// "trajectory_id" beats its row number "id"; Digitraffic's "timestampExternal" beats its
// "timestamp", which holds only the second of the minute).

export const COLUMN_NAMES = {
  id: [
    'objectid', 'mmsi', 'sourcemmsi', 'icao24', 'icao', 'hex', 'individuallocalidentifier', 'taglocalidentifier',
    'individualid', 'animalid', 'tagid', 'trajectoryid', 'trajid', 'trackid', 'tripid', 'vesselid', 'shipid',
    'vehicleid', 'busid', 'taxiid', 'deviceid', 'trackerid', 'userid', 'flightid', 'aircraftid', 'id', 'uid', 'uuid',
    'callsign', 'flight', 'vessel', 'ship', 'boat', 'vehicle', 'bus', 'taxi', 'aircraft', 'animal', 'individual', 'tag', 'device', 'object',
    'name', 'vesselname', 'shipname',
  ],
  time: [
    'timestampexternal', 'basedatetime', 'timestamp', 'timestamputc', 'datetime', 'datetimeutc', 'timeutc',
    'utctime', 'time', 'utc', 'gpstime', 'fixtime', 'eventtime', 'recordedat', 'createdat', 'msgtime', 'epoch',
    'unixtime', 'posixtime', 'when', 't', 'ts',
  ],
  // A date column that goes with a time-of-day column ("date,time,lat,lon").
  date: ['date', 'utcdate', 'gpsdate', 'datum', 'day'],
  // Milliseconds written apart from a whole-second time (AISdb's "Time,Millisecond").
  millisecond: ['millisecond', 'milliseconds', 'millis', 'msec', 'ms'],
  x: ['lon', 'longitude', 'lng', 'long', 'locationlong', 'londeg', 'longitudedeg', 'longitudedegrees', 'longitudewgs84', 'x', 'easting'],
  y: ['lat', 'latitude', 'locationlat', 'latdeg', 'latitudedeg', 'latitudedegrees', 'latitudewgs84', 'y', 'northing'],
  // One field holding both: "lat,lon" (Flightradar24's Position), "lon lat", or WKT "POINT(x y)".
  position: ['position', 'coordinates', 'coordinate', 'coords', 'latlon', 'latlng', 'latlong', 'lonlat', 'lnglat', 'longlat', 'location', 'point', 'geometry', 'geom', 'thegeom', 'wkt', 'pos'],
  // A whole trip in one field (a JSON array of [lon, lat] positions: Porto taxi's POLYLINE), with
  // the time of its first position.
  path: ['polyline', 'path', 'trajectory', 'trip', 'route', 'track', 'coordinates', 'geometry', 'points', 'positions'],
  startTime: ['starttime', 'starttimestamp', 'departuretime', 'tripstart', 'begin', 'start'],
  // Properties that get a friendly second name (speed, course, heading), shared, not re-parsed.
  speed: ['sog', 'speed', 'speedoverground', 'velocity', 'groundspeed', 'gs'],
  course: ['cog', 'course', 'courseoverground', 'track'],
  heading: ['heading', 'trueheading', 'hdg'],
} as const satisfies Record<string, readonly string[]>;

export type ColumnRole = keyof typeof COLUMN_NAMES;

// A position field whose name says longitude comes first.
const LON_FIRST = new Set(['lonlat', 'lnglat', 'longlat']);

// "# Timestamp" -> "timestamp", "Base_Date_Time" -> "basedatetime", "location-long" -> "locationlong".
// A BOM or quotes around a name are punctuation too.
export function normalizeColumnName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const NORMALIZED: Record<ColumnRole, string[]> = Object.fromEntries(
  Object.entries(COLUMN_NAMES).map(([role, names]) => [role, names.map(normalizeColumnName)]),
) as Record<ColumnRole, string[]>;

// The role's names as written in the table, for messages ("looked for lon, longitude, ...").
export function roleNames(role: ColumnRole): readonly string[] {
  return COLUMN_NAMES[role];
}

// Index of the column with the role's first listed name that the header has, or -1.
// `taken` columns (already given another role) are passed over.
export function findColumn(header: readonly string[], role: ColumnRole, taken: ReadonlySet<number> = new Set()): number {
  const names = header.map(normalizeColumnName);
  for (const candidate of NORMALIZED[role]) {
    for (let i = 0; i < names.length; i++) if (names[i] === candidate && !taken.has(i)) return i;
  }
  return -1;
}

// True when a position column's name says "lon first" (lonlat, lnglat).
export function positionIsLonFirst(name: string): boolean {
  return LON_FIRST.has(normalizeColumnName(name));
}

// True when the name is one of the role's names.
export function isRoleName(name: string, role: ColumnRole): boolean {
  return NORMALIZED[role].includes(normalizeColumnName(name));
}
