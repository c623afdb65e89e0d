// Golden PNGs (d3-geo's snapshot-test habit): written only with UPDATE_GOLDENS=1, otherwise compared
// with a per-pixel tolerance, since Skia's anti-aliasing of text and map lines may differ by a
// level or two across builds.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { decodePngRgba } from '../../src/render/raster/canvas.js';

export async function compareToGolden(path: string, png: Buffer): Promise<void> {
  // A golden is written only when asked (UPDATE_GOLDENS=1); a missing one fails, so a test can
  // never pass by comparing a frame with itself.
  if (process.env.UPDATE_GOLDENS === '1') await writeFile(path, png);
  if (!existsSync(path)) throw new Error(`golden ${path} is missing; run UPDATE_GOLDENS=1 npx vitest run test/snapshot to write it, then look at it`);
  const actual = await decodePngRgba(png);
  const expected = await decodePngRgba(await readFile(path));
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  let differing = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    const d = Math.max(Math.abs(actual.data[i] - expected.data[i]), Math.abs(actual.data[i + 1] - expected.data[i + 1]), Math.abs(actual.data[i + 2] - expected.data[i + 2]));
    if (d > 8) differing++;
  }
  // At most 0.2% of the pixels may differ by more than 8 levels.
  expect(differing).toBeLessThanOrEqual(Math.ceil(0.002 * actual.width * actual.height));
}
