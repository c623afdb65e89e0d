// --direct: batches encoded straight to the final codec and joined by stream copy.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { probe } from '../helpers/ffmpeg-tools.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-direct-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'flights.csv');
writeFileSync(input, generateDemoFlights());
const movie = { input, fps: 25, durationMs: 4000, size: [320, 240] as [number, number], trailDurationMs: '2h', map: 'world', workers: 2, batchSize: 17 };

describe('direct mode', () => {
  it('MP4: H.264 chunks joined by stream copy, exact frame count, no second encode', async () => {
    const output = join(dir, 'direct.mp4');
    const work = mkdtempSync(join(dir, 'work-'));
    await renderMovie({ ...movie, output, direct: true, workDir: work, keepWork: true });
    expect(probe(output)).toMatchObject({ codec: 'h264', width: 320, height: 240, frames: 100, pixFmt: 'yuv420p' });
    // The kept chunks are already H.264: the final step only copied them.
    const chunks = readdirSync(join(work, readdirSync(work)[0])).filter((f) => f.endsWith('.mkv'));
    expect(chunks).toHaveLength(6);
    expect(probe(join(work, readdirSync(work)[0], chunks[0])).codec).toBe('h264');
  });

  it('WebM: VP9 chunks', async () => {
    const output = join(dir, 'direct.webm');
    await renderMovie({ ...movie, output, direct: true });
    expect(probe(output)).toMatchObject({ codec: 'vp9', frames: 100 });
  });

  it('is refused for formats that cannot be joined by copy', async () => {
    const e = await renderMovie({ ...movie, output: join(dir, 'x.gif'), direct: true }).catch((x) => x);
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toMatch(/--direct works with \.mp4 and \.webm/);
  });
});
