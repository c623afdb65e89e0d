// A moving camera end to end (dist/, real ffmpeg): the same frames from one worker or two with
// small batches, since each frame's view and basemap depend only on its time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { frameHashes } from '../helpers/ffmpeg-tools.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-camera-it-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAVE_SHARED_DATA)('moving camera movies', () => {
  it('--follow: identical frames from one worker and from two with batches of 7', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 5000, size: [320, 240] as [number, number],
      trailDurationMs: '10m', follow: '367784630', followRadiusKm: 3, title: 'HAPPY HAULER',
    };
    const serial = join(dir, 'follow-serial.mkv');
    const parallel = join(dir, 'follow-parallel.mkv');
    await renderMovie({ ...common, output: serial, workers: 1 });
    const b = await renderMovie({ ...common, output: parallel, workers: 2, batchSize: 7 });
    expect(b.batches).toBe(8);
    const ha = frameHashes(serial);
    expect(ha).toHaveLength(50);
    expect(frameHashes(parallel)).toEqual(ha);
    // The map moves under the camera: (nearly) every frame differs.
    expect(new Set(ha).size).toBeGreaterThan(45);
  });

  it('--camera keyframes zooming from the harbour to one pier: identical frames across batchings', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 3000, size: [320, 240] as [number, number],
      trailDurationMs: '10m', camera: '2020-06-30T00:10:00Z@-74.3,40.4,-73.7,40.9;2020-06-30T00:40:00Z@-74.07,40.64,1.5km',
    };
    const serial = join(dir, 'keys-serial.mkv');
    const parallel = join(dir, 'keys-parallel.mkv');
    await renderMovie({ ...common, output: serial, workers: 1, batchSize: 30 });
    await renderMovie({ ...common, output: parallel, workers: 2, batchSize: 4 });
    const ha = frameHashes(serial);
    expect(ha).toHaveLength(30);
    expect(frameHashes(parallel)).toEqual(ha);
  });
});
