// Named maps, --layers and the overlays as users meet them: the CLI (built) and the API.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStill } from '../../src/index.js';
import { validateOptions, type ValidatedMovieOptions } from '../../src/options/render-options.js';
import { resolveMovieOptions } from '../../src/pipeline/resolve-movie-options.js';
import { decodePngRgba } from '../../src/render/raster/canvas.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempFiles } from '../helpers/temp-files.js';
import { readFile } from 'node:fs/promises';

const file = useTempFiles('trackreel-map-options-');
// Two ships near JFK.
const POINTS = [
  '# object_id timestamp longitude latitude',
  ...['a', 'b'].flatMap((id, i) => [0, 1, 2, 3].map((m) => `${id},2020-06-30T00:0${m}:00Z,${-73.8 + 0.01 * m},${40.55 + 0.05 * i}`)),
].join('\n');

const resolve = (raw: Record<string, unknown>) => resolveMovieOptions(validateOptions<ValidatedMovieOptions>(raw, []));

describe('map options', () => {
  it('--layers sets exactly the layers drawn; without it lakes and provinces are on and labels, cities and overlays off', () => {
    const listed = resolve({ layers: ['land', 'graticule-labels', 'cities', 'scale-bar'] });
    expect(listed.map.layers).toEqual({
      land: true, lakes: false, coastlines: false, borders: false, states: false, provinces: false, graticule: false, graticuleLabels: true, cities: true,
    });
    expect(listed.decorations.scaleBar).toBe(true);
    expect(listed.decorations.northArrow).toBe(false);
    const defaults = resolve({ coastlines: false, cities: 50_000 });
    expect(defaults.map.layers).toMatchObject({ land: true, lakes: true, provinces: true, coastlines: false, graticuleLabels: false, cities: true });
    expect(defaults.map.citiesMinPopulation).toBe(50_000);
    expect(defaults.map.graticuleStepDeg).toBe('auto');
    expect(() => resolve({ layers: ['land', 'rivers'] })).toThrow(/for layers but received/);
  });

  it('renderStill() centres --map airport:JFK and draws the chosen layers and overlays', async () => {
    const input = await file('ships.csv', POINTS);
    const output = `${input}.png`;
    await renderStill({ input, output, size: [160, 120], map: 'airport:KJFK', layers: ['land', 'coastlines', 'scale-bar', 'north-arrow'], clock: false });
    const image = await decodePngRgba(await readFile(output));
    expect([image.width, image.height]).toEqual([160, 120]);
    // The scale bar's row at the bottom left is the text colour.
    const unit = 120 / 600;
    const y = Math.floor(120 - 10 * unit - 0.5);
    const i = (y * 160 + Math.ceil(10 * unit) + 3) * 4;
    expect(image.data[i]).toBeGreaterThan(200);
  });

  it('the CLI names unknown places with near matches, bad layers and a missing logo, and writes nothing', async () => {
    const input = await file('ships2.csv', POINTS);
    const out = `${input}.png`;
    const city = await runCli(['still', input, '-o', out, '--map', 'city:Roterdam']);
    expect(city.code).not.toBe(0);
    expect(city.stderr).toMatch(/Unknown city "Roterdam" for map; did you mean city:Rotterdam/);
    const logo = await runCli(['still', input, '-o', out, '--logo', `${input}.missing.png`]);
    expect(logo.code).toBe(1);
    expect(logo.stderr).toContain(`${input}.missing.png`);
    expect(logo.stderr).toMatch(/logo: cannot read the logo file/);
    expect(existsSync(out)).toBe(false);
  });
});
