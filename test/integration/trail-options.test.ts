// Frame-exactness of the trail options (translucent trails, fades, width by property, z-order,
// highlight, labels) through the built package: one worker or two with small batches.
import { describe, expect, it } from 'vitest';
import { useMovieRenders } from '../helpers/movie-renders.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const renderEachWay = useMovieRenders('trackreel-trails-');

describe.skipIf(!HAVE_SHARED_DATA)('trail options across workers', () => {
  it('identical frames whether rendered by one worker or two with batches of 6', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 3000, size: [320, 240] as [number, number],
      trailDurationMs: '15m', colorBy: 'SOG', tailOpacity: 0.2, fadeMs: '5m', lineWidth: 'SOG', zOrder: 'SOG',
      highlight: ['367000140'], label: 'VesselName', labelSize: 9,
    };
    const [serial, parallel] = await renderEachWay(common, [{ workers: 1 }, { workers: 2, batchSize: 6 }]);
    expect(parallel.result.batches).toBe(5);
    const ha = serial.hashes;
    expect(ha).toHaveLength(30);
    expect(parallel.hashes).toEqual(ha);
    expect(new Set(ha).size).toBeGreaterThan(25);
  });
});
