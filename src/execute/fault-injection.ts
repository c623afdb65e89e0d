// Faults on purpose, for the reliability tests and `npm run soak`: TRACKREEL_FAULTS holds a JSON
// list such as [{"kind":"worker-exit","batch":2,"attempt":1,"frame":3}]. Each fault fires in the
// given batch and attempt (default: the first), after `frame` frames of it (default 0). Unset in
// normal use, where this costs one environment lookup per batch.
export type FaultKind = 'worker-exit' | 'draw-throws' | 'kill-ffmpeg' | 'hang';

export interface Fault {
  kind: FaultKind;
  batch?: number;
  attempt?: number;
  frame?: number;
  // For 'hang': how long the thread blocks (a worker that stops answering; default 10 minutes).
  ms?: number;
}

export function faultFor(batchIndex: number, attempt: number): Fault | null {
  const raw = process.env.TRACKREEL_FAULTS;
  if (!raw) return null;
  const faults = JSON.parse(raw) as Fault[];
  return faults.find((f) => (f.batch ?? 0) === batchIndex && (f.attempt ?? 1) === attempt) ?? null;
}

// Carries out `fault` when the batch has drawn `framesDrawn` frames.
export function fireFault(fault: Fault | null, framesDrawn: number, ffmpegPid: number | undefined): void {
  if (!fault || (fault.frame ?? 0) !== framesDrawn) return;
  switch (fault.kind) {
    case 'worker-exit': process.exit(70); // ends just this worker thread, like a native crash would
    // eslint-disable-next-line no-fallthrough
    case 'draw-throws': throw new Error('injected fault: drawing failed');
    case 'kill-ffmpeg': if (ffmpegPid !== undefined) process.kill(ffmpegPid, 'SIGKILL'); break;
    case 'hang': Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, fault.ms ?? 600_000); break;
  }
}
