import { describe, expect, it } from 'vitest';
import { derivedScalar, type DerivedScalarName, type DerivedScalarOptions } from '../../../src/style/derived-scalars.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import type { TrajectorySet } from '../../../src/trajectory/trajectory-set.js';
import { pointTable, type Track } from '../render/synthetic-scene.js';

const HOUR = 3_600_000;
const t0 = Date.UTC(2020, 5, 30, 12, 0, 0);
const NO_SPLIT = { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 };

function trajectories(tracks: Track[], numeric: string[] = [], domain: 'terrestrial' | 'cartesian' = 'terrestrial'): TrajectorySet {
  return assembleTrajectories(pointTable(tracks, numeric, domain), NO_SPLIT).set;
}
function values(set: TrajectorySet, name: DerivedScalarName, options?: DerivedScalarOptions): number[] {
  return Array.from(derivedScalar(set, name, options)!.values);
}

describe('derived scalars', () => {
  it('derivedScalar(speed) of a track moving 1 degree of latitude per hour is 111.19 km/h at every point', () => {
    const set = trajectories([{ id: 'n', points: [[t0, 5, 0], [t0 + HOUR, 5, 1], [t0 + 2 * HOUR, 5, 2]] }]);
    const speed = derivedScalar(set, 'speed')!;
    expect(speed.title).toBe('speed (km/h)');
    // 1° of a great circle on the 6371.0088 km mean-radius sphere: 111.195 km.
    for (const v of speed.values) expect(v).toBeCloseTo(111.195, 3);
  });

  it('derivedScalar(speed) of x/y data is in units per second', () => {
    const set = trajectories([{ id: 'c', points: [[t0, 0, 0], [t0 + 2000, 3, 4], [t0 + 4000, 6, 8]] }], [], 'cartesian');
    const speed = derivedScalar(set, 'speed')!;
    expect(speed.title).toBe('speed (units/s)');
    expect(Array.from(speed.values)).toEqual([2.5, 2.5, 2.5]);
  });

  it('derivedScalar(speed) never divides by a zero time step: equal times use the nearest earlier or later time', () => {
    // Two points at the same time but different places (not duplicates, so assembly keeps both).
    const set = trajectories([
      { id: 'z', points: [[t0, 0, 0], [t0, 0, 0.5], [t0 + HOUR, 0, 1]] },
      { id: 'only-one-time', points: [[t0, 1, 0], [t0, 1, 1]] },
    ]);
    const speed = values(set, 'speed');
    for (const v of speed) expect(v === Infinity || v === -Infinity).toBe(false);
    // (0,0) and (0,0.5) both reach (0,1) an hour later.
    expect(speed[0]).toBeCloseTo(111.19, 1);
    expect(speed[1]).toBeCloseTo(111.19 / 2, 1);
    expect(speed[2]).toBeCloseTo(111.19 / 2, 1);
    // A trajectory all at one time has no speed.
    expect(speed.slice(3)).toEqual([NaN, NaN]);
  });

  it('derivedScalar(heading) is degrees clockwise from north: east 90, north 0, west 270, south 180', () => {
    const step = (id: string, dLon: number, dLat: number): Track => ({ id, points: [[t0, 10, 0], [t0 + HOUR, 10 + dLon, dLat], [t0 + 2 * HOUR, 10 + 2 * dLon, 2 * dLat]] });
    const set = trajectories([step('e', 1, 0), step('n', 0, 1), step('w', -1, 0), step('s', 0, -1)]);
    const heading = derivedScalar(set, 'heading')!;
    expect(heading).toMatchObject({ title: 'heading (°)', range: [0, 360], cyclic: true });
    const h = Array.from(heading.values);
    for (const [i, want] of [[0, 90], [3, 0], [6, 270], [9, 180]]) {
      for (let j = i; j < i + 3; j++) expect(h[j]).toBeCloseTo(want, 6);
    }
  });

  it('derivedScalar(heading) keeps the heading through a pause and has none for a track that never moves', () => {
    const set = trajectories([
      { id: 'pause', points: [[t0, 0, 0], [t0 + HOUR, 0, 0], [t0 + 2 * HOUR, 1, 0], [t0 + 3 * HOUR, 1, 0], [t0 + 4 * HOUR, 1, 1]] },
      { id: 'still', points: [[t0, 5, 5], [t0 + HOUR, 5, 5]] },
    ]);
    const h = values(set, 'heading');
    expect(h.slice(0, 4).map((v) => Math.round(v))).toEqual([90, 90, 90, 90]);
    expect(h[4]).toBeCloseTo(0, 6);
    expect(h.slice(5)).toEqual([NaN, NaN]);
  });

  it('derivedScalar(heading) of x/y data: +y is north', () => {
    const set = trajectories([{ id: 'c', points: [[t0, 0, 0], [t0 + 1000, 1, 1]] }], [], 'cartesian');
    expect(values(set, 'heading')[1]).toBeCloseTo(45, 9);
  });

  it('derivedScalar(climb) is the altitude property\'s change per minute, skipping points without altitude', () => {
    const set = trajectories([{ id: 'up', points: [[t0, 0, 0, 1000], [t0 + 60_000, 0, 0.1, 1500], [t0 + 120_000, 0, 0.2, NaN], [t0 + 240_000, 0, 0.3, 1200]] }], ['Altitude']);
    const climb = derivedScalar(set, 'climb')!;
    expect(climb.title).toBe('climb (Altitude/min)');
    // 1000 -> 1500 in a minute; the point without altitude has no climb; 1500 -> 1200 in 3 minutes.
    expect(Array.from(climb.values)).toEqual([500, 500, NaN, -100]);
    expect(derivedScalar(trajectories([{ id: 'x', points: [[t0, 0, 0], [t0 + 1, 0, 1]] }]), 'climb')).toBeNull();
  });

  it('derivedScalar(time-of-day) gives hours in the clock\'s IANA zone (with DST) or fixed offset', () => {
    // 12:00 UTC on 30 June is 08:00 EDT in New York; 1 January 12:00 UTC is 07:00 EST.
    const set = trajectories([{ id: 'a', points: [[t0, 0, 0], [t0 + 90 * 60_000, 0, 1], [Date.UTC(2021, 0, 1, 12), 0, 2]] }]);
    const ny = derivedScalar(set, 'time-of-day', { timeZone: 'America/New_York' })!;
    expect(ny).toMatchObject({ title: 'time of day (h, America/New_York)', range: [0, 24], cyclic: true });
    expect(Array.from(ny.values)).toEqual([8, 9.5, 7]);
    expect(values(set, 'time-of-day', { utcOffsetHours: -13 })).toEqual([23, 0.5, 23]);
    expect(derivedScalar(set, 'time-of-day')!.title).toBe('time of day (h, UTC)');
    expect(() => derivedScalar(set, 'time-of-day', { timeZone: 'Mars/Olympus' })).toThrow(/Expected an IANA time zone name .* for timeZone/);
  });

  it('derivedScalar(trajectory-progress) runs from 0 at a trajectory\'s first point to 1 at its last', () => {
    const set = trajectories([{ id: 'a', points: [[t0, 0, 0], [t0 + HOUR, 0, 1], [t0 + 4 * HOUR, 0, 2]] }]);
    expect(values(set, 'trajectory-progress')).toEqual([0, 0.25, 1]);
  });
});
