// A worker thread for LocalExecutor({ workerScript }) that causes the faults in its workerData.
import { workerData } from 'node:worker_threads';
import { serveBatches } from '../../dist/execute/local/serve-batches.js';
import { faultyFrames } from './faults.mjs';

serveBatches(faultyFrames(workerData?.faults ?? []));
