// The bad-input corpus for the formats read since issue 15: NMEA, IGC, TCX, KML as apps write it,
// OGC Moving Features, tracktable JSON, Google Takeout, readsb traces, trips-per-row CSV.
import type { BadInputCase } from './bad-input-cases.js';

// An NMEA sentence with its checksum.
export function nmea(body: string): string {
  let sum = 0;
  for (const c of body) sum ^= c.charCodeAt(0);
  return `$${body}*${sum.toString(16).toUpperCase().padStart(2, '0')}`;
}
const rmc = (time: string, lat: string, lon: string, date = '070804', status = 'A') => nmea(`GPRMC,${time},${status},${lat},N,${lon},W,0.17,138.92,${date},,`);
const gga = (time: string, lat: string, lon: string, quality = '1') => nmea(`GPGGA,${time},${lat},N,${lon},W,${quality},05,1.6,209.8,M,-34.2,M,,`);
const igc = (date: string | null, ...b: string[]) => ['AXCT7f3a', ...(date ? [date] : []), 'HFPLTPILOT:Jane Doe', ...b, ''].join('\r\n');
const B1 = 'B1101355206343N00006198WA0058700558';
const AIVDM = '!AIVDM,1,1,,B,133i;RPP1DPEbcDMV@1r:Ow:2>`<,0*41';
const PLT_HEADER = 'Geolife trajectory\r\nWGS 84\r\nAltitude is in Feet\r\nReserved 3\r\n0,2,255,My Track,0,0,2,8421376\r\n0\r\n';
const B2 = 'B1101455206353N00006208WA0058800560';
const mf = (datetimes: unknown[], coordinates: unknown[]) => JSON.stringify({ type: 'Feature', properties: { name: 'storm' },
  temporalGeometry: { type: 'MovingPoint', datetimes, coordinates, interpolation: 'Linear' } });

