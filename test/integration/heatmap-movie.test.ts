// A heatmap movie end to end through the built package: the same frames for one worker or two,
// whatever the batch size (also under a follow camera), and a density that changes from frame to frame.
import { describe, expect, it } from 'vitest';
import { probe } from '../helpers/ffmpeg-tools.js';
import { useMovieRenders } from '../helpers/movie-renders.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const renderEachWay = useMovieRenders('trackreel-heatmap-');

describe.skipIf(!HAVE_SHARED_DATA)('heatmap movie of NYHarbor', () => {
  it('identical frames serially and with two workers at batch sizes 7 and 1', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 2000, size: [320, 240] as [number, number],
      movieType: 'heatmap' as const, trailDurationMs: '10m', heatmapWindowMs: '30m', heatmapTrails: true,
    };
    const [serial, seven, one] = await renderEachWay(common, [{ workers: 1 }, { workers: 2, batchSize: 7 }, { workers: 2, batchSize: 1 }]);
    expect([seven.result.batches, one.result.batches]).toEqual([3, 20]);
    expect(probe(serial.output)).toMatchObject({ width: 320, height: 240, frames: 20 });
    const reference = serial.hashes;
    expect(reference).toHaveLength(20);
    expect(seven.hashes).toEqual(reference);
    expect(one.hashes).toEqual(reference);
    expect(new Set(reference).size).toBeGreaterThan(15);
  });

  it('under --follow: identical frames serially and with two workers at batch size 3', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 2000, size: [320, 240] as [number, number],
      movieType: 'heatmap' as const, trailDurationMs: '10m', heatmapWindowMs: '20m', follow: '367784630', followRadiusKm: 3,
    };
    const [serial, parallel] = await renderEachWay(common, [{ workers: 1 }, { workers: 2, batchSize: 3 }]);
    expect(parallel.result.batches).toBe(7);
    const reference = serial.hashes;
    expect(reference).toHaveLength(20);
    expect(parallel.hashes).toEqual(reference);
    expect(new Set(reference).size).toBeGreaterThan(15);
  });
});
