// A heatmap movie end to end through the built package: the same frames for one worker or two,
// whatever the batch size (also under a follow camera), and a density that changes from frame to frame.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { frameHashes, probe } from '../helpers/ffmpeg-tools.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-heatmap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAVE_SHARED_DATA)('heatmap movie of NYHarbor', () => {
  it('identical frames serially and with two workers at batch sizes 7 and 1', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 2000, size: [320, 240] as [number, number],
      movieType: 'heatmap' as const, trailDurationMs: '10m', heatmapWindowMs: '30m', heatmapTrails: true,
    };
    const serial = join(dir, 'serial.mkv');
    const seven = join(dir, 'seven.mkv');
    const one = join(dir, 'one.mkv');
    await renderMovie({ ...common, output: serial, workers: 1 });
    const b = await renderMovie({ ...common, output: seven, workers: 2, batchSize: 7 });
    const c = await renderMovie({ ...common, output: one, workers: 2, batchSize: 1 });
    expect([b.batches, c.batches]).toEqual([3, 20]);
    expect(probe(serial)).toMatchObject({ width: 320, height: 240, frames: 20 });
    const reference = frameHashes(serial);
    expect(reference).toHaveLength(20);
    expect(frameHashes(seven)).toEqual(reference);
    expect(frameHashes(one)).toEqual(reference);
    expect(new Set(reference).size).toBeGreaterThan(15);
  });

  it('under --follow: identical frames serially and with two workers at batch size 3', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 2000, size: [320, 240] as [number, number],
      movieType: 'heatmap' as const, trailDurationMs: '10m', heatmapWindowMs: '20m', follow: '367784630', followRadiusKm: 3,
    };
    const serial = join(dir, 'follow-serial.mkv');
    const parallel = join(dir, 'follow-parallel.mkv');
    await renderMovie({ ...common, output: serial, workers: 1 });
    const b = await renderMovie({ ...common, output: parallel, workers: 2, batchSize: 3 });
    expect(b.batches).toBe(7);
    const reference = frameHashes(serial);
    expect(reference).toHaveLength(20);
    expect(frameHashes(parallel)).toEqual(reference);
    expect(new Set(reference).size).toBeGreaterThan(15);
  });
});
