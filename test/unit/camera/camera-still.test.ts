// A still at a time (renderStill --at, and the preview, which renders a one-frame timeline) uses
// the same camera as the movie's frame at that time: the camera is a function of time only.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderStill } from '../../../src/pipeline/render-still.js';
import { OPTIONS_BY_KEY } from '../../../src/options/option-definitions.js';
import { validateOptions } from '../../../src/options/render-options.js';
import { decodePngRgba } from '../../../src/render/raster/canvas.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const temp = useTempFiles('trackreel-camera-');

// Two ships over New York harbour, one point every 10 s for 190 s; 'ferry' zigzags.
function csv(): string {
  const rows = ['object_id,timestamp,lon,lat'];
  for (let i = 0; i < 20; i++) {
    const t = new Date(Date.UTC(2020, 5, 30, 0, 0, 10 * i)).toISOString();
    rows.push(`ferry,${t},${(-74.07 + 0.002 * i).toFixed(5)},${(40.64 + 0.001 * (i % 4)).toFixed(5)}`);
    rows.push(`tug,${t},${(-74.02 - 0.001 * i).toFixed(5)},${(40.66 + 0.0015 * i).toFixed(5)}`);
  }
  return rows.join('\n');
}

describe('camera in stills', () => {
  it('renderStill --at t_k equals frame k of the movie with --follow', async () => {
    const input = await temp('ships.csv', csv());
    const common = { input, size: [160, 120] as [number, number], fps: 10, durationMs: 2000, trailDurationMs: 60_000, follow: 'ferry', followRadiusKm: 0.5, overwrite: true };
    // 20 frames over 190 s: frame 7 shows 00:01:10.
    const byFrame = await renderStill({ ...common, output: await temp('frame.png', ''), frame: 7 });
    const byTime = await renderStill({ ...common, output: await temp('at.png', ''), at: '2020-06-30T00:01:10Z' });
    expect(byFrame.timeMs).toBe(byTime.timeMs);
    const a = await decodePngRgba(await readFile(byFrame.output));
    const b = await decodePngRgba(await readFile(byTime.output));
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    // And the camera did move the view: another frame differs.
    const other = await renderStill({ ...common, output: await temp('other.png', ''), frame: 15 });
    expect(Buffer.from((await decodePngRgba(await readFile(other.output))).data).equals(Buffer.from(a.data))).toBe(false);
  });

  it('refuses an unknown --follow id with INVALID_OPTION naming follow', async () => {
    const input = await temp('ships2.csv', csv());
    await expect(renderStill({ input, output: await temp('x.png', ''), follow: 'nobody', overwrite: true }))
      .rejects.toMatchObject({ code: 'INVALID_OPTION', context: { option: 'follow' } });
  });
});

describe('camera options', () => {
  it('--camera on the command line gives the config form, validated with times read', () => {
    const raw = OPTIONS_BY_KEY.get('camera')!.fromCli!('2020-06-30T00:00:10Z@-74.05,40.65,2km;2020-06-30T00:01:00Z@-74.1,40.6,-74,40.7');
    const validated = validateOptions<{ camera: unknown }>({ camera: raw }, []);
    expect(validated.camera).toEqual([
      { time: Date.UTC(2020, 5, 30, 0, 0, 10), center: [-74.05, 40.65], radiusKm: 2 },
      { time: Date.UTC(2020, 5, 30, 0, 1, 0), bbox: [-74.1, 40.6, -74, 40.7] },
    ]);
  });
  it('a config keyframe with a bad field is an INVALID_OPTION naming camera', () => {
    expect(() => validateOptions({ camera: [{ time: 'soon', center: [0, 0], radiusKm: 1 }] }, [])).toThrow(/Expected keyframes TIME@LON,LAT,RADIUSkm.*for camera/);
    expect(() => validateOptions({ camera: [{ time: 0, center: [0, 0], radiusKm: -1 }] }, [])).toThrow(/for camera/);
    expect(() => validateOptions({ followRadiusKm: 0 }, [])).toThrow(/for followRadiusKm/);
  });
});
