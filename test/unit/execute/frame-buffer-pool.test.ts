import { describe, expect, it } from 'vitest';
import { FrameBufferPool } from '../../../src/execute/frame-buffer-pool.js';

describe('FrameBufferPool', () => {
  it('hands out at most `count` buffers and wakes a waiter on release', async () => {
    const pool = new FrameBufferPool(16, 2);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(a).not.toBe(b);
    let third: Buffer | null = null;
    const waiting = pool.acquire().then((buf) => { third = buf; });
    await Promise.resolve();
    expect(third).toBeNull();
    pool.release(a);
    await waiting;
    expect(third).toBe(a);
  });

  it('ignores buffers of another size', async () => {
    const pool = new FrameBufferPool(16, 1);
    await pool.acquire();
    pool.release(Buffer.alloc(8));
    let got = false;
    void pool.acquire().then(() => { got = true; });
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toBe(false);
  });
});
