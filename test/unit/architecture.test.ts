// The house rules that can be checked by reading the code: every import runs down the stage order
// (README, "Architecture"), and no source file grows past 300 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Lowest first: a room may import only from rooms before it.
const ROOM_ORDER = [
  'errors', 'files', 'memory', 'clock', 'input', 'trajectory', 'map', 'style', 'camera', 'heatmap', 'scene', 'render',
  'encode', 'plan', 'execute', 'options', 'pipeline', 'preview', 'demo', 'cli', 'index.ts', 'internals.ts',
];
const MAX_LINES = 300;

const SRC = path.resolve(import.meta.dirname, '../../src');
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) sourceFiles(file, out);
    else if (name.endsWith('.ts')) out.push(file);
  }
  return out;
}
const roomOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0];
const files = sourceFiles(SRC);

describe('the house', () => {
  it('knows every room', () => {
    expect([...new Set(files.map(roomOf))].filter((room) => !ROOM_ORDER.includes(room))).toEqual([]);
  });

  it('has no import from a lower room to a higher one', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = roomOf(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const to = roomOf(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
        if (to !== from && ROOM_ORDER.indexOf(to) > ROOM_ORDER.indexOf(from)) upward.push(`${path.relative(SRC, file)} -> ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = files.map((file) => ({ file: path.relative(path.dirname(SRC), file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
