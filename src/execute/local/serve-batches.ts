// The loop of a worker thread: keeps one frame renderer (with its cached basemap) per scene and
// renders the batches it is sent, one at a time, its frames wrapped by `wrapFrames` when given.
import { parentPort } from 'node:worker_threads';
import { serializeError } from '../../errors/trackreel-error.js';
import { createFrameRenderer } from '../../render/create-frame-renderer.js';
import type { Scene } from '../../scene/scene.js';
import { renderBatch, type FrameWrapper } from '../render-batch.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

// Progress is sent at most this often, so thousands of frames do not flood the coordinator.
const PROGRESS_INTERVAL_MS = 100;

export function serveBatches(wrapFrames?: FrameWrapper): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches() runs in a worker thread');
  let current: { sceneId: number; scene: Scene; renderer: ReturnType<typeof createFrameRenderer> } | null = null;
  let controller = new AbortController();
  const send = (message: FromWorker): void => port.postMessage(message);

  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') { controller.abort(); return; }
    void runBatch(message);
  });

  async function runBatch(message: Extract<ToWorker, { type: 'batch' }>): Promise<void> {
    controller = new AbortController();
    let pending = 0;
    let lastSent = Date.now();
    const flush = (): void => { if (pending > 0) { send({ type: 'frames', count: pending }); pending = 0; lastSent = Date.now(); } };
    try {
      if (!current || current.sceneId !== message.sceneId) {
        current?.renderer.dispose();
        if (!message.scene) throw new Error(`worker has no scene ${message.sceneId}`);
        current = { sceneId: message.sceneId, scene: message.scene, renderer: createFrameRenderer(message.scene) };
      }
      const timings = await renderBatch(current.renderer, current.scene, message.job, message.encoding, {
        signal: controller.signal,
        attempt: message.attempt,
        wrapFrames,
        onSpawn: (pid) => { if (pid !== undefined) send({ type: 'spawned', pid }); },
        onFrame: () => { pending++; if (Date.now() - lastSent >= PROGRESS_INTERVAL_MS) flush(); },
      });
      flush();
      send({ type: 'done', batchIndex: message.job.batch.batchIndex, timings });
    } catch (error) {
      flush();
      send({ type: 'failed', batchIndex: message.job.batch.batchIndex, error: serializeError(error) });
    }
  }
}
