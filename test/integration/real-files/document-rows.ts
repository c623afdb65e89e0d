// Rows for the files that are not delimited text: .traj, JSON, GPX, KML, TCX, NMEA, IGC,
// and the one-trip-per-row CSVs (their reader is the formats' one).
import type { FileRow } from './file-row.js';

export const DOCUMENT_ROWS: FileRow[] = [
  // .traj: python parse of every *T* record (points by declared count, id = point id).
  { file: 'NYHarbor_2020_06_30_first_hour.traj', format: 'traj', objects: 279, points: 8633,
    timeSpan: ['2020-06-30T00:00:00.000Z', '2020-06-30T00:59:59.000Z'], bbox: [-74.25994, 40.38419, -73.62633, 40.87804] },
  { file: 'NYHarbor_2020_12_08.traj', format: 'traj', objects: 37, points: 9091,
    timeSpan: ['2020-12-08T01:11:40.000Z', '2020-12-08T23:18:54.000Z'], bbox: [-74.32791, 40.41622, -73.74783, 40.81015] },
  { file: 'VirginiaBeach_2020_06_04_to_06_filtered.traj', format: 'traj', objects: 84, points: 39822,
    timeSpan: ['2020-06-04T03:07:16.000Z', '2020-06-06T23:00:47.000Z'], bbox: [-76.44848, 36.0006, -73.35586, 37.11113] },
  { file: 'prediction_historical_trajectories.traj', format: 'traj', objects: 412, points: 64356,
    timeSpan: ['2013-07-10T00:00:00.000Z', '2013-07-10T23:59:56.000Z'], bbox: [-122.346, 24.9925, -51.4333, 68.05] },
  // tracktable's trajectory JSON: one object, coordinates[] with timestamps[].
  { file: 'trajectory.json', format: 'tracktable-json', objects: 1, points: 295,
    timeSpan: ['2004-12-10T14:14:40.000Z', '2004-12-10T19:33:04.000Z'], bbox: [-113.685, 45.5775, -110.915, 47.5011] },
  // deck.gl trips: relative seconds 6 .. 2486.511 (read as milliseconds from 0).
  { file: 'real/deckgl_trips-v7.json', format: 'trips-json', objects: 996, points: 47933,
    timeSpan: ['1970-01-01T00:00:06.000Z', '1970-01-01T00:41:26.511Z'], bbox: [-115.00992, 36.03169, -73.66195, 40.95642] },
  { file: 'real/movingpandas_mf-trajectory.json', format: 'geojson', objects: 1, points: 19,
    timeSpan: ['2018-12-31T06:00:00.000Z', '2019-01-04T18:00:00.000Z'], bbox: [99.4, 5.8, 111.9, 8.4],
    noStill: 'points 6 h apart: the 20 min default separation leaves one-point pieces (issue 17 keeps them)' },
  // Semantic Location History: place visits give two points (arrival, departure); activity
  // segments their start/end locations and raw path (else waypoints spread by distance).
  { file: 'real/gpsbabel_googletakeout_2013_MAY.json', format: 'google-takeout', objects: 1, points: 330,
    timeSpan: ['2013-05-09T01:24:28.883Z', '2013-06-01T16:06:54.349Z'], bbox: [-122.1774826, 37.3956565, -121.9675064, 37.4866867] },
  // GPX: python ElementTree over <trk>; tracks without any <time> are skipped.
  { file: 'real/gpx-animator_bikeride.gpx', format: 'gpx', objects: 1, points: 8234,
    timeSpan: ['2019-10-22T14:36:00.000Z', '2019-10-23T01:27:08.000Z'], bbox: [-121.93826981820166, 35.780332647264004, -121.3294024206698, 36.560961501672864] },
  { file: 'real/togeojson_osm.gpx', format: 'gpx', objects: 2, points: 175,
    timeSpan: ['2007-05-11T15:23:00.000Z', '2009-09-13T09:54:03.000Z'], bbox: [-77.014145, 38.891148, -77.005867, 38.9081133] },
  { file: 'real/gpxpy_track-with-less-sec-time.gpx', format: 'gpx', objects: 1, points: 2,
    timeSpan: ['2015-12-11T14:43:13.000Z', '2015-12-11T14:43:13.994Z'], bbox: [9.992872, 57.011456, 9.992874, 57.01147] },
  { file: 'real/togeojson_tour_hr.tcx', format: 'tcx', objects: 1, points: 465,
    timeSpan: ['2020-12-27T14:59:36.000Z', '2020-12-27T15:07:19.000Z'], bbox: [8.462942004203796, 47.38591206073761, 8.469903469085693, 47.389103174209595] },
  // gx:MultiTrack of two gx:Tracks whose times overlap: two objects; start/end placemarks ignored.
  { file: 'real/togeojson_gxmultitrack.kml', format: 'kml', objects: 2, points: 26,
    timeSpan: ['2014-04-12T14:26:16.702Z', '2014-04-12T14:27:24.638Z'], bbox: [-72.324839, -40.139583, -71.324739, -40.139527] },
  // LineString with only a TimeSpan: 1329 coordinates (11 comments inside), times spread.
  { file: 'real/gpsbabel_skydrop.kml', format: 'kml', objects: 1, points: 1329,
    timeSpan: ['2017-08-21T17:00:05.000Z', '2017-08-21T17:22:32.000Z'], bbox: [8.489905, 48.2660533, 8.55895, 48.2876783] },
  // NMEA: valid RMC/GGA fixes merged by time, dates from ZDA/RMC; checksums all good.
  { file: 'real/gpsbabel_nmea.nmea', format: 'nmea', objects: 1, points: 154,
    timeSpan: ['2004-08-07T03:29:08.379Z', '2004-08-07T03:31:41.370Z'], bbox: [-88.12176666666667, 42.530485, -88.12170666666667, 42.53052833333333] },
  // Porto taxi: a trip per row, POLYLINE points 15 s apart from TIMESTAMP; id TRIP_ID.
  { file: 'real/mobiml_porto_taxi_test_train.csv', format: 'trips-csv', objects: 10, points: 332,
    timeSpan: ['2013-07-01T00:00:54.000Z', '2013-07-01T00:22:55.000Z'], bbox: [-8.689086, 41.134158, -8.57466, 41.180517] },
];
