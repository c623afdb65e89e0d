// Issue 14 item 7: times a date cannot hold and frame counts that cannot fit are clear errors.
import { describe, expect, it } from 'vitest';
import { describeInput } from '../../../src/index.js';
import { MAX_FRAMES, planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable } from '../render/synthetic-scene.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const writeFile = useTempFiles('trackreel-time-bounds-');
const set = assembleTrajectories(pointTable([{ id: 'a', points: [[0, 0, 0], [60_000, 1, 1]] }]),
  { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 1 }).set;
const timeline = { fps: 30, durationMs: 10_000, startMs: null, endMs: null, trailDurationMs: 1000, skipIdle: false };

describe('time bounds', () => {
  it('refuses a point whose time no date can hold, naming the file and line', async () => {
    const file = await writeFile('far.csv', 'a,2020-01-01T00:00:00Z,1,2\na,1e25,1.1,2\n');
    await expect(describeInput({ input: file })).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/far\.csv:2: time: .* outside the range a date can hold/) });
    const geojson = await writeFile('far.geojson', JSON.stringify({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[1, 2], [1.1, 2]] }, properties: { times: [1e300, 1e300] } }));
    await expect(describeInput({ input: geojson })).rejects.toMatchObject({ code: 'INPUT_PARSE' });
  });

  it(`refuses more than ${MAX_FRAMES} frames, and a start no date can hold`, () => {
    expect(() => planTimeline(set, { ...timeline, durationMs: 10_000_000 * 3_600_000, fps: 240 } as never))
      .toThrow(expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringContaining('at most 10,000,000') }));
    expect(() => planTimeline(set, { ...timeline, startMs: -1e17 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(planTimeline(set, timeline as never).frameCount).toBe(300);
  });
});