export const FORMAT_BAD_INPUT_CASES: BadInputCase[] = [
  // --- NMEA
  { name: 'NMEA sentence with a bad checksum', file: 'badsum.nmea', content: [rmc('032908.379', '4231.8291', '08807.3033'), rmc('032909.379', '4231.8291', '08807.3034').replace(/\*..$/, '*00'), rmc('032910.379', '4231.8292', '08807.3036'), ''].join('\n'),
    strict: { points: 2, skipped: 1, firstSkip: { line: 2 } }, lenient: { points: 2, skipped: 1, firstSkip: { line: 2 } } },
  { name: 'NMEA fixes without any date', file: 'nodate.nmea', content: [gga('032908', '4231.8291', '08807.3033'), gga('032909', '4231.8291', '08807.3034'), gga('032910', '4231.8291', '08807.3035'), ''].join('\n'),
    strict: { code: 'INPUT_PARSE', message: '{file}: 3 position fixes but no date: the log has no RMC or ZDA sentence with a date (GGA and GLL give only the time of day)' },
    lenient: { code: 'INPUT_PARSE', message: '{file}: 3 position fixes but no date: the log has no RMC or ZDA sentence with a date (GGA and GLL give only the time of day)' } },
  { name: 'NMEA log of a receiver without a fix', file: 'nofix.nmea', content: [rmc('032908', '', '', '070804', 'V'), gga('032908', '', '', '0'), rmc('032909', '', '', '070804', 'V'), gga('032909', '', '', '0'), ''].join('\n'),
    strict: { code: 'INPUT_NO_POINTS', message: '{file}: no position fixes: no valid RMC, GGA, GLL or GNS sentence (a receiver without a fix writes them with status V or quality 0)' },
    lenient: { code: 'INPUT_NO_POINTS', message: '{file}: no position fixes: no valid RMC, GGA, GLL or GNS sentence (a receiver without a fix writes them with status V or quality 0)' } },
  // --- IGC
  { name: 'IGC without an HFDTE date', file: 'nodate.igc', content: igc(null, B1, B2),
    strict: { code: 'INPUT_PARSE', message: '{file}: not a readable IGC file: no HFDTE date header, so the B records have no date' },
    lenient: { code: 'INPUT_PARSE', message: '{file}: not a readable IGC file: no HFDTE date header, so the B records have no date' } },
  { name: 'IGC with a garbled B record', file: 'garbled.igc', content: igc('HFDTE160701', B1, 'B11014552063', B2),
    strict: { code: 'INPUT_PARSE', message: '{file}:5: B record: not a valid B record (HHMMSS DDMMmmmN DDDMMmmmE A ppppp ggggg)' },
    lenient: { points: 2, skipped: 1, firstSkip: { line: 5, field: 'B record' } } },
  // --- raw AIS
  { name: 'raw AIS log with no time for any sentence', file: 'untimed-ais.nmea', content: `${AIVDM}\n${AIVDM}\n${AIVDM}\n`,
    strict: { code: 'INPUT_PARSE', message: '{file}: 3 AIS position reports but no times: raw AIS sentences carry none; the log needs NMEA 4.0 tag blocks (\\c:unix-seconds\\!AIVDM...) or a time before each sentence' },
    lenient: { code: 'INPUT_PARSE', message: '{file}: 3 AIS position reports but no times: raw AIS sentences carry none; the log needs NMEA 4.0 tag blocks (\\c:unix-seconds\\!AIVDM...) or a time before each sentence' } },
  // --- OziExplorer / GeoLife .plt
  { name: 'PLT with a longitude that is not a number', file: 'bad-lon.plt', content: `${PLT_HEADER}39.98,116.31,0,492,39744.12,2008-10-23,02:53:04\r\n39.99,east,0,492,39744.13,2008-10-23,02:54:04\r\n39.99,116.32,0,492,39744.14,2008-10-23,02:55:04\r\n`,
    strict: { code: 'INPUT_PARSE', message: '{file}:8: longitude: longitude "east" is not a number' },
    lenient: { points: 2, skipped: 1, firstSkip: { line: 8, field: 'longitude' } } },
  { name: 'PLT whose .plt header is not an OziExplorer one', file: 'other.plt', content: 'Some other track\r\nNAD27\r\n\r\n\r\n\r\n0\r\n39.98,116.31,0,492,39744.12,2008-10-23,02:53:04\r\n',
    strict: { code: 'INPUT_PARSE', message: '{file}: not an OziExplorer/GeoLife track file: its first lines should name the program and the datum (WGS 84)' },
    lenient: { code: 'INPUT_PARSE', message: '{file}: not an OziExplorer/GeoLife track file: its first lines should name the program and the datum (WGS 84)' } },
  // --- TCX / KML
  { name: 'TCX that is really KML', file: 'wrong.tcx', content: '<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>\n',
    strict: { code: 'INPUT_PARSE', message: '{file}:1: expected a <TrainingCenterDatabase> document, found <kml>' },
    lenient: { code: 'INPUT_PARSE', message: '{file}:1: expected a <TrainingCenterDatabase> document, found <kml>' } },
  { name: 'KML LineString with neither times nor a TimeSpan', file: 'untimed.kml', content: '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n<Placemark><name>Route</name><LineString><coordinates>1,2 3,4</coordinates></LineString></Placemark>\n</Document></kml>\n',
    strict: { code: 'INPUT_PARSE', message: '{file}:2: placemark 1 (Route): 2 track points without a time (trackreel needs a <when> on every point)' },
    lenient: { code: 'INPUT_NO_POINTS', message: '{file}: no usable points: all 2 data rows were skipped; the first at line 2: placemark 1 (Route): 2 track points without a time (trackreel needs a <when> on every point)' } },
  // --- JSON families
  { name: 'Moving Features with fewer datetimes than coordinates', file: 'mf.json', content: mf(['2019-01-01T00:00:00Z'], [[1, 2], [3, 4]]),
    strict: { code: 'INPUT_PARSE', message: '{file}: features[0].temporalGeometry.datetimes: 1 datetimes for 2 coordinates' },
    lenient: { code: 'INPUT_NO_POINTS', message: '{file}: no usable points: all 2 data rows were skipped; the first: features[0].temporalGeometry.datetimes: 1 datetimes for 2 coordinates' } },
  { name: 'Moving Features with a bad datetime', file: 'mftime.json', content: mf(['2019-01-01T00:00:00Z', 'soon'], [[1, 2], [3, 4]]),
    strict: { code: 'INPUT_PARSE', message: '{file}: features[0].temporalGeometry.coordinates[1] time: cannot read "soon" as a time' },
    lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: 'features[0].temporalGeometry.coordinates[1] time' } } },
  { name: 'tracktable JSON with fewer timestamps than coordinates', file: 'tt.json', content: JSON.stringify({ object_id: 'a', domain: 'terrestrial', coordinates: [[1, 2], [3, 4]], timestamps: ['2004-12-10 14:14:40'] }),
    strict: { code: 'INPUT_PARSE', message: '{file}: timestamps: 1 timestamps for 2 coordinates' },
    lenient: { code: 'INPUT_NO_POINTS', message: '{file}: no usable points: all 2 data rows were skipped; the first: timestamps: 1 timestamps for 2 coordinates' } },
  { name: 'Takeout record without latitudeE7', file: 'records.json', content: JSON.stringify({ locations: [
    { latitudeE7: 374850711, longitudeE7: -1221474242, timestampMs: '1368062668883' }, { longitudeE7: -1221474242, timestampMs: '1368062670000' }] }),
    strict: { code: 'INPUT_PARSE', message: '{file}: locations[1]: expected a position [longitude, latitude], found an object' },
    lenient: { points: 1, skipped: 1, firstSkip: { line: 0, field: 'locations[1]' } } },
  { name: 'readsb trace with a base timestamp that is not a number', file: 'trace.json', content: JSON.stringify({ icao: 'a1b2c3', timestamp: 'noon', trace: [[0, 40, -74, 1000]] }),
    strict: { code: 'INPUT_PARSE', message: '{file}: timestamp: the trace\'s base timestamp "noon" is not a number of seconds' },
    lenient: { code: 'INPUT_PARSE', message: '{file}: timestamp: the trace\'s base timestamp "noon" is not a number of seconds' } },
  { name: 'readsb trace row that is not an array', file: 'tracerow.json', content: JSON.stringify({ icao: 'a1b2c3', timestamp: 1650000000, trace: [[0, 40, -74, 'ground'], { lat: 40 }, [5, 40.01, -74.01, 1200]] }),
    strict: { code: 'INPUT_PARSE', message: '{file}: trace[1]: expected a trace row array, found an object' },
    lenient: { points: 2, skipped: 1, firstSkip: { line: 0, field: 'trace[1]' } } },
  // --- trips-csv
  { name: 'trip-per-row CSV with an unreadable start time', file: 'tripstart.csv', content: ',TRIP_ID,TIMESTAMP,POLYLINE\n0,A,1372636858,"[[-8.6,41.1],[-8.61,41.11]]"\n1,B,soon,"[[-8.6,41.1]]"\n',
    strict: { code: 'INPUT_PARSE', message: '{file}:3: TIMESTAMP: cannot read "soon" as a time' },
    lenient: { points: 2, skipped: 1, firstSkip: { line: 3, field: 'TIMESTAMP' } } },
  { name: 'GPX track where some points have no time', file: 'partial.gpx', content: '<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>p</name><trkseg>\n<trkpt lat="47.1" lon="8.1"><time>2021-05-01T06:00:00Z</time></trkpt>\n<trkpt lat="47.2" lon="8.2"></trkpt>\n</trkseg></trk></gpx>\n',
    strict: { code: 'INPUT_PARSE', message: '{file}:2: track 1 (p): only 1 of 2 track points have a <time> (trackreel needs one on every point)' },
    lenient: { code: 'INPUT_NO_POINTS', message: '{file}: no usable points: all 2 data rows were skipped; the first at line 2: track 1 (p): only 1 of 2 track points have a <time> (trackreel needs one on every point)' } },
];
