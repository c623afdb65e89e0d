import { describe, expect, it } from 'vitest';
import type { PointTable } from '../../../src/input/point-table.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';

function table(rows: Array<[string, number, number, number]>, domain: 'terrestrial' | 'cartesian' = 'terrestrial'): PointTable {
  const ids = [...new Set(rows.map((r) => r[0]))];
  return {
    source: 'test', domain, length: rows.length,
    t: Float64Array.from(rows.map((r) => r[1])),
    lon: Float64Array.from(rows.map((r) => r[2])),
    lat: Float64Array.from(rows.map((r) => r[3])),
    objectIndex: Uint32Array.from(rows.map((r) => ids.indexOf(r[0]))),
    objectIds: ids,
    line: Uint32Array.from(rows.map((_, i) => i + 1)),
    numeric: { speed: Float64Array.from(rows.map((_, i) => i * 10)) },
    text: {},
  };
}
const MIN = 60_000;
const opts = { separationTimeMs: 20 * MIN, separationDistance: 100, minPoints: 2 };

describe('assembleTrajectories', () => {
  it('assembleTrajectories() groups by object and sorts each by time, carrying properties along', () => {
    const { set, report } = assembleTrajectories(table([
      ['a', 2 * MIN, 0.02, 0], ['b', 0, 10, 10], ['a', 0, 0, 0], ['b', MIN, 10.01, 10], ['a', MIN, 0.01, 0],
    ]), opts);
    expect(set.count).toBe(2);
    expect(Array.from(set.offsets)).toEqual([0, 3, 5]);
    expect(Array.from(set.t.subarray(0, 3))).toEqual([0, MIN, 2 * MIN]);
    expect(Array.from(set.lon.subarray(0, 3))).toEqual([0, 0.01, 0.02]);
    expect(Array.from(set.numeric.speed.subarray(0, 3))).toEqual([20, 40, 0]);
    expect(set.objectIds[set.objectIndex[1]]).toBe('b');
    expect(set.startMs[0]).toBe(0);
    expect(set.endMs[0]).toBe(2 * MIN);
    expect(set.timeSpanMs).toEqual([0, 2 * MIN]);
    expect(set.bbox).toEqual([0, 0, 10.01, 10]);
    expect(set.t.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(report).toMatchObject({ objects: 2, trajectories: 2, points: 5 });
  });

  it('assembleTrajectories() splits at time gaps and at distance gaps', () => {
    const { set, report } = assembleTrajectories(table([
      ['a', 0, 0, 0], ['a', MIN, 0.01, 0],
      ['a', 30 * MIN, 0.02, 0], ['a', 31 * MIN, 0.03, 0], // 29-minute gap
      ['a', 32 * MIN, 5, 0], ['a', 33 * MIN, 5.01, 0], // ~550 km jump
    ]), opts);
    expect(set.count).toBe(3);
    expect(report.splitsByTime).toBe(1);
    expect(report.splitsByDistance).toBe(1);
  });

  it('assembleTrajectories() drops exact duplicates and pieces shorter than minPoints, but keeps an object seen once as a point', () => {
    const { set, report } = assembleTrajectories(table([
      ['a', 0, 0, 0], ['a', 0, 0, 0], ['a', MIN, 0.01, 0],
      ['a', 40 * MIN, 0.02, 0], // lone point after a gap: a stray beside a's track
      ['b', 0, 1, 1], // b has one report: a point object
      ['c', 0, 2, 2], ['c', MIN, 2.01, 2], ['c', 2 * MIN, 2.02, 2], // a 3-point track (dropped below with minPoints 4)
    ]), { ...opts, minPoints: 2 });
    expect(set.count).toBe(3);
    expect(report.duplicatesDropped).toBe(1);
    expect(report.droppedShort).toBe(1);
    expect(report.droppedPoints).toBe(1);
    expect(report.pointObjects).toBe(1);
    expect(Array.from(set.offsets)).toEqual([0, 2, 3, 6]);
    expect(set.objectIds[set.objectIndex[1]]).toBe('b');
    const strict = assembleTrajectories(table([['b', 0, 1, 1], ['c', 0, 2, 2], ['c', MIN, 2.01, 2], ['c', 2 * MIN, 2.02, 2]]), { ...opts, minPoints: 4 });
    expect(strict.set.count).toBe(1);
    expect(strict.report.droppedShort).toBe(1);
  });

  it('assembleTrajectories() keeps every report of an object seen only at single positions as its own point', () => {
    const { set, report } = assembleTrajectories(table([['s', 0, 0, 0], ['s', 30 * MIN, 1, 0], ['s', 60 * MIN, 2, 0]]), opts);
    expect(set.count).toBe(3);
    expect(report.pointObjects).toBe(3);
    expect(Array.from(set.startMs)).toEqual(Array.from(set.endMs));
  });

  it('assembleTrajectories() makes every position of single-time data a point object (no lines between simultaneous points)', () => {
    const { set, report } = assembleTrajectories(table([['h', 0, 0, 0], ['h', 0, 0.001, 0], ['h', 0, 0.002, 0], ['h', 0, 0.002, 0]]), opts);
    expect(set.count).toBe(3);
    expect(report.pointObjects).toBe(3);
    expect(report.duplicatesDropped).toBe(1);
  });

  it('assembleTrajectories() measures cartesian gaps in plane units', () => {
    const { set } = assembleTrajectories(table([['a', 0, 0, 0], ['a', 1, 50, 0], ['a', 2, 200, 0], ['a', 3, 210, 0]], 'cartesian'), opts);
    expect(set.count).toBe(2);
  });

  it('assembleTrajectories() carries text properties through sorting, duplicates and splits in shared memory', () => {
    const rows: Array<[string, number, number, number]> = [
      ['a', 2 * MIN, 0.02, 0], ['b', 0, 10, 10], ['a', 0, 0, 0], ['a', 0, 0, 0], ['a', MIN, 0.01, 0],
      ['b', MIN, 10.01, 10], ['a', 40 * MIN, 0.03, 0], ['a', 41 * MIN, 0.04, 0],
    ];
    const names = ['late', 'B0', 'first', 'dup', 'second', 'B1', 'after-gap', 'last'];
    const t = table(rows);
    t.text = { name: { codes: Uint32Array.from(names, (_, i) => i), values: names } };
    const { set, report } = assembleTrajectories(t, opts);
    expect(report.splitsByTime).toBe(1);
    expect(report.duplicatesDropped).toBe(1);
    expect(set.count).toBe(3);
    const column = set.text.name;
    expect(column.codes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(column.codes).toHaveLength(set.t.length);
    // Trajectory order: a (before the gap), a (after it), b; the first of the duplicates is kept.
    expect(Array.from(column.codes, (c) => column.values[c])).toEqual(['first', 'second', 'late', 'after-gap', 'last', 'B0', 'B1']);
  });

  it('assembleTrajectories() keeps only the objects asked for, renumbered, and reports ids not in the data', () => {
    const rows: Array<[string, number, number, number]> = [
      ['a', 0, 0, 0], ['a', MIN, 0.01, 0], ['b', 0, 1, 1], ['b', MIN, 1.01, 1], ['c', 0, 2, 2], ['c', MIN, 2.01, 2],
    ];
    const only = assembleTrajectories(table(rows), { ...opts, objects: ['c', 'b', 'zz'] });
    expect(only.set.objectIds).toEqual(['b', 'c']);
    expect(Array.from(only.set.objectIndex)).toEqual([0, 1]);
    expect(only.set.lon[0]).toBe(1);
    expect(only.report).toMatchObject({ objects: 2, objectsFiltered: 1, idsNotFound: ['zz'] });
    const without = assembleTrajectories(table(rows), { ...opts, exclude: ['a'] });
    expect(without.set.objectIds).toEqual(['b', 'c']);
    expect(without.report.objectsFiltered).toBe(1);
    const both = assembleTrajectories(table(rows), { ...opts, objects: ['a', 'b'], exclude: ['b'] });
    expect(both.set.objectIds).toEqual(['a']);
  });

  it('assembleTrajectories() says clearly when no object is left', () => {
    const rows: Array<[string, number, number, number]> = [['a', 0, 0, 0], ['a', MIN, 0.01, 0]];
    try {
      assembleTrajectories(table(rows), { ...opts, objects: ['x1', 'x2'] });
      expect.unreachable();
    } catch (error) {
      expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
      expect((error as Error).message).toMatch(/No object is left after --objects; not in the data: x1, x2/);
    }
  });
});
