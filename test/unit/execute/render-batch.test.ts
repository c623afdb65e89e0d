import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFfmpegBinaries } from '../../../src/encode/ffmpeg-binaries.js';
import { renderBatch, type FrameSource } from '../../../src/execute/render-batch.js';
import type { Scene } from '../../../src/scene/scene.js';
import { frameHashes, keyFrames, probe } from '../../helpers/ffmpeg-tools.js';

const { ffmpeg } = resolveFfmpegBinaries();
const scene = { width: 32, height: 16, timeline: { fps: 10, frameCount: 100, startMs: 0, endMs: 1000 } } as Scene;

// Frame k is a flat grey of level k, so each frame's content is known.
const greys: FrameSource = {
  renderFrameRgba: (k) => new Uint8Array(32 * 16 * 4).fill(k * 10).map((v, i) => (i % 4 === 3 ? 255 : v)),
};

describe('renderBatch', () => {
  it('pipes frames [start, end) into a lossless chunk, renamed into place when complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackreel-rb-'));
    const chunkPath = join(dir, 'chunk.nut');
    let frames = 0;
    // Each frame takes at least 2 ms to draw, so the drawing time reported must reach 12 ms.
    const slow: FrameSource = { renderFrameRgba: (k) => { const until = performance.now() + 2; while (performance.now() < until); return greys.renderFrameRgba(k); } };
    const timings = await renderBatch(slow, scene, { batch: { batchIndex: 0, start: 3, end: 9 }, pieces: [{ start: 3, end: 9, path: chunkPath }] },
      { ffmpeg, codec: 'libx264rgb' }, { onFrame: () => frames++ });
    expect(frames).toBe(6);
    expect(readdirSync(dir)).toEqual(['chunk.nut']);
    expect(probe(chunkPath)).toMatchObject({ width: 32, height: 16, frames: 6 });
    expect(new Set(frameHashes(chunkPath)).size).toBe(6);
    expect(timings.drawMs).toBeGreaterThanOrEqual(12);
  });

  it('a drawing failure leaves neither a chunk nor a partial file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackreel-rb-'));
    const failing: FrameSource = { renderFrameRgba: (k) => { if (k === 5) throw new Error('boom'); return greys.renderFrameRgba(k); } };
    const error = await renderBatch(failing, scene, { batch: { batchIndex: 2, start: 3, end: 9 }, pieces: [{ start: 3, end: 9, path: join(dir, 'c.nut') }] },
      { ffmpeg, codec: 'ffv1' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'RENDER_FAILED', retryable: true, context: { batchIndex: 2, frame: 5 } });
    expect(error.message).toBe('Drawing frame 5 failed: boom');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a chunk that ends up short although its encoder exited 0 is refused (and retryable)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackreel-rb-'));
    const fake = fileURLToPath(new URL('../../fixtures/fake-ffmpeg/ffmpeg-fails.mjs', import.meta.url));
    chmodSync(fake, 0o755);
    process.env.FAKE_FFMPEG_MODE = 'chunk-short';
    process.env.FAKE_FFMPEG_REAL = ffmpeg;
    try {
      const error = await renderBatch(greys, scene, { batch: { batchIndex: 1, start: 0, end: 6 }, pieces: [{ start: 0, end: 6, path: join(dir, 'c.nut') }] },
        { ffmpeg: fake, codec: 'libx264rgb' }).catch((e) => e);
      expect(error).toMatchObject({ code: 'FRAME_COUNT_MISMATCH', retryable: true });
      expect(error.message).toBe('Chunk of batch 1 has 1 frames instead of 6');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      delete process.env.FAKE_FFMPEG_MODE;
      delete process.env.FAKE_FFMPEG_REAL;
    }
  });

  it('stops at once when cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackreel-rb-'));
    const controller = new AbortController();
    const slow: FrameSource = { renderFrameRgba: (k) => { if (k === 4) controller.abort(); return greys.renderFrameRgba(k); } };
    const error = await renderBatch(slow, scene, { batch: { batchIndex: 0, start: 0, end: 90 }, pieces: [{ start: 0, end: 90, path: join(dir, 'c.nut') }] },
      { ffmpeg, codec: 'libx264rgb' }, { signal: controller.signal }).catch((e) => e);
    expect(error.code).toBe('CANCELLED');
    expect(existsSync(join(dir, 'c.nut'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes each canonical segment of a batch with an encoder of its own, each starting with a key frame', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trackreel-rb-'));
    const segment = { format: 'mp4', segmentFrames: 10, crf: null, preset: 'veryfast', intermediateCodec: 'libx264rgb', encoderArgs: [] } as const;
    const pieces = [{ start: 20, end: 30, path: join(dir, 'a.nut') }, { start: 30, end: 40, path: join(dir, 'b.nut') }];
    await renderBatch(greys, scene, { batch: { batchIndex: 2, start: 20, end: 40 }, pieces }, { ffmpeg, codec: 'libx264rgb', segment });
    expect(readdirSync(dir).sort()).toEqual(['a.nut', 'b.nut']);
    for (const { path } of pieces) {
      expect(probe(path)).toMatchObject({ codec: 'h264', frames: 10 });
      expect(keyFrames(path)).toEqual([0]);
    }
    // The same frames give the same bytes when rendered alone.
    const alone = join(dir, 'alone.nut');
    await renderBatch(greys, scene, { batch: { batchIndex: 3, start: 30, end: 40 }, pieces: [{ start: 30, end: 40, path: alone }] }, { ffmpeg, codec: 'libx264rgb', segment });
    expect(readFileSync(alone).equals(readFileSync(pieces[1].path))).toBe(true);
  });
});
