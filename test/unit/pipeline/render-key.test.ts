// The resume key covers everything that decides a chunk's bytes, and the output format always.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { renderKey } from '../../../src/pipeline/render-key.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';

const dir = mkdtempSync(join(tmpdir(), 'trackreel-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'p.csv');
writeFileSync(input, 'A,2020-01-01T00:00:00Z,1,2\nA,2020-01-01T00:01:00Z,1.1,2\n');
const key = (o: object, format = 'mp4') => renderKey([input], resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ input, ...o }, ['input'])), null, null, format);

describe('renderKey()', () => {
  it('renderKey() differs by output format, intermediate codec, drawing options and input bytes; not by workers', async () => {
    const base = await key({});
    expect(await key({}, 'webm')).not.toBe(base);
    expect(await key({ intermediateCodec: 'ffv1' })).not.toBe(base);
    expect(await key({ fps: 24 })).not.toBe(base);
    expect(await key({ workers: 3 })).toBe(base);
    writeFileSync(input, 'A,2020-01-01T00:00:00Z,1,2\nA,2020-01-01T00:01:00Z,1.2,2\n');
    expect(await key({})).not.toBe(base);
  });
});
