// Issue 15's "done when": every file in ../shared/data/ and ../shared/data/real/ read with the
// defaults gives the objects, points, time span and box established by reading it by hand, and
// renders a still. One row per file (real-files/*-rows.ts); a file without a row is a todo.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS } from '../../src/input/input-options.js';
import { renderStill } from '../../src/index.js';
import { HAVE_SHARED_DATA, SHARED_DATA } from '../helpers/shared-data.js';
import { useTempFiles } from '../helpers/temp-files.js';
import { DELIMITED_ROWS } from './real-files/delimited-rows.js';
import { DOCUMENT_ROWS } from './real-files/document-rows.js';
import type { FileRow } from './real-files/file-row.js';

const NOT_DATA = /^(README|SOURCES|LICENSE)/;
const dataFiles = (): string[] => {
  if (!HAVE_SHARED_DATA) return [];
  const top = readdirSync(SHARED_DATA, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  const real = readdirSync(`${SHARED_DATA}real`).map((name) => `real/${name}`);
  return [...top, ...real].filter((f) => !NOT_DATA.test(f.replace(/^real\//, ''))).sort();
};

function extent(values: Float64Array): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
  return [lo, hi];
}

const rows = new Map<string, FileRow>();
for (const row of [...DOCUMENT_ROWS, ...DELIMITED_ROWS]) rows.set(row.file, row);
const temp = useTempFiles('trackreel-real-files-');

describe.skipIf(!HAVE_SHARED_DATA)('real files read with the defaults', () => {
  it('every row names a file that is there', () => {
    const files = new Set(dataFiles());
    expect([...rows.keys()].filter((f) => !files.has(f))).toEqual([]);
  });

  for (const file of dataFiles()) {
    const row = rows.get(file);
    if (!row) { it.todo(`${file}: no row yet`); continue; }
    if (row.todo) { it.todo(`${file}: ${row.todo}`); continue; }
    it(`${file}: ${row.objects} objects, ${row.points} points (${row.format})`, async () => {
      const path = SHARED_DATA + file;
      const { table, report } = await readPoints([path], DEFAULT_INPUT_OPTIONS);
      expect(report.format).toBe(row.format);
      expect(table.objectIds.length).toBe(row.objects);
      expect(table.length).toBe(row.points);
      expect(report.skippedCount).toBe(row.skipped ?? 0);
      const [t0, t1] = extent(table.t);
      expect([new Date(t0).toISOString(), new Date(t1).toISOString()]).toEqual(row.timeSpan);
      const [lon0, lon1] = extent(table.lon);
      const [lat0, lat1] = extent(table.lat);
      [lon0, lat0, lon1, lat1].forEach((v, k) => expect(v).toBeCloseTo(row.bbox[k], 6));
      if (row.noStill) return;
      const output = await temp(`${file.replace(/\W/g, '_')}.png`, '');
      const still = await renderStill({ input: path, output, overwrite: true, at: row.timeSpan[1], size: [160, 90] });
      expect([still.width, still.height]).toEqual([160, 90]);
      const png = await readFile(output);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }, 60_000);
  }
});
