// describeInput's boxes: the plain min/max box, and the box --map auto fits, which for data
// crossing the antimeridian spans the shortest arc with maxLon past 180.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeInput } from '../../../src/pipeline/describe-input.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-describe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One object heading east one degree a minute from `lon0`, longitudes written in -180..180.
function track(name: string, lon0: number): string {
  const path = join(dir, name);
  const rows = Array.from({ length: 20 }, (_, i) => {
    const lon = lon0 + i > 180 ? lon0 + i - 360 : lon0 + i;
    return `A,2020-01-01T00:${String(i).padStart(2, '0')}:00Z,${lon},${50 + i / 2}`;
  });
  writeFileSync(path, `id,t,lon,lat\n${rows.join('\n')}\n`);
  return path;
}

describe('describeInput boxes', () => {
  it('data crossing 180: the map box runs 170..189 while the plain box spans the globe', async () => {
    const s = await describeInput({ input: track('bering.csv', 170) });
    expect(s.bbox[0]).toBeLessThan(-170);
    expect(s.bbox[2]).toBeGreaterThan(170);
    expect(s.mapBox[0]).toBeCloseTo(170, 6);
    expect(s.mapBox[2]).toBeCloseTo(189, 6);
    expect([s.mapBox[1], s.mapBox[3]]).toEqual([50, 59.5]);
  });

  it('data away from 180: both boxes are the plain min/max box', async () => {
    const s = await describeInput({ input: track('europe.csv', 0) });
    expect(s.bbox).toEqual([0, 50, 19, 59.5]);
    expect(s.mapBox).toEqual(s.bbox);
  });
});
