// Which way heads point (scene/head-bearings.ts): a pure function of the data.
import { describe, expect, it } from 'vitest';
import { headBearings } from '../../../src/scene/head-bearings.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable, type Track } from '../render/synthetic-scene.js';

const MIN = 60_000;
const set = (tracks: Track[], names: string[]) =>
  assembleTrajectories(pointTable(tracks, names), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 1 }).set;
const near = (a: number, b: number): number => Math.abs(((a - b + 540) % 360) - 180);

describe('headBearings', () => {
  it('follows the direction of motion without properties, and keeps it at rest', () => {
    // East for 3 minutes, then parked for 3 minutes (the same position).
    const b = headBearings(set([{ id: 's', points: [[0, 0, 0], [MIN, 0.01, 0], [2 * MIN, 0.02, 0], [3 * MIN, 0.02, 0], [4 * MIN, 0.02, 0], [5 * MIN, 0.02, 0]] }], []));
    for (const v of b) expect(near(v, 90)).toBeLessThan(0.1);
  });

  it('takes a heading property even at rest, a course only while moving, and ignores AIS 511', () => {
    // Moving north with COG 0 while Heading says 10; then at rest with a noisy COG and Heading 511.
    const points: Track['points'] = [
      [0, 0, 0, 0, 10], [MIN, 0, 0.01, 0, 10], [2 * MIN, 0, 0.02, 0, 511],
      [3 * MIN, 0, 0.02, 250, 511], [4 * MIN, 0, 0.02, 120, 511],
    ];
    const b = headBearings(set([{ id: 's', points }], ['COG', 'Heading']));
    expect(near(b[0], 10)).toBeLessThan(0.1);
    expect(near(b[1], 10)).toBeLessThan(0.1);
    // Heading not available: moving, so the course (0).
    expect(near(b[2], 0)).toBeLessThan(0.1);
    // At rest: the noisy courses 250 and 120 are not followed.
    expect(near(b[3], 0)).toBeLessThan(0.1);
    expect(near(b[4], 0)).toBeLessThan(0.1);
  });

  it('smooths headings reported every second over 30 s, so a single wild report barely turns the head', () => {
    const points: Track['points'] = Array.from({ length: 61 }, (_, i) => [i * 1000, 0, i * 1e-4, i === 30 ? 180 : 90] as [number, number, number, number]);
    const b = headBearings(set([{ id: 'p', points }], ['heading']));
    expect(near(b[30], 90)).toBeLessThan(8);
    expect(near(b[0], 90)).toBeLessThan(0.1);
  });
});
