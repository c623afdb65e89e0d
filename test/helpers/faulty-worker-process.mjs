// `trackreel worker` as a test starts it with faults: node faulty-worker-process.mjs --redis URL
// --store DIR [--lock-duration MS] [--stalled-interval MS] --faults JSON. Stops on SIGTERM/SIGINT.
import { parseArgs } from 'node:util';
import { startRenderWorker } from '../../dist/execute/bullmq/render-worker.js';
import { faultyFrames } from './faults.mjs';

const { values } = parseArgs({ options: {
  redis: { type: 'string' }, store: { type: 'string' }, 'lock-duration': { type: 'string' }, 'stalled-interval': { type: 'string' }, faults: { type: 'string' },
} });
const worker = await startRenderWorker({
  redisUrl: values.redis, storeRoot: values.store,
  lockDurationMs: values['lock-duration'] ? Number(values['lock-duration']) : undefined,
  stalledIntervalMs: values['stalled-interval'] ? Number(values['stalled-interval']) : undefined,
  wrapFrames: faultyFrames(JSON.parse(values.faults ?? '[]')),
});
const stop = async () => { await worker.close(); setTimeout(() => process.exit(0), 500).unref(); };
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
