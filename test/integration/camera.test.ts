// A moving camera end to end (dist/, real ffmpeg): the same frames from one worker or two with
// small batches, since each frame's view and basemap depend only on its time.
import { describe, expect, it } from 'vitest';
import { useMovieRenders } from '../helpers/movie-renders.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const renderEachWay = useMovieRenders('trackreel-camera-it-');

describe.skipIf(!HAVE_SHARED_DATA)('moving camera movies', () => {
  it('--follow: identical frames from one worker and from two with batches of 7', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 5000, size: [320, 240] as [number, number],
      trailDurationMs: '10m', follow: '367784630', followRadiusKm: 3, title: 'HAPPY HAULER',
    };
    const [serial, parallel] = await renderEachWay(common, [{ workers: 1 }, { workers: 2, batchSize: 7 }]);
    expect(parallel.result.batches).toBe(8);
    const ha = serial.hashes;
    expect(ha).toHaveLength(50);
    expect(parallel.hashes).toEqual(ha);
    // The map moves under the camera: (nearly) every frame differs.
    expect(new Set(ha).size).toBeGreaterThan(45);
  });

  it('--camera keyframes zooming from the harbour to one pier: identical frames across batchings', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 3000, size: [320, 240] as [number, number],
      trailDurationMs: '10m', camera: '2020-06-30T00:10:00Z@-74.3,40.4,-73.7,40.9;2020-06-30T00:40:00Z@-74.07,40.64,1.5km',
    };
    const [serial, parallel] = await renderEachWay(common, [{ workers: 1, batchSize: 30 }, { workers: 2, batchSize: 4 }]);
    const ha = serial.hashes;
    expect(ha).toHaveLength(30);
    expect(parallel.hashes).toEqual(ha);
  });
});
