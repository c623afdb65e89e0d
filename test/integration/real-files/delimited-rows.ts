// Rows for the delimited files (CSV, TSV) and Parquet: the columns work fills these in.
import type { FileRow } from './file-row.js';

// Cross-checked with Python's csv module (each file's id/time/lon/lat columns by hand).
export const DELIMITED_ROWS: FileRow[] = [
  // MarineCadastre AIS: header row BaseDateTime,LON,LAT,MMSI,...; ids by MMSI.
  { file: 'NYHarbor_2020_06_30_first_hour.csv', format: 'ais-csv', objects: 295, points: 8689,
    timeSpan: ['2020-06-30T00:00:00.000Z', '2020-06-30T00:59:59.000Z'], bbox: [-74.27258, 40.38419, -73.62633, 40.88444] },
  // tracktable points, comment header split by spaces (names the extras only); line 849 has 9 fields (malformed, skipped).
  { file: 'Points1000.csv', format: 'tracktable-points', objects: 4, points: 998, skipped: 1,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-07T17:14:19.000Z'], bbox: [-107.886, 26.995, -73.7333, 42.1328] },
  // Commented-out rows are comments; "KKK011#" is an id of its own.
  { file: 'PointsWithComments.csv', format: 'tracktable-points', objects: 2, points: 14,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-07T11:54:18.000Z'], bbox: [-82.6578, 26.995, -81.9731, 27.4872] },
  // Free text before the data; the same 14 points as PointsWithComments.
  { file: 'PointsWithSkippableHeaders.csv', format: 'tracktable-points', objects: 2, points: 14,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-07T11:54:18.000Z'], bbox: [-82.6578, 26.995, -81.9731, 27.4872] },
  // A 21 s snapshot: a '#' header split by commas names the columns; 7 flight-plan rows have no position (skipped, counted).
  { file: 'SampleASDI.csv', format: 'tracktable-points', objects: 92, points: 92, skipped: 7,
    timeSpan: ['2013-07-01T05:53:50.000Z', '2013-07-01T05:54:11.000Z'], bbox: [-164.25, 17.45, 158.217, 67.25] },
  { file: 'SampleFlight.csv', format: 'tracktable-points', objects: 1, points: 344,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-07T17:31:18.000Z'], bbox: [-82.6578, 26.9886, -81.9731, 27.4872] },
  // The comment header says latitude before longitude; column 2 is longitude (tracktable's order). 22 rows of 9 fields are malformed.
  { file: 'SampleFlightsUS.csv', format: 'tracktable-points', objects: 25, points: 6927, skipped: 22,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-16T18:23:33.000Z'], bbox: [-127.286, -33, -70.7833, 49.2342] },
  { file: 'SampleFlightsUS.tsv', format: 'tracktable-points', objects: 25, points: 6927, skipped: 22,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-16T18:23:33.000Z'], bbox: [-127.286, -33, -70.7833, 49.2342] },
  // 50,000 positions of one id at one instant (made for heatmaps).
  { file: 'SampleHeatmapPoints.csv', format: 'tracktable-points', objects: 1, points: 50000,
    timeSpan: ['2014-01-01T00:00:00.000Z', '2014-01-01T00:00:00.000Z'], bbox: [-123.49487054994623, -38.82219241099068, 153.29099771180222, 60.64851069214472] },
  // 174 rows without coordinates are skipped and counted (in strict mode too).
  { file: 'SampleNFlights.csv', format: 'tracktable-points', objects: 23, points: 826, skipped: 174,
    timeSpan: ['2013-07-09T15:27:11.000Z', '2013-07-09T19:19:00.000Z'], bbox: [-127.683, 26.0303, -50, 64] },
  // "# object_id timestamp x y": cartesian.
  { file: 'SamplePointsCartesian.csv', format: 'tracktable-points', objects: 6, points: 51840,
    timeSpan: ['2014-12-24T01:44:07.000Z', '2014-12-25T01:43:57.000Z'], bbox: [-90, -90, 90, 90] },
  // One row without a latitude (line 484) is skipped and counted.
  { file: 'TwoSampleFlights.csv', format: 'tracktable-points', objects: 1, points: 618, skipped: 1,
    timeSpan: ['2004-12-07T11:36:18.000Z', '2004-12-16T16:49:06.000Z'], bbox: [-82.6578, 26.7664, -81.8075, 27.4872] },
  // Header row; NULL tokens in numeric columns keep them numeric; UTF-8 text properties.
  { file: 'ads_with_utf8.csv', format: 'tracktable-points', objects: 701, points: 999,
    timeSpan: ['2014-06-30T23:56:21.000Z', '2014-07-01T00:00:21.000Z'], bbox: [-125.177, -42.952, 174.687, 61.2743] },
  // AISdb: every field quoted; Time 20210701_185151 + Millisecond; 93 rows without a position and 11 at 181/91 skipped.
  { file: 'real/aisdb_test_data_20210701.csv', format: 'ais-csv', objects: 2264, points: 2394, skipped: 104,
    timeSpan: ['2021-07-01T00:00:41.690Z', '2021-07-01T23:59:36.440Z'], bbox: [-179.86204, -53.16947, 179.795, 79.9447633333] },
  // BOM before ID; ais_pos_timestamp (a word of the name) day-first 20/03/2021 00:22.
  { file: 'real/movingpandas-examples_boat-positions.csv', format: 'tracktable-points', objects: 256, points: 22287,
    timeSpan: ['2021-03-20T00:00:00.000Z', '2021-03-24T12:52:00.000Z'], bbox: [32.01099, 29.77044, 32.78682, 31.80274] },
  // Flightradar24: Callsign is the id, Timestamp (epoch s) the time, Position holds "lat,lon".
  { file: 'real/traffic_fr24_JL516_3376ab31.csv', format: 'tracktable-points', objects: 1, points: 305,
    timeSpan: ['2024-01-02T07:22:55.000Z', '2024-01-02T08:47:23.000Z'], bbox: [139.801483, 35.308319, 141.758713, 42.787994] },
  // Movebank: individual-local-identifier, timestamp, location-long/-lat.
  { file: 'real/movebank_MigrationBarnacleGeese_Greenland_2014ori.csv', format: 'tracktable-points', objects: 7, points: 6853,
    timeSpan: ['2008-03-27T18:00:00.000Z', '2010-07-31T20:00:00.000Z'], bbox: [-29.46133, 54.10416, -5.93466, 77.17533] },
  // Semicolons; X;Y read as lon/lat by their values; trajectory_id beats the row number id; +00 offsets.
  { file: 'real/movingpandas_demodata_geolife.csv', format: 'tracktable-points', objects: 5, points: 5908,
    timeSpan: ['2008-12-11T04:42:14.000Z', '2009-06-29T11:13:12.000Z'], bbox: [116.294527, 39.862378, 116.592616, 40.082514] },
  // OpenSky state vectors (Parquet): icao24, time (timestamp[ns]), lat, lon.
  { file: 'real/traffic_opensky_state_vectors_28d23de4.parquet', format: 'parquet', objects: 1, points: 3600,
    timeSpan: ['2017-02-05T15:45:00.000Z', '2017-02-05T16:45:00.000Z'], bbox: [1.1001368931361606, 43.21574582891949, 1.9470072901526165, 44.91883850097656] },
];
