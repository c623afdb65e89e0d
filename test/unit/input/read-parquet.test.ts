import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS, type InputOptions } from '../../../src/input/input-options.js';
import { withGunzippedFile } from '../../../src/input/gunzip-to-temp.js';

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'trackreel-parquet-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const read = (paths: string[], options: Partial<InputOptions> = {}) => readPoints(paths, { ...DEFAULT_INPUT_OPTIONS, ...options });
const T0 = Date.parse('2020-06-30T00:00:00Z');

async function parquet(name: string, columnData: Parameters<typeof parquetWriteBuffer>[0]['columnData'], rowGroupSize?: number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, Buffer.from(parquetWriteBuffer({ columnData, rowGroupSize })));
  return path;
}

describe('readPoints: Parquet', () => {
  it('readPoints() reads AIS-style columns by name, across row groups, with properties', async () => {
    const path = await parquet('ais.parquet', [
      { name: 'MMSI', data: ['367109000', '367109000', '367484710'], type: 'STRING' },
      { name: 'BaseDateTime', data: [new Date(T0), new Date(T0 + 60_000), new Date(T0 + 120_000)], type: 'TIMESTAMP' },
      { name: 'LAT', data: new Float64Array([40.6, 40.61, 40.4]), type: 'DOUBLE' },
      { name: 'LON', data: new Float64Array([-74.2, -74.21, -74.0]), type: 'DOUBLE' },
      { name: 'SOG', data: new Float64Array([0, 1.5, 3]), type: 'DOUBLE' },
      { name: 'VesselName', data: ['OVERSEAS HOUSTON', 'OVERSEAS HOUSTON', 'BLUE SEA'], type: 'STRING' },
    ], 2);
    const { table, report } = await read([path]);
    expect(report.format).toBe('parquet');
    expect(table.objectIds).toEqual(['367109000', '367484710']);
    expect([...table.t]).toEqual([T0, T0 + 60_000, T0 + 120_000]);
    expect([...table.lon]).toEqual([-74.2, -74.21, -74.0]);
    expect([...table.lat]).toEqual([40.6, 40.61, 40.4]);
    expect([...table.numeric.SOG]).toEqual([0, 1.5, 3]);
    expect(table.text.VesselName.values).toEqual(['OVERSEAS HOUSTON', 'BLUE SEA']);
    expect([...table.line]).toEqual([1, 2, 3]);
  });

  it('readPoints() reads GeoParquet Point geometry and epoch-second times', async () => {
    const path = await parquet('geo.parquet', [
      { name: 'id', data: ['a', 'a'], type: 'STRING' },
      { name: 'time', data: new Float64Array([T0 / 1000, T0 / 1000 + 5]), type: 'DOUBLE' },
      { name: 'geometry', data: [{ type: 'Point', coordinates: [8.1, 47.1] }, { type: 'Point', coordinates: [8.2, 47.2] }], type: 'GEOMETRY' },
    ]);
    const { table } = await read([path]);
    expect([...table.lon]).toEqual([8.1, 8.2]);
    expect([...table.t]).toEqual([T0, T0 + 5000]);
  });

  it('readPoints() locates a bad row by its row number and column (strict) and skips it (lenient)', async () => {
    const path = await parquet('bad.parquet', [
      { name: 'id', data: ['a', 'a', 'a'], type: 'STRING' },
      { name: 'timestamp', data: ['2020-06-30T00:00:00Z', 'soon', '2020-06-30T00:00:10Z'], type: 'STRING' },
      { name: 'lon', data: new Float64Array([1, 2, 3]), type: 'DOUBLE' },
      { name: 'lat', data: new Float64Array([1, 2, 95]), type: 'DOUBLE' },
    ]);
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: `${path}:2: timestamp: cannot read "soon" as a time` });
    const { table, report } = await read([path], { lenient: true });
    expect(table.length).toBe(1);
    expect(report.skipped.map((s) => `${s.line} ${s.field}`)).toEqual(['2 timestamp', '3 lat']);
  });

  it('readPoints() names the known columns when it cannot find one', async () => {
    const path = await parquet('nocols.parquet', [{ name: 'foo', data: ['a'], type: 'STRING' }, { name: 'bar', data: new Float64Array([1]), type: 'DOUBLE' }]);
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_COLUMN', message: `${path}: idColumn: no id column found; known columns: foo, bar` });
  });

  it('readPoints() reports a corrupt Parquet file as INPUT_PARSE', async () => {
    const path = join(dir, 'corrupt.parquet');
    await writeFile(path, Buffer.from('PAR1 this is not really parquet PAR1'));
    await expect(read([path])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringContaining('not a valid Parquet file') });
  });

  it('readPoints() reads gzip-compressed Parquet through a temporary file that is always removed', async () => {
    const columns: Parameters<typeof parquetWriteBuffer>[0]['columnData'] = [
      { name: 'id', data: ['a', 'a', 'b'], type: 'STRING' },
      { name: 'time', data: [new Date(T0), new Date(T0 + 60_000), new Date(T0)], type: 'TIMESTAMP' },
      { name: 'lon', data: new Float64Array([1, 1.1, 2]), type: 'DOUBLE' },
      { name: 'lat', data: new Float64Array([50, 50.1, 51]), type: 'DOUBLE' },
    ];
    const plain = await read([await parquet('plain.parquet', columns)]);
    const gz = join(dir, 'points.parquet.gz');
    await writeFile(gz, gzipSync(parquetWriteBuffer({ columnData: columns })));
    const before = await gunzipDirs();
    const { table, report } = await read([gz]);
    expect(report.format).toBe('parquet');
    expect(table).toMatchObject({ objectIds: plain.table.objectIds, t: plain.table.t, lon: plain.table.lon, lat: plain.table.lat });
    // A damaged Parquet inside the gzip: the message names the .gz file, and the copy is gone too.
    const broken = join(dir, 'broken.parquet.gz');
    await writeFile(broken, gzipSync(Buffer.from('PAR1 not really parquet PAR1')));
    await expect(read([broken])).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a valid Parquet file`)) });
    expect(await gunzipDirs()).toEqual(before);
  });

  it('withGunzippedFile() caps the inflated size and rejects corrupt gzip, removing its copy either way', async () => {
    const bomb = join(dir, 'bomb.parquet.gz');
    await writeFile(bomb, gzipSync(Buffer.alloc(3 << 20)));
    const before = await gunzipDirs();
    const never = async () => { throw new Error('must not be called'); };
    await expect(withGunzippedFile(bomb, never, 2 << 20)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: `${bomb}: inflates to more than 2 MB; gunzip it yourself if it really is that large` });
    const corrupt = join(dir, 'corrupt.parquet.gz');
    await writeFile(corrupt, Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    await expect(withGunzippedFile(corrupt, never)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/corrupt\.parquet\.gz: not a valid gzip file/) });
    expect(await gunzipDirs()).toEqual(before);
  });
});

// The temporary folders withGunzippedFile makes (none may outlive a read).
async function gunzipDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('trackreel-gunzip-')).sort();
}
