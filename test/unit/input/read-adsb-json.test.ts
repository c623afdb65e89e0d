// ADS-B JSON as saved from OpenSky's REST API and from dump1090/readsb (aircraft.json), from
// fixtures written here: one document, arrays of them, and JSON Lines of polled snapshots.
import { describe, expect, it } from 'vitest';
import { readPoints } from '../../../src/input/read-points.js';
import { DEFAULT_INPUT_OPTIONS } from '../../../src/input/input-options.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const file = useTempFiles('trackreel-adsb-json-');
const read = (path: string, lenient = false) => readPoints([path], { ...DEFAULT_INPUT_OPTIONS, lenient });

const track = (icao24: string, t0: number) => ({ icao24, callsign: 'DLH1234 ', startTime: t0, endTime: t0 + 120,
  path: [[t0, 50.03, 8.56, 0, 250, true], [t0 + 60, 50.05, 8.5, 600, 250, false], [t0 + 120, 50.08, 8.4, 1500, 255, false]] });
const state = (icao24: string, t: number, lon: number | null, lat: number | null) =>
  [icao24, 'SWR123  ', 'Switzerland', t, t, lon, lat, 3000, false, 150, 10, 0, null, 3050, '2000', false, 0];

describe('readPoints: ADS-B JSON', () => {
  it('an OpenSky track: [time, lat, lon, altitude, track, on_ground] rows, the ICAO address as the object; an array of tracks is not read as deck.gl trips', async () => {
    const one = await read(await file('track.json', JSON.stringify(track('3C4B26', 1_689_000_000))));
    expect(one.report.format).toBe('opensky-track');
    expect(one.table.objectIds).toEqual(['3c4b26']);
    expect([...one.table.t]).toEqual([0, 60, 120].map((s) => (1_689_000_000 + s) * 1000));
    expect(one.table.lat[1]).toBe(50.05);
    expect(one.table.lon[1]).toBe(8.5);
    expect([...one.table.numeric.baro_altitude]).toEqual([0, 600, 1500]);
    expect([...one.table.numeric.on_ground]).toEqual([1, 0, 0]);
    const many = await read(await file('tracks.json', JSON.stringify([track('3c4b26', 1_689_000_000), track('4b1805', 1_689_000_500)])));
    expect(many.report.format).toBe('opensky-track');
    expect(many.table.objectIds).toEqual(['3c4b26', '4b1805']);
  });

  it('OpenSky state vectors polled into JSON Lines: each aircraft a point at its position time; aircraft without a position are left out, not errors', async () => {
    const lines = [0, 10, 20].map((s) => JSON.stringify({ time: 1_458_564_121 + s, states: [state('4b1805', 1_458_564_120 + s, 8.5 + s / 1000, 47.4), state('abc123', 1_458_564_120 + s, null, null)] }));
    const { table, report } = await read(await file('states.jsonl', lines.join('\n') + '\n'));
    expect(report.format).toBe('opensky-states');
    expect(table.objectIds).toEqual(['4b1805']);
    expect([...table.t]).toEqual([0, 10, 20].map((s) => (1_458_564_120 + s) * 1000));
    expect(table.lon[2]).toBeCloseTo(8.52, 9);
    expect([...table.numeric.velocity]).toEqual([150, 150, 150]);
  });

  it('dump1090/readsb aircraft.json snapshots: the time is now - seen_pos, "ground" altitude is 0 on the ground', async () => {
    const snapshot = (now: number) => ({ now, messages: 1, aircraft: [
      { hex: 'A1B2C3', flight: 'AAL1    ', alt_baro: 35000, gs: 450.1, track: 90, lat: 40.1, lon: -73.5 + (now - 1_700_000_000) / 100, seen_pos: 0.5 },
      { hex: 'a4d5e6', alt_baro: 'ground', lat: 40.64, lon: -73.78, seen_pos: 2 }, { hex: 'abcdef', seen: 3 }] });
    const { table, report } = await read(await file('aircraft.json', JSON.stringify([snapshot(1_700_000_000), snapshot(1_700_000_010)])));
    expect(report.format).toBe('aircraft-json');
    expect(table.objectIds).toEqual(['a1b2c3', 'a4d5e6']);
    expect([...table.t]).toEqual([1_699_999_999_500, 1_699_999_998_000, 1_700_000_009_500, 1_700_000_008_000]);
    expect([...table.numeric.altitude]).toEqual([35000, 0, 35000, 0]);
    expect([...table.numeric.on_ground]).toEqual([0, 1, 0, 1]);
  });

  it('a state vector that is not an array is a located error (lenient: counted)', async () => {
    const path = await file('bad-states.json', JSON.stringify({ time: 1_458_564_121, states: [state('4b1805', 1_458_564_120, 8.5, 47.4), 'oops'] }));
    await expect(read(path)).rejects.toMatchObject({ code: 'INPUT_PARSE', message: expect.stringMatching(/states\[1\].*expected a state vector array/) });
    expect((await read(path, true)).table.t.length).toBe(1);
  });
});
