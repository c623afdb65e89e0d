// Renders one batch: frames [start, end) drawn in order and piped as raw RGBA into ffmpeg, one
// encoder per piece of the batch (one lossless chunk, or each canonical segment). A piece is
// written under a temporary name and renamed when ffmpeg has finished, so it either is complete
// or does not exist.
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { callFfmpeg } from '../encode/call-ffmpeg.js';
import { chunkArgs } from '../encode/ffmpeg-args.js';
import { TrackreelError, isTrackreelError } from '../errors/trackreel-error.js';
import type { Scene } from '../scene/scene.js';
import type { BatchJob, BatchTimings, ChunkEncoding, ChunkPiece } from './batch-executor.js';
import { uniqueName } from '../files/unique-name.js';
import { FrameBufferPool } from './frame-buffer-pool.js';

export interface FrameSource {
  // Draws frame k into `into` when it can (and returns it), else returns its own buffer.
  renderFrameRgba(k: number, into?: Uint8Array): Uint8Array;
}

// Where a piece's frames come from may be wrapped: given the frames, its batch, the attempt and its
// encoder's pid, a wrapper returns frames of its own. Tests cause faults this way (a thread that
// dies, a drawing that throws, an encoder killed, a hang: test/helpers/faults.mjs) through the
// same entry points users have (LocalExecutor's workerScript, startRenderWorker's wrapFrames).
export interface FrameContext {
  batchIndex: number;
  batchStart: number;
  attempt: number;
  ffmpegPid: number | undefined;
}
export type FrameWrapper = (frames: FrameSource, context: FrameContext) => FrameSource;

export interface RenderBatchOptions {
  signal?: AbortSignal;
  onFrame?: () => void;
  // Reports the ffmpeg child's pid so a coordinator can kill it if this thread is terminated.
  onSpawn?: (pid: number | undefined) => void;
  // 1 for the first try of this batch; retries count up.
  attempt?: number;
  wrapFrames?: FrameWrapper;
}

// Frames in flight between the renderer and ffmpeg's stdin.
const BUFFERS_IN_FLIGHT = 3;
// A chunk encoder that neither reads input nor prints for this long is stuck.
const CHUNK_IDLE_TIMEOUT_MS = 120_000;

// Follows ffmpeg's -progress output (which may arrive split anywhere) and keeps the last
// "frame=N": after the encoder exits, the number of frames the chunk holds.
function frameCounter(): { feed(chunk: string): void; frames(): number } {
  let pending = '';
  let frames = -1;
  return {
    feed(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('frame=')) frames = Number(line.slice(6));
    },
    frames: () => frames,
  };
}

export async function renderBatch(
  frames: FrameSource, scene: Scene, job: BatchJob, encoding: ChunkEncoding, options: RenderBatchOptions = {},
): Promise<BatchTimings> {
  const timings: BatchTimings = { drawMs: 0, encodeWaitMs: 0, encodeTailMs: 0 };
  const pool = new FrameBufferPool(scene.width * scene.height * 4, BUFFERS_IN_FLIGHT);
  // Each piece (a lossless chunk, or one canonical segment) has an encoder of its own, started
  // afresh, so its bytes do not depend on what else the batch holds.
  for (const piece of job.pieces) await renderPiece(frames, scene, job, piece, encoding, { options, pool, timings });
  return timings;
}

interface PieceContext {
  options: RenderBatchOptions;
  pool: FrameBufferPool;
  timings: BatchTimings;
}

async function renderPiece(
  frames: FrameSource, scene: Scene, job: BatchJob, piece: ChunkPiece, encoding: ChunkEncoding, { options, pool, timings }: PieceContext,
): Promise<void> {
  const { batch } = job;
  // Unique, so a render sharing the folder (or a retry still being killed) never writes the same file.
  const partPath = uniqueName(piece.path, '.part');
  const encoded = frameCounter();
  const call = callFfmpeg(encoding.ffmpeg, chunkArgs({
    width: scene.width, height: scene.height, fps: scene.timeline.fps, codec: encoding.codec, segment: encoding.segment, outputPath: partPath,
  }), {
    input: 'pipe', onStdout: encoded.feed, signal: options.signal, idleTimeoutMs: CHUNK_IDLE_TIMEOUT_MS, context: { batchIndex: batch.batchIndex },
    writes: dirname(piece.path) });
  options.onSpawn?.(call.pid);
  const source = options.wrapFrames?.(frames, { batchIndex: batch.batchIndex, batchStart: batch.start, attempt: options.attempt ?? 1, ffmpegPid: call.pid }) ?? frames;
  // If ffmpeg dies early, stop feeding it at once; its exit status is the error to report.
  let ffmpegEnded = false;
  const ended = call.done.then(() => { ffmpegEnded = true; }, () => { ffmpegEnded = true; });
  try {
    const stdin = call.stdin!;
    for (let k = piece.start; k < piece.end; k++) {
      if (options.signal?.aborted) throw new TrackreelError('CANCELLED', 'The render was cancelled');
      const waitStart = performance.now();
      const buffer = await Promise.race([pool.acquire(), ended.then(() => null)]);
      const drawStart = performance.now();
      timings.encodeWaitMs += drawStart - waitStart;
      if (buffer === null || ffmpegEnded) break;
      let rgba: Uint8Array;
      try {
        rgba = source.renderFrameRgba(k, buffer);
      } catch (error) {
        pool.release(buffer);
        // Retryable: a fresh attempt (possibly on another worker) may well succeed.
        throw new TrackreelError('RENDER_FAILED', `Drawing frame ${k} failed: ${(error as Error).message}`,
          { cause: error, retryable: true, context: { batchIndex: batch.batchIndex, frame: k } });
      }
      if (rgba !== buffer) buffer.set(rgba);
      timings.drawMs += performance.now() - drawStart;
      stdin.write(buffer, () => { pool.release(buffer); options.onFrame?.(); });
    }
    const tailStart = performance.now();
    stdin.end();
    await call.done;
    // A chunk only counts when it holds exactly its frames (an encoder that stopped early but
    // exited 0 would otherwise leave a hole in the movie); the encoder's own final progress
    // report says how many it wrote, with no extra process.
    const frameCount = encoded.frames();
    if (frameCount !== piece.end - piece.start) {
      throw new TrackreelError('FRAME_COUNT_MISMATCH',
        `Chunk of batch ${batch.batchIndex}${job.pieces.length > 1 ? ` (frames ${piece.start}-${piece.end - 1})` : ''} has ${frameCount} frames instead of ${piece.end - piece.start}`,
        { retryable: true, context: { batchIndex: batch.batchIndex } });
    }
    await rename(partPath, piece.path);
    timings.encodeTailMs += performance.now() - tailStart;
  } catch (error) {
    call.kill();
    await ended;
    await rm(partPath, { force: true });
    if (isTrackreelError(error)) {
      error.context.batchIndex ??= batch.batchIndex;
      throw error;
    }
    throw new TrackreelError('RENDER_FAILED', `Batch ${batch.batchIndex} failed: ${(error as Error).message}`,
      { cause: error, context: { batchIndex: batch.batchIndex } });
  }
}
