// Renders that share one --work-dir (issue 14 item 5): two renders of the same data at once used to
// delete each other's unfinished chunks and both fail. Now the keyed folder is locked: renders of
// the same movie take turns, renders into another format get their own folder.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMovie } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { frameHashes } from '../helpers/ffmpeg-tools.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-shared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'flights.csv');
writeFileSync(input, generateDemoFlights());
const movie = { input, fps: 12, durationMs: 3000, size: [160, 120] as [number, number], trailDurationMs: '2h', map: 'world', batchSize: 3, workers: 2 };

describe('one --work-dir, several renders at once', () => {
  it('renderMovie() x3 at once into a.mp4, b.mp4 and a.webm all succeed, with every frame, and leave the folder empty', async () => {
    const work = join(dir, 'work');
    const outputs = ['a.mp4', 'b.mp4', 'a.webm'].map((f) => join(dir, f));
    const results = await Promise.allSettled(outputs.map((output) => renderMovie({ ...movie, output, workDir: work })));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.frameCount : (r.reason as Error).message))).toEqual([36, 36, 36]);
    const [a, b] = [frameHashes(outputs[0]), frameHashes(outputs[1])];
    expect(a).toHaveLength(36);
    expect(b).toEqual(a);
    expect(frameHashes(outputs[2])).toHaveLength(36);
    expect(readdirSync(work)).toEqual([]);
  });
});
