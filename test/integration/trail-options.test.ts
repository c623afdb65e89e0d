// Frame-exactness of the trail options (translucent trails, fades, width by property, z-order,
// highlight, labels) through the built package: one worker or two with small batches.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { frameHashes } from '../helpers/ffmpeg-tools.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-trails-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAVE_SHARED_DATA)('trail options across workers', () => {
  it('identical frames whether rendered by one worker or two with batches of 6', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 3000, size: [320, 240] as [number, number],
      trailDurationMs: '15m', colorBy: 'SOG', tailOpacity: 0.2, fadeMs: '5m', lineWidth: 'SOG', zOrder: 'SOG',
      highlight: ['367000140'], label: 'VesselName', labelSize: 9,
    };
    const serial = join(dir, 'serial.mkv');
    const parallel = join(dir, 'parallel.mkv');
    await renderMovie({ ...common, output: serial, workers: 1 });
    const b = await renderMovie({ ...common, output: parallel, workers: 2, batchSize: 6 });
    expect(b.batches).toBe(5);
    const ha = frameHashes(serial);
    expect(ha).toHaveLength(30);
    expect(frameHashes(parallel)).toEqual(ha);
    expect(new Set(ha).size).toBeGreaterThan(25);
  });
});
