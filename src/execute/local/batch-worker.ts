// Entry point of a worker thread (LocalExecutor's default workerScript): the batch loop as it is.
import { serveBatches } from './serve-batches.js';

serveBatches();
