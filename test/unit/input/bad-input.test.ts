// Every case of the bad-input corpus, in strict and in lenient mode, with its exact outcome.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS } from '../../../src/input/input-options.js';
import { BAD_INPUT_CASES as CASES, type BadInputCase, type Outcome } from './bad-input-cases.js';
import { FORMAT_BAD_INPUT_CASES } from './bad-input-format-cases.js';

const BAD_INPUT_CASES = [...CASES, ...FORMAT_BAD_INPUT_CASES];

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'trackreel-bad-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function outcome(c: BadInputCase, lenient: boolean): Promise<Outcome> {
  const path = join(dir, c.file);
  await writeFile(path, typeof c.content === 'function' ? c.content() : c.content);
  try {
    const { table, report } = await readPoints([path], { ...DEFAULT_INPUT_OPTIONS, ...c.options, lenient });
    const first = report.skipped[0];
    const result: Outcome = { points: table.length, skipped: report.skippedCount };
    if (first) result.firstSkip = first.field === undefined ? { line: first.line } : { line: first.line, field: first.field };
    return result;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === undefined) throw error;
    return { code, message: message.split(path).join('{file}') };
  }
}

describe('readPoints() on the bad-input corpus', () => {
  it('has at least 40 cases with unique file names', () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_INPUT_CASES.map((c) => c.file)).size).toBe(BAD_INPUT_CASES.length);
  });
  for (const c of BAD_INPUT_CASES) {
    it(`readPoints() on ${c.name}: strict and lenient outcomes`, async () => {
      expect(await outcome(c, false)).toEqual(c.strict);
      expect(await outcome(c, true)).toEqual(c.lenient);
    });
  }
});
