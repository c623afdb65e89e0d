// Goldens of the head symbols (issue 20), each made as a user makes it: a file, the options, renderStill.
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { renderStill } from '../../src/index.js';
import { compareToGolden } from '../helpers/golden.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';
import { useTempFiles } from '../helpers/temp-files.js';

const here = dirname(fileURLToPath(import.meta.url));
const writeFile = useTempFiles('trackreel-heads-');
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const T0 = Date.UTC(2024, 4, 1, 12);

// Six aircraft on curving paths over the North Sea, one point a minute.
function planes(): string {
  const rows = ['id,time,lon,lat'];
  for (let i = 0; i < 6; i++) {
    for (let m = 0; m <= 60; m++) {
      const a = (i * Math.PI) / 3 + m / 40;
      rows.push(`plane-${i},${iso(T0 + m * 60_000)},${(3 + 2.2 * Math.cos(a) + 0.03 * m).toFixed(5)},${(54 + 1.2 * Math.sin(a)).toFixed(5)}`);
    }
  }
  return rows.join('\n') + '\n';
}

// Five ships in a harbour (AIS columns: MMSI, time, position, SOG, COG, Heading, A, B, C, D), one
// report every 10 s: three under way (one turning), two at anchor with noisy courses.
function ships(): string {
  const rows = ['MMSI,BaseDateTime,LON,LAT,SOG,COG,Heading,A,B,C,D'];
  const sizes = [[150, 40, 12, 20], [60, 20, 5, 7], [250, 50, 20, 22], [30, 10, 3, 4], [90, 30, 8, 10]];
  for (let s = 0; s < 5; s++) {
    for (let k = 0; k <= 60; k++) {
      const moving = s < 3;
      const turn = s === 1 ? k / 40 : 0;
      const heading = moving ? (45 + 40 * s + (turn * 180) / Math.PI) % 360 : 300 + 2 * s;
      const lon = 4.45 + 0.012 * s + (moving ? 0.0004 * k * Math.sin((heading * Math.PI) / 180) / Math.cos(0.9) : 0);
      const lat = 51.9 + 0.008 * s + (moving ? 0.0004 * k * Math.cos((heading * Math.PI) / 180) : 0);
      const cog = moving ? heading : (k * 97) % 360;
      const [a, b, c, d] = sizes[s];
      rows.push(`${244000000 + s},${iso(T0 + k * 10_000)},${lon.toFixed(6)},${lat.toFixed(6)},${moving ? 8 : 0},${cog},${Math.round(heading)},${a},${b},${c},${d}`);
    }
  }
  return rows.join('\n') + '\n';
}

async function still(name: string, input: string, options: Record<string, unknown>): Promise<void> {
  const output = join(await writeFile(`${name}.keep`, ''), '..', `${name}.png`);
  await renderStill({ input, output, size: [480, 270], overwrite: true, ...options });
  await compareToGolden(join(here, `${name}.png`), await readFile(output));
}

describe('head symbols', () => {
  it('planes turned along their paths', async () => {
    await still('heads-plane', await writeFile('planes.csv', planes()), { head: 'plane', trailDurationMs: 20 * 60_000, at: iso(T0 + 45 * 60_000) });
  });

  it('ships turned to their AIS heading, the anchored ones steady', async () => {
    await still('heads-ship', await writeFile('ships.csv', ships()), { head: 'ship', headSize: 18, trailDurationMs: 5 * 60_000, at: iso(T0 + 400_000) });
  });

  it('ships at true size from A, B, C and D at harbour zoom', async () => {
    await still('heads-hull', await writeFile('ships.csv', ships()), {
      head: 'ship', headScale: true, trailDurationMs: 5 * 60_000, at: iso(T0 + 400_000), bbox: [4.44, 51.895, 4.53, 51.945],
    });
  });

  it.skipIf(!HAVE_SHARED_DATA)('NYHarbor ships at true size in the Upper Bay', async () => {
    await still('heads-hull-nyharbor', sample('NYHarbor_2020_06_30_first_hour.csv'), {
      head: 'ship', headScale: true, trailDurationMs: 10 * 60_000, at: '2020-06-30T00:30:00Z', bbox: [-74.07, 40.66, -74.01, 40.70],
    });
  });
});
