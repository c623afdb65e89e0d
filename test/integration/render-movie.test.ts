// End to end through the built package (dist/), with the real bundled ffmpeg.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMovie, renderStill } from '../../dist/index.js';
import { metadata, probe } from '../helpers/ffmpeg-tools.js';
import { useMovieRenders } from '../helpers/movie-renders.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-it-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const renderEachWay = useMovieRenders('trackreel-it-ways-');

function workParent(name: string): string {
  return mkdtempSync(join(dir, `${name}-work-`));
}

describe.skipIf(!HAVE_SHARED_DATA)('movies of the real samples', () => {
  it('NYHarbor AIS: planned frame count, size and codec; metadata; no temporary files left', async () => {
    const output = join(dir, 'ny.mp4');
    const work = workParent('ny');
    const result = await renderMovie({
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), output, fps: 15, durationMs: 4000, size: [640, 360],
      trailDurationMs: '10m', title: 'NY Harbor', artist: 'trackreel tests', workDir: work,
    });
    expect(result.frameCount).toBe(60);
    expect(probe(output)).toMatchObject({ codec: 'h264', width: 640, height: 360, frames: 60, pixFmt: 'yuv420p' });
    expect(metadata(output)).toMatchObject({ title: 'NY Harbor', artist: 'trackreel tests' });
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes('.partial.'))).toEqual([]);
  });

  it('SampleFlightsUS: WebM at 30 fps with the requested frame count', async () => {
    const output = join(dir, 'flights.webm');
    await renderMovie({ input: sample('SampleFlightsUS.csv'), output, fps: 30, durationMs: 2000, size: [480, 270], trailDurationMs: '2h', workers: 2 });
    expect(probe(output)).toMatchObject({ codec: 'vp9', width: 480, height: 270, frames: 60 });
  });

  it('identical frames whether rendered by one worker or two with batches of 7', async () => {
    const common = {
      input: sample('NYHarbor_2020_06_30_first_hour.csv'), fps: 10, durationMs: 5000, size: [320, 240] as [number, number],
      trailDurationMs: '15m', colorBy: 'SOG', scalarRange: [0, 20] as [number, number],
    };
    const [serial, parallel] = await renderEachWay(common, [{ workers: 1 }, { workers: 2, batchSize: 7 }]);
    expect(serial.result.batches).toBe(2); // default batch size: at least 30 frames
    expect(parallel.result.batches).toBe(8);
    const ha = serial.hashes;
    const hb = parallel.hashes;
    expect(ha).toHaveLength(50);
    expect(hb).toEqual(ha);
    // Trails move: consecutive frames differ.
    expect(new Set(ha).size).toBeGreaterThan(40);
  });

  it('a GIF with a palette and the planned frame count', async () => {
    const output = join(dir, 'ships.gif');
    await renderMovie({ input: sample('NYHarbor_2020_06_30_first_hour.csv'), output, fps: 10, durationMs: 2000, size: [200, 150] });
    expect(probe(output)).toMatchObject({ codec: 'gif', width: 200, height: 150, frames: 20 });
  });

  it('a still PNG at a given time', async () => {
    const output = join(dir, 'still.png');
    const r = await renderStill({ input: sample('NYHarbor_2020_06_30_first_hour.csv'), output, at: '2020-06-30T00:30:00Z', size: [400, 300] });
    expect(r.timeMs).toBe(Date.UTC(2020, 5, 30, 0, 30));
    expect(probe(output)).toMatchObject({ codec: 'png', width: 400, height: 300 });
  });
});
