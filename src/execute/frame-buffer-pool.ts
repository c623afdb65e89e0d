// A few reusable frame buffers: a frame is copied into one, handed to ffmpeg's stdin, and the
// buffer comes back when the write completes, so rendering the next frame overlaps the pipe
// write without allocating ~8 MB per 1080p frame. Each buffer has memory of its own (never a
// slice of Node's shared pool), so a renderer can draw into it as 32-bit pixels.
export class FrameBufferPool {
  private readonly free: Buffer[] = [];
  private waiters: Array<(b: Buffer) => void> = [];

  constructor(private readonly byteLength: number, count: number) {
    for (let i = 0; i < count; i++) this.free.push(Buffer.allocUnsafeSlow(byteLength));
  }

  acquire(): Promise<Buffer> {
    const b = this.free.pop();
    if (b) return Promise.resolve(b);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(buffer: Buffer): void {
    if (buffer.byteLength !== this.byteLength) return;
    const waiter = this.waiters.shift();
    if (waiter) waiter(buffer);
    else this.free.push(buffer);
  }
}
