// The split thresholds read from the data when none is given (trajectory/sampling-separation.ts):
// sparse tracks stay whole, dense ones split as with the fixed 20 min / 100 km, and a glitch that
// jumps faster than anything in the data is still cut.
import { describe, expect, it } from 'vitest';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable } from '../render/synthetic-scene.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const FROM_DATA = { separationTimeMs: null, separationDistance: null, minPoints: 2 };
// 1 degree of latitude is ~111 km.
const KM = 1 / 111.2;

describe('separation read from the data', () => {
  it('keeps a goose whose GPS fixes are two hours apart one track, through a 200 km migration leg', () => {
    const points: Array<[number, number, number]> = [];
    for (let i = 0; i < 200; i++) points.push([i * 2 * HOUR, 10 + 0.3 * KM * Math.sin(i), 60 + 0.3 * KM * Math.cos(i)]);
    // Then four legs of 200 km, two hours each.
    for (let i = 1; i <= 4; i++) points.push([(199 + i) * 2 * HOUR, 10, 60 + 200 * KM * i]);
    const { set, report } = assembleTrajectories(pointTable([{ id: 'goose', points }]), FROM_DATA);
    expect(set.count).toBe(1);
    expect(report.separationTimeMs).toBe(20 * HOUR);
    expect(report.separationFromData).toEqual(['time', 'distance']);
    // The fixed thresholds cut it into 204 dots: every step is a 2 h gap.
    const fixed = assembleTrajectories(pointTable([{ id: 'goose', points }]), { separationTimeMs: 20 * MIN, separationDistance: 100, minPoints: 2 });
    expect(fixed.set.count).toBe(204);
    expect(fixed.report.pointObjects).toBe(204);
  });

  it('keeps a two-point flight whole, so it can follow the great circle', () => {
    const { set } = assembleTrajectories(pointTable([{ id: 'BA1', points: [[0, -73.78, 40.64], [7 * HOUR, -0.45, 51.47]] }]), FROM_DATA);
    expect(set.count).toBe(1);
    expect(set.offsets[1]).toBe(2);
  });

  it('splits dense data as the fixed thresholds do: a 30 min gap in 1 min AIS, and a 1,000 km glitch', () => {
    const points: Array<[number, number, number]> = [];
    for (let i = 0; i < 100; i++) points.push([i * MIN, -74 + i * 0.3 * KM, 40.6]);
    for (let i = 0; i < 100; i++) points.push([(130 + i) * MIN, -74 + (100 + i) * 0.3 * KM, 40.6]);
    points.push([231 * MIN, -74, 40.6 + 1000 * KM]);
    for (let i = 0; i < 5; i++) points.push([(232 + i) * MIN, -74 + (200 + i) * 0.3 * KM, 40.6]);
    const { set, report } = assembleTrajectories(pointTable([{ id: 'ship', points }]), FROM_DATA);
    expect(report.separationTimeMs).toBe(20 * MIN);
    expect(report.splitsByTime).toBe(1);
    expect(report.splitsByDistance).toBe(2);
    // 100, 100, the glitch alone (dropped as a stray beside tracks), 5.
    expect(set.count).toBe(3);
  });

  it('a distance given by the user splits whatever the speed', () => {
    const points: Array<[number, number, number]> = [[0, 10, 60], [2 * HOUR, 10, 60 + 200 * KM], [4 * HOUR, 10, 60 + 400 * KM]];
    const { set, report } = assembleTrajectories(pointTable([{ id: 'goose', points }]), { separationTimeMs: null, separationDistance: 100, minPoints: 1 });
    expect(report.separationFromData).toEqual(['time']);
    expect(report.splitsByDistance).toBe(2);
    expect(set.count).toBe(3);
  });
});
