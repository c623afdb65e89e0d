import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutput } from '../../../src/pipeline/output-target.js';

const dir = () => mkdtempSync(join(tmpdir(), 'trackreel-out-'));

describe('output target', () => {
  it('writes beside the output and renames into place on commit', async () => {
    const d = dir();
    const t = await prepareOutput(join(d, 'm.mp4'), { overwrite: false, extensions: ['mp4'] });
    expect(t.tempPath.startsWith(join(d, '.m.trackreel-'))).toBe(true);
    writeFileSync(t.tempPath, 'movie');
    await t.commit();
    expect(readdirSync(d)).toEqual(['m.mp4']);
  });

  it('discard removes the temporary file', async () => {
    const d = dir();
    const t = await prepareOutput(join(d, 'm.mp4'), { overwrite: false, extensions: ['mp4'] });
    writeFileSync(t.tempPath, 'half');
    await t.discard();
    expect(readdirSync(d)).toEqual([]);
  });

  it('refuses unknown types, existing files without overwrite, directories and missing folders', async () => {
    const d = dir();
    await expect(prepareOutput(join(d, 'm.avi'), { overwrite: false, extensions: ['mp4', 'gif'] })).rejects.toThrow('unknown output type ".avi"; use one of .mp4, .gif');
    writeFileSync(join(d, 'x.mp4'), 'old');
    await expect(prepareOutput(join(d, 'x.mp4'), { overwrite: false, extensions: ['mp4'] })).rejects.toMatchObject({ code: 'OUTPUT_EXISTS' });
    const target = await prepareOutput(join(d, 'x.mp4'), { overwrite: true, extensions: ['mp4'] });
    expect(target).toMatchObject({ path: join(d, 'x.mp4'), extension: 'mp4' });
    // The movie is written beside its final place, so the last step is a rename on one file system.
    expect(dirname(target.tempPath)).toBe(d);
    expect(target.tempPath).toMatch(/\.partial\.mp4$/);
    await expect(prepareOutput(join(d, 'nope', 'x.mp4'), { overwrite: false, extensions: ['mp4'] })).rejects.toThrow(/the folder does not exist/);
    expect(existsSync(join(d, 'x.mp4'))).toBe(true);
  });

  it('never writes over an input, even with overwrite: the same device and inode, whatever the path says', async () => {
    const d = dir();
    const input = join(d, 'tracks.mkv');
    writeFileSync(input, 'id,t,lon,lat\n');
    linkSync(input, join(d, 'hard.mkv'));
    symlinkSync(input, join(d, 'soft.mkv'));
    for (const output of [input, join(d, '.', 'tracks.mkv'), join(d, 'hard.mkv'), join(d, 'soft.mkv')]) {
      for (const overwrite of [true, false]) {
        await expect(prepareOutput(output, { overwrite, extensions: ['mkv'], inputs: [input] }), output).rejects.toMatchObject({ code: 'INVALID_OPTION', message: expect.stringMatching(/is the input file/) });
      }
    }
    expect(readFileSync(input, 'utf8')).toBe('id,t,lon,lat\n');
  });

  it('without overwrite, a file that appeared during the render is not replaced', async () => {
    const d = dir();
    const t = await prepareOutput(join(d, 'm.mp4'), { overwrite: false, extensions: ['mp4'] });
    writeFileSync(t.tempPath, 'movie');
    writeFileSync(join(d, 'm.mp4'), 'someone else');
    await expect(t.commit()).rejects.toMatchObject({ code: 'OUTPUT_EXISTS' });
    expect(readFileSync(join(d, 'm.mp4'), 'utf8')).toBe('someone else');
    await t.discard();
    expect(readdirSync(d)).toEqual(['m.mp4']);
  });
});
