// assembleTrajectories(table, options, { releaseTable: true }), as loadTrajectories calls it: the
// table's shared columns become the set's, reordered in place. The set and the report must be
// exactly those of an assembly that copies, and the table must be left empty, not half-reordered.
import { describe, it, expect } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS } from '../../../src/input/input-options.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import type { TrajectorySet } from '../../../src/trajectory/trajectory-set.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-release-');
const opts = { separationTimeMs: 20 * 60_000, separationDistance: 100, minPoints: 2 };
const HEADER = 'BaseDateTime,LON,LAT,MMSI,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TranscieverClass';
const time = (minute: number): string => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString().slice(0, 19);

// Vessels interleaved as in MarineCadastre files, with what assembly must deal with: times out of
// order, an exact duplicate, a gap in time (a split), a piece too short to keep, heading 511.
function aisRows(): string[] {
  const rows: string[] = [];
  const row = (minute: number, v: number, lon: number, sog: number, heading = (v * 40) % 360): void => {
    rows.push(`${time(minute)},${lon.toFixed(4)},${(40 + v / 10).toFixed(4)},36600000${v},${sog.toFixed(1)},${(v * 10 + minute) % 360}.0,${heading}.0,SHIP ${v},${v % 2 ? 'IMO900000' + v : ''},CALL${v},${70 + v}.0,0.0,${100 + v}.0,20.0,,70.0,A`);
  };
  for (let m = 0; m < 30; m++) for (let v = 0; v < 4; v++) if (!(v === 3 && m > 0)) row(m, v, -74 + m / 1000 + v / 100, (m + v) % 20, v === 2 ? 511 : undefined);
  row(5, 1, -74 + 5 / 1000 + 1 / 100, 6); // exact duplicate of vessel 1 at minute 5
  row(3, 0, -73.9, 1.5); // vessel 0: out of time order (and a different position than minute 3's)
  for (let m = 60; m < 70; m++) row(m, 2, -74 + m / 1000 + 0.02, m % 20); // vessel 2: after a 30 min gap
  return rows;
}

const plain = (set: TrajectorySet): unknown => JSON.parse(JSON.stringify(set, (_, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)));

async function bothWays(path: string) {
  const copied = assembleTrajectories((await readPoints([path], DEFAULT_INPUT_OPTIONS)).table, opts);
  const { table } = await readPoints([path], DEFAULT_INPUT_OPTIONS);
  const released = assembleTrajectories(table, opts, { releaseTable: true });
  return { copied, released, table };
}

describe('assembleTrajectories with releaseTable', () => {
  it('gives the same set and report as copying, and leaves the table empty', async () => {
    const path = await file('ais.csv', `${HEADER}\n${aisRows().join('\n')}\n`);
    const { copied, released, table } = await bothWays(path);
    // Vessel 3 reports once: a point object, not a dropped piece.
    expect(copied.report).toMatchObject({ duplicatesDropped: 1, splitsByTime: 1, droppedShort: 0, pointObjects: 1 });
    expect(released.report).toEqual(copied.report);
    expect(plain(released.set)).toEqual(plain(copied.set));
    // The set's columns are the table's shared memory, viewed to the kept length.
    const { set } = released;
    expect(set.t.length).toBe(copied.report.points);
    expect(set.t.length).toBeLessThan(table.length);
    for (const column of [set.t, set.lon, set.numeric.SOG, set.text.VesselName.codes]) expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
    // Names that shared a column in the table share it in the set (AIS speed = SOG).
    expect(set.numeric.speed).toBe(set.numeric.SOG);
    // Heading 511 is no value in the column itself, so heading shares it too.
    expect(set.numeric.heading).toBe(set.numeric.Heading);
    // Nothing of the points is left in the table; its length, domain and ids are.
    for (const column of [table.t, table.lon, table.lat, table.objectIndex, table.line, table.numeric.SOG, table.numeric.speed, table.text.VesselName.codes]) {
      expect(column.length).toBe(0);
    }
    expect(table.length).toBe(aisRows().length);
    expect(table.domain).toBe('terrestrial');
    expect(table.objectIds.length).toBe(4);
  });

  it('reorders 32-bit text codes in place too (more than 65,536 distinct values)', async () => {
    const n = 70_000;
    const lines = ['mmsi,timestamp,lon,lat,note'];
    // Two vessels, interleaved, the second in reverse time order; every note different.
    for (let i = 0; i < n; i++) {
      const v = i % 2;
      const k = v ? n - i : i;
      lines.push(`${v + 1},${1_700_000_000 + k},${(k / n).toFixed(6)},${v},note ${i}`);
    }
    const { copied, released } = await bothWays(await file('notes.csv', `${lines.join('\n')}\n`));
    expect(released.set.text.note.codes).toBeInstanceOf(Uint32Array);
    // Compared as text: a diff of 70,000-value arrays would take minutes to print.
    expect(JSON.stringify(plain(released.set)) === JSON.stringify(plain(copied.set))).toBe(true);
    const { codes, values } = released.set.text.note;
    // Vessel 2 reads back in time order: its last point is the first row it had (note 1).
    expect(values[codes[released.set.offsets[2] - 1]]).toBe('note 1');
  });
});
