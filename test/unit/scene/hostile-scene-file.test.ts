// A scene file whose bytes match its hash may still be forged (issue 14, item 2: an 8000x8000
// scene ran a worker to 870 MB). decodeScene holds the header to the options' limits and the
// arrays to each other before the renderer allocates anything for them.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoFlights } from '../../../src/demo/generate-demo-flights.js';
import { loadTrajectories } from '../../../src/pipeline/load-trajectories.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { decodeScene, encodeScene } from '../../../src/scene/scene-file.js';
import type { Scene } from '../../../src/scene/scene.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-hostile-scene-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let bytes: Uint8Array;

// The file's parts, so a test can rewrite the header as a forger would.
function split(file: Uint8Array): { header: { arrays: { type: string; offset: number; length: number }[]; scene: Record<string, unknown> }; data: Uint8Array } {
  const length = new DataView(file.buffer, file.byteOffset).getUint32(8, true);
  const start = Math.ceil((12 + length) / 8) * 8;
  return { header: JSON.parse(Buffer.from(file.subarray(12, 12 + length)).toString('utf8')), data: file.subarray(start) };
}
// "$DEEP" in the header becomes 5,000 nested arrays (too deep for JSON.stringify itself).
function join8(header: object, data: Uint8Array): Uint8Array {
  const h = Buffer.from(JSON.stringify(header).replace('"$DEEP"', `${'['.repeat(5000)}${']'.repeat(5000)}`));
  const start = Math.ceil((12 + h.length) / 8) * 8;
  const out = new Uint8Array(start + data.length);
  out.set(Buffer.from('TRKSCENE'));
  new DataView(out.buffer).setUint32(8, h.length, true);
  out.set(h, 12);
  out.set(data, start);
  return out;
}
function forged(edit: (h: ReturnType<typeof split>['header']) => void, data?: Uint8Array): Uint8Array {
  const parts = split(bytes);
  edit(parts.header);
  return join8(parts.header, data ?? parts.data);
}

beforeAll(async () => {
  const input = join(dir, 'flights.csv');
  writeFileSync(input, generateDemoFlights());
  const resolved = resolveMovieOptions({ size: [160, 120], fps: 10, durationMs: 2000, map: 'world', colorBy: 'speed', title: 't' });
  const { trajectories } = await loadTrajectories([input], resolved);
  bytes = encodeScene(prepareScene(trajectories, planTimeline(trajectories, resolved.timeline), resolved) as Scene);
});

describe('a forged scene file', () => {
  it('the honest file decodes', () => {
    expect(decodeScene(bytes).width).toBe(160);
  });

  it.each([
    ['an 8000x8000 frame', (h) => { h.scene.width = 8000; h.scene.height = 8000; }, /frame size 8000x8000 is outside 16x16..7680x4320/],
    ['a fractional width', (h) => { h.scene.width = 160.5; }, /frame size/],
    ['a huge frame count', (h) => { (h.scene.timeline as { frameCount: number }).frameCount = 1e12; }, /frame count/],
    ['arrays claiming the same bytes many times', (h) => { for (const a of h.arrays) a.offset = 0; }, /not where the previous one ends/],
    ['an array longer than the file', (h) => { h.arrays[h.arrays.length - 1].length = 1e9; }, /runs past the end of the file/],
    ['an unknown array type', (h) => { h.arrays[0].type = 'BigInt64Array'; }, /unknown type/],
    ['a header 5,000 levels deep', (h) => { h.scene.deep = '$DEEP'; }, /nests deeper/],
    ['a frame size that does not match the background', (h) => { h.scene.width = 200; }, /background has/],
  ] as [string, (h: ReturnType<typeof split>['header']) => void, RegExp][])('%s is refused before anything is allocated', (_name, edit, message) => {
    expect(() => decodeScene(forged(edit))).toThrow(message);
    try { decodeScene(forged(edit)); } catch (error) { expect((error as { code: string }).code).toBe('INVALID_JOB'); }
  });

  it('a header length past the end of the file is refused', () => {
    const copy = new Uint8Array(bytes);
    new DataView(copy.buffer).setUint32(8, 0xffffffff, true);
    expect(() => decodeScene(copy)).toThrow(/header runs past the end/);
  });

  it('array lengths that disagree with the point count are refused', () => {
    // screenY pointing at a per-trajectory array: the layout is consistent, the lengths are not.
    const parts = split(bytes);
    const trajectories = parts.header.scene.trajectories as Record<string, unknown>;
    parts.header.scene.screenY = trajectories.startMs;
    expect(() => decodeScene(join8(parts.header, parts.data))).toThrow(/screenY has \d+ values, expected/);
  });
});
