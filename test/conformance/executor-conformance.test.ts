// One suite, every executor: the local worker-thread pool and the BullMQ queue must behave the
// same seen from renderMovie (same frames, retried faults, cancel, a batch that always fails).
// Each provider says how to run a render with given injected faults (test/helpers/faults.mjs).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMovie, type RenderHooks, type RenderMovieResult } from '../../dist/index.js';
import { generateDemoFlights } from '../../dist/internals.js';
import { frameHashes } from '../helpers/ffmpeg-tools.js';
import { withFaults, type Fault } from '../helpers/with-faults.js';
import { freePort, HAVE_REDIS, startRedis, startWorker, type RedisServer, type WorkerProcess } from '../distributed/redis-fixture.js';

interface Provider {
  name: string;
  available: boolean;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  render(options: Record<string, unknown>, faults: object[], hooks?: RenderHooks): Promise<RenderMovieResult>;
}

const dir = mkdtempSync(join(tmpdir(), 'trackreel-conf-'));
const input = join(dir, 'flights.csv');
const look = { input, fps: 12, durationMs: 3000, size: [160, 120], trailDurationMs: '2h', map: 'world', batchSize: 6,
  // Lossless chunks of 6 frames: batch seams every few frames (segments are tested in determinism.test.ts).
  twoPass: true };
let reference: string[];
let n = 0;
const output = (): string => join(dir, `movie-${n++}.mkv`);

const local: Provider = {
  name: 'local worker threads',
  available: true,
  async setup() {},
  async teardown() {},
  async render(options, faults, hooks) {
    return withFaults(faults as Fault[], 2, (faulty) => renderMovie({ ...options, workers: 2 } as never, { ...hooks, ...faulty }));
  },
};

let redis: RedisServer | null = null;
const store = join(dir, 'store');
const bullmq: Provider = {
  name: 'BullMQ workers',
  available: HAVE_REDIS,
  async setup() {
    mkdirSync(store, { recursive: true });
    redis = await startRedis(await freePort());
  },
  async teardown() { await redis?.stop(); },
  async render(options, faults, hooks) {
    // Faults live in the worker processes, which are started for this render only.
    const workers: WorkerProcess[] = await Promise.all([0, 1].map(() => startWorker(redis!.url, store, faults)));
    try { return await renderMovie({ ...options, redis: redis!.url, store } as never, hooks); } finally { await Promise.all(workers.map((w) => w.stop())); }
  },
};

beforeAll(async () => {
  writeFileSync(input, generateDemoFlights());
  const out = output();
  await renderMovie({ ...look, output: out, workers: 1 } as never);
  reference = frameHashes(out);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const provider of [local, bullmq]) {
  if (!provider.available) console.warn(`skipping the executor conformance suite for ${provider.name}: redis-server not found`);
  describe.skipIf(!provider.available)(`executor conformance: ${provider.name}`, () => {
    beforeAll(() => provider.setup());
    afterAll(() => provider.teardown());

    it('renders every batch: the frames equal a serial local render', async () => {
      const out = output();
      const r = await provider.render({ ...look, output: out }, []);
      expect(r.batches).toBe(6);
      expect(frameHashes(out)).toEqual(reference);
    });

    it('retries a batch whose drawing fails once; the frames are unchanged', async () => {
      const out = output();
      await provider.render({ ...look, output: out }, [{ kind: 'draw-throws', batch: 2, frame: 1 }]);
      expect(frameHashes(out)).toEqual(reference);
    });

    it('fails with the batch named when one batch always fails, leaving no movie', async () => {
      const out = output();
      const faults = [1, 2, 3].map((attempt) => ({ kind: 'draw-throws', batch: 4, attempt }));
      const error = await provider.render({ ...look, output: out }, faults).catch((e) => e);
      expect(error.code).toBe('RENDER_FAILED');
      expect(error.message).toMatch(/Drawing frame 2[4-9] failed: injected fault/);
      expect(readdirSync(dir).filter((f) => f.startsWith(`movie-${n - 1}`) || f.includes('.partial.'))).toEqual([]);
    });

    it('stops on cancel with CANCELLED and leaves no movie', async () => {
      const out = output();
      const controller = new AbortController();
      const error = await provider.render({ ...look, output: out }, [], {
        signal: controller.signal, onProgress: (p) => { if (p.stage === 'rendering') controller.abort(); },
      }).catch((e) => e);
      expect(error.code).toBe('CANCELLED');
      expect(readdirSync(dir).filter((f) => f.startsWith(`movie-${n - 1}`) || f.includes('.partial.'))).toEqual([]);
    });
  });
}
