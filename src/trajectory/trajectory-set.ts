// The trajectory -> render seam: points grouped by trajectory and sorted by time, in typed
// columns backed by SharedArrayBuffer so worker threads read them without a copy.
import type { Domain } from '../input/point-table.js';

export interface TrajectorySet {
  domain: Domain;
  // Times are seconds from 0, not Unix times (see input/point-times.ts); absent: false.
  timesRelative?: boolean;
  count: number;
  // Trajectory i owns points [offsets[i], offsets[i + 1]).
  offsets: Uint32Array;
  // Per trajectory: index into objectIds.
  objectIndex: Uint32Array;
  objectIds: string[];
  // Per point, time-sorted within each trajectory.
  t: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  numeric: Record<string, Float64Array>;
  // Text properties, dictionary-encoded: codes per point (same order as t) index `values`
  // ('' = no value). The values are the input's whole dictionary, used or not.
  text: Record<string, { codes: Uint32Array; values: string[] }>;
  // Per trajectory: first and last time.
  startMs: Float64Array;
  endMs: Float64Array;
  // [minLon, minLat, maxLon, maxLat] of all points.
  bbox: [number, number, number, number];
  timeSpanMs: [number, number];
}

export interface AssemblyReport {
  objects: number;
  trajectories: number;
  points: number;
  splitsByTime: number;
  splitsByDistance: number;
  droppedShort: number;
  droppedPoints: number;
  duplicatesDropped: number;
  // One-position trajectories kept for objects seen only at single positions (drawn as dots).
  pointObjects: number;
  // The split thresholds used (time in ms; km, or plane units for cartesian data), and which of
  // them came from the data's sampling rather than the options.
  separationTimeMs: number;
  separationDistance: number;
  // Steps over separationDistance split only when faster than this (per hour; 0: always).
  separationSpeed: number;
  separationFromData: Array<'time' | 'distance'>;
  // Objects left out by the objects / exclude options, and requested ids absent from the data.
  objectsFiltered: number;
  idsNotFound: string[];
}
