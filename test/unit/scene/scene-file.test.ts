import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoFlights } from '../../../src/demo/generate-demo-flights.js';
import { decodeScene, encodeScene } from '../../../src/scene/scene-file.js';
import { readSceneFile, writeSceneFile } from '../../../src/execute/store/scene-store.js';
import { DirectoryStore } from '../../../src/execute/store/directory-store.js';
import { loadTrajectories } from '../../../src/pipeline/load-trajectories.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import type { Scene } from '../../../src/scene/scene.js';
import { syntheticScene } from '../render/synthetic-scene.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-scene-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function demoScene(): Promise<Scene> {
  const input = join(dir, 'flights.csv');
  writeFileSync(input, generateDemoFlights());
  const resolved = resolveMovieOptions({ size: [160, 120], fps: 10, durationMs: 3000, map: 'world', colorBy: 'speed', title: 'round trip', trailDurationMs: 2 * 3600_000 });
  const { trajectories } = await loadTrajectories([input], resolved);
  return prepareScene(trajectories, planTimeline(trajectories, resolved.timeline), resolved);
}

describe('scene file', () => {
  it('decodeScene(encodeScene()) draws every frame with identical bytes', async () => {
    const scene = await demoScene();
    const copy = decodeScene(encodeScene(scene));
    expect(copy.background).toBeInstanceOf(Uint8Array);
    expect(copy.background.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(copy.trajectories.t).toBeInstanceOf(Float64Array);
    const a = createFrameRenderer(scene);
    const b = createFrameRenderer(copy);
    for (let k = 0; k < scene.timeline.frameCount; k++) {
      expect(Buffer.from(b.renderFrameRgba(k)).equals(Buffer.from(a.renderFrameRgba(k)))).toBe(true);
    }
  });

  it('encodeScene() keeps NaN, Infinity and -0, which JSON alone would lose', () => {
    const scene = { width: 1, odd: [NaN, Infinity, -Infinity, -0], data: new Float32Array([NaN, 1.5]) } as unknown as Scene;
    const copy = decodeScene(encodeScene(scene), { checkScene: false }) as unknown as typeof scene & { odd: number[]; data: Float32Array };
    expect(copy.odd).toEqual([NaN, Infinity, -Infinity, -0]);
    expect(Object.is(copy.odd[3], -0)).toBe(true);
    expect(Array.from(copy.data)).toEqual([NaN, 1.5]);
  });

  it('writeSceneFile() names the file by content hash and readSceneFile() refuses altered bytes', async () => {
    const store = new DirectoryStore(join(dir, 'store'));
    const scene = await demoScene();
    const { key, hash } = await writeSceneFile(store, 'renders/r1', scene);
    expect(key).toBe(`renders/r1/scene-${hash}.bin`);
    expect((await writeSceneFile(store, 'renders/r1', scene)).hash).toBe(hash);
    expect((await readSceneFile(store, key, hash)).width).toBe(160);
    const bytes = await store.get(key);
    bytes[bytes.length - 1] ^= 1;
    await store.put(key, bytes);
    await expect(readSceneFile(store, key, hash)).rejects.toMatchObject({ code: 'INVALID_JOB' });
  });

  it('decodeScene(encodeScene()) keeps text properties: codes in shared memory, the values and the category colours', () => {
    const scene = syntheticScene([
      { id: 'a', text: { VesselName: ['ALPHA', 'ALPHA', ''] }, points: [[0, 0, 0], [1000, 1, 0], [2000, 2, 0]] },
      { id: 'b', text: { VesselName: 'BRAVO ÆØÅ' }, points: [[0, 0, 1], [1000, 1, 1]] },
    ], { style: { colorBy: 'VesselName' } });
    const copy = decodeScene(encodeScene(scene));
    const text = copy.trajectories.text.VesselName;
    expect(text.codes).toBeInstanceOf(Uint32Array);
    expect(text.codes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(text.codes, (c) => text.values[c])).toEqual(['ALPHA', 'ALPHA', '', 'BRAVO ÆØÅ', 'BRAVO ÆØÅ']);
    expect(copy.style.palette).toEqual(scene.style.palette);
    expect(Array.from(copy.scalar!)).toEqual(Array.from(scene.scalar!));
  });
});
