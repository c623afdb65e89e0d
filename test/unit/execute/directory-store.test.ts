import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectoryStore } from '../../../src/execute/store/directory-store.js';
import { isValidStoreKey } from '../../../src/execute/store/store-key.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DirectoryStore', () => {
  it('isValidStoreKey() accepts relative keys of safe segments only', () => {
    for (const key of ['renders/r1/chunk-0000000-0000006.mkv', 'a', 'a.b/c_d-e']) expect(isValidStoreKey(key)).toBe(true);
    for (const key of ['', '/etc/passwd', '../x', 'renders/../../x', 'a//b', 'a/./b', 'a/', 'a\\b', 'a b', 'a\0b', 'é', 42, null, 'x'.repeat(600)]) {
      expect(isValidStoreKey(key)).toBe(false);
    }
  });

  it('put(), get(), exists(), rename(), list() and remove() work under the root', async () => {
    const store = new DirectoryStore(join(dir, 'root'));
    await store.put('renders/r1/a.bin', new Uint8Array([1, 2, 3]));
    expect(Array.from(await store.get('renders/r1/a.bin'))).toEqual([1, 2, 3]);
    await store.rename('renders/r1/a.bin', 'renders/r1/b.bin');
    expect(await store.exists('renders/r1/a.bin')).toBe(false);
    expect(await store.list('renders/r1')).toEqual(['renders/r1/b.bin']);
    await store.remove('renders/r1');
    expect(existsSync(join(dir, 'root', 'renders', 'r1'))).toBe(false);
  });

  it('refuses keys that would leave the store, before touching the disk', async () => {
    const store = new DirectoryStore(join(dir, 'root'));
    await expect(store.put('../escaped.bin', new Uint8Array(1))).rejects.toMatchObject({ code: 'INVALID_JOB' });
    await expect(store.localPath('/tmp/x')).rejects.toThrow(/Refused store key/);
    expect(existsSync(join(dir, 'escaped.bin'))).toBe(false);
  });

  it('refuses a symbolic link inside the store, for reads and writes, whatever the key says (issue 14, item 2)', async () => {
    const root = join(dir, 'linked-root');
    const outside = join(dir, 'outside');
    mkdirSync(join(root, 'renders'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.bin'), 'secret');
    symlinkSync(outside, join(root, 'renders', 'r1'));
    symlinkSync(join(outside, 'secret.bin'), join(root, 'renders', 'file.bin'));
    const store = new DirectoryStore(root);
    await expect(store.put('renders/r1/chunk.bin', new Uint8Array(1))).rejects.toMatchObject({ code: 'INVALID_JOB', message: expect.stringMatching(/symbolic link/) });
    await expect(store.get('renders/r1/secret.bin')).rejects.toMatchObject({ code: 'INVALID_JOB' });
    await expect(store.get('renders/file.bin')).rejects.toMatchObject({ code: 'INVALID_JOB' });
    await expect(store.localPath('renders/r1/chunk-0000000-0000010.mkv')).rejects.toMatchObject({ code: 'INVALID_JOB' });
    await expect(store.rename('renders/file.bin', 'renders/x.bin')).rejects.toMatchObject({ code: 'INVALID_JOB' });
    await expect(store.remove('renders/r1/secret.bin')).rejects.toMatchObject({ code: 'INVALID_JOB' });
    expect(readdirSync(outside)).toEqual(['secret.bin']);
    // The store's root itself may be a link (to a mount): paths are then the real ones.
    const alias = join(dir, 'alias-root');
    symlinkSync(join(dir, 'root'), alias);
    const aliased = new DirectoryStore(alias);
    await aliased.put('renders/r2/a.bin', new Uint8Array([7]));
    expect(await aliased.localPath('renders/r2/a.bin')).toBe(join(realpathSync(join(dir, 'root')), 'renders/r2/a.bin'));
  });
});
