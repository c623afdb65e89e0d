// --speed-units through the command line: an AIS file's SOG (knots) is shown in the chosen unit,
// knots by default; the summary and `info` name the unit and the flag, and the colours drawn
// follow the converted values (--scalar-range is read in the unit).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodePngRgba } from '../../src/render/raster/canvas.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempFiles } from '../helpers/temp-files.js';

const temp = useTempFiles('trackreel-speed-units-');

// One ship at a steady 10 knots for 30 minutes.
function aisCsv(): string {
  const rows = ['MMSI,BaseDateTime,LAT,LON,SOG'];
  for (let i = 0; i < 30; i++) {
    rows.push(`367000001,2020-06-30T00:${String(i).padStart(2, '0')}:00,40.6,${(-74.1 + i * 0.005).toFixed(4)},10.0`);
  }
  return `${rows.join('\n')}\n`;
}

// Pixels that are mostly green, and mostly blue (the map is greys and black).
function greenAndBlue(rgba: Uint8Array): { green: number; blue: number } {
  let green = 0;
  let blue = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i], rgba[i + 1], rgba[i + 2]];
    if (g > 150 && r < 80 && b < 80) green++;
    if (b > 150 && r < 80 && g < 80) blue++;
  }
  return { green, blue };
}

describe('--speed-units', () => {
  it('colours SOG in knots by default and in km/h when asked; the summary and info name the unit and the flag', async () => {
    const csv = await temp('ship.csv', aisCsv());
    const common = [csv, '--color-by', 'SOG', '--scalar-range', '0,20', '--colormap', 'red,lime,blue', '--size', '320x240',
      '--at', '2020-06-30T00:29:00Z', '--bbox=-74.2,40.4,-73.8,40.8', '--trail', '20m', '--head-radius', '5', '--tail-opacity', '1', '--no-legend', '--overwrite'];
    const knOut = await temp('kn.png', '');
    const kn = await runCli(['still', ...common, '-o', knOut]);
    expect(kn.code, kn.stderr).toBe(0);
    expect(kn.stderr).toMatch(/defaults: .*--speed-units kn.* \(from the data\)/);
    const kmhOut = await temp('kmh.png', '');
    const kmh = await runCli(['still', ...common, '--speed-units', 'km/h', '-o', kmhOut]);
    expect(kmh.code, kmh.stderr).toBe(0);
    expect(kmh.stderr).not.toMatch(/--speed-units/);
    // 10 kn on red..lime..blue over 0..20 is lime, the middle; 18.52 km/h is nearly blue.
    const inKnots = greenAndBlue((await decodePngRgba(await readFile(knOut))).data);
    const inKmh = greenAndBlue((await decodePngRgba(await readFile(kmhOut))).data);
    expect(inKnots.green).toBeGreaterThan(10);
    expect(inKnots.blue).toBe(0);
    expect(inKmh.blue).toBeGreaterThan(10);
    expect(inKmh.green).toBe(0);

    // --json returns the unit as resolved, and lists it among the defaults read from the data.
    const json = JSON.parse((await runCli(['still', ...common, '-o', knOut, '--json'])).stdout);
    expect(json.result.speedUnits).toBe('kn');
    expect(json.result.dataDefaults).toContainEqual(expect.objectContaining({ key: 'speedUnits', value: 'kn' }));

    const info = await runCli(['info', csv]);
    expect(info.stdout).toMatch(/speeds: +in kn \(SOG, speed: knots\); --speed-units changes it/);
    const infoMph = await runCli(['info', csv, '--speed-units', 'mph']);
    expect(infoMph.stdout).toMatch(/speeds: +in mph \(SOG, speed: knots, converted\)/);
  }, 60_000);
});
