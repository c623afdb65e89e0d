// Faults on purpose, for the reliability tests and `npm run soak`, caused from outside the shipped
// code: a FrameWrapper (see src/execute/render-batch.ts) that, in the given batch and attempt
// (default: the first), after `frame` frames of the batch (default 0), does one of:
//   worker-exit  ends the worker thread (or process), as a native crash would
//   draw-throws  makes drawing that frame fail
//   kill-ffmpeg  kills the batch's encoder
//   hang         blocks the thread for `ms` (default 10 minutes): a worker that stops answering
// A fault list is JSON such as [{"kind":"worker-exit","batch":2,"attempt":1,"frame":3}].
export function faultyFrames(faults) {
  return (frames, context) => {
    const fault = faults.find((f) => (f.batch ?? 0) === context.batchIndex && (f.attempt ?? 1) === context.attempt);
    if (!fault) return frames;
    return {
      renderFrameRgba(k, into) {
        if (k - context.batchStart === (fault.frame ?? 0)) fire(fault, context.ffmpegPid);
        return frames.renderFrameRgba(k, into);
      },
    };
  };
}

function fire(fault, ffmpegPid) {
  switch (fault.kind) {
    case 'worker-exit': process.exit(70);
    // eslint-disable-next-line no-fallthrough
    case 'draw-throws': throw new Error('injected fault: drawing failed');
    case 'kill-ffmpeg': if (ffmpegPid !== undefined) process.kill(ffmpegPid, 'SIGKILL'); break;
    case 'hang': Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, fault.ms ?? 600_000); break;
    default: throw new Error(`unknown fault kind ${JSON.stringify(fault.kind)}`);
  }
}
