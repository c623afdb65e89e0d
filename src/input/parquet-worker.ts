// Runs hyparquet in a worker thread with a time limit per request: a damaged page can make its
// RLE decoder loop forever (a zero-length run never advances; found by the fuzz test), and a
// loop on the main thread cannot be interrupted. The worker is plain JS passed as source, so it
// runs the same from src/ under vitest and from dist/.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { DecodedArray } from 'hyparquet';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let lib, file, metadata;
parentPort.on('message', async (msg) => {
  try {
    lib ??= await import(workerData.hyparquet);
    if (msg.type === 'open') {
      file = await lib.asyncBufferFromFile(msg.path);
      metadata = await lib.parquetMetadataAsync(file);
      const columns = lib.parquetSchema(metadata).children.filter((c) => c.children.length === 0).map((c) => c.element.name);
      parentPort.postMessage({ ok: true, columns, rowGroups: metadata.row_groups.map((g) => Number(g.num_rows)),
        bytes: metadata.row_groups.map((g) => Number(g.total_byte_size)) });
    } else {
      const chunks = [];
      await lib.parquetRead({ file, metadata, columns: msg.columns, rowStart: msg.rowStart, rowEnd: msg.rowEnd,
        onChunk: (c) => chunks.push({ name: c.columnName, start: c.rowStart, values: c.columnData }) });
      parentPort.postMessage({ ok: true, chunks });
    }
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message || error) });
  }
});
`;

export interface ParquetChunk {
  name: string;
  start: number;
  values: DecodedArray;
}

export class ParquetTimeoutError extends Error {}

// One open Parquet file in a worker; every call rejects after `timeoutMs` and then the worker is gone.
export class ParquetWorker {
  private readonly worker: Worker;

  constructor(private readonly timeoutMs: (bytes: number) => number) {
    const hyparquet = pathToFileURL(createRequire(import.meta.url).resolve('hyparquet')).href;
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { hyparquet } });
  }

  open(path: string, sizeBytes: number): Promise<{ columns: string[]; rowGroups: number[]; bytes: number[] }> {
    return this.request({ type: 'open', path }, this.timeoutMs(sizeBytes));
  }

  read(columns: string[], rowStart: number, rowEnd: number, bytes: number): Promise<{ chunks: ParquetChunk[] }> {
    return this.request({ type: 'read', columns, rowStart, rowEnd }, this.timeoutMs(bytes));
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private request<T>(message: object, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void this.worker.terminate();
        reject(new ParquetTimeoutError(`decoding took longer than ${Math.round(timeoutMs / 1000)} s (a damaged page?)`));
      }, timeoutMs);
      const onMessage = (reply: { ok: boolean; message?: string } & T) => {
        cleanup();
        if (reply.ok) resolve(reply); else reject(new Error(reply.message));
      };
      const onError = (error: Error) => { cleanup(); reject(error); };
      const cleanup = () => { clearTimeout(timer); this.worker.off('message', onMessage); this.worker.off('error', onError); };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage(message);
    });
  }
}
