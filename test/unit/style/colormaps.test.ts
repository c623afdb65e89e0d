import { describe, expect, it } from 'vitest';
import { colorList, COLORMAP_NAMES, colormapInterpolator, colormapLut, colormapLutRgb, cssToRgb } from '../../../src/style/colormaps.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';
import { thrownBy } from '../../helpers/thrown-by.js';

describe('colormaps', () => {
  it('colormapLut() gives gist_heat from black to white through matplotlib\'s formula', () => {
    const lut = colormapLut('gist_heat', 5);
    expect(lut[0]).toBe('#000000');
    expect(lut[4]).toBe('#ffffff');
    // x = 0.5: r = 0.75, g = 0, b = 0.
    expect(lut[2]).toBe('#bf0000');
  });

  it('colormapLut() reverses a map with the _r suffix, case-insensitively', () => {
    expect(colormapLut('gist_heat_r', 8)).toEqual(colormapLut('gist_heat', 8).reverse());
    expect(colormapLut('VIRIDIS_r', 8)).toEqual(colormapLut('viridis', 8).reverse());
  });

  it('colormapLut() uses only the requested part of the map', () => {
    const lut = colormapLut('gist_heat', 4, 0.25, 1);
    expect(lut[0]).toBe(colormapLut('gist_heat', 5)[1]);
    expect(lut[3]).toBe('#ffffff');
  });

  it('colormapInterpolator() knows every listed name and throws INVALID_OPTION naming them otherwise', () => {
    for (const name of COLORMAP_NAMES) expect(colormapLut(name, 3)).toHaveLength(3);
    const error = thrownBy(() => colormapInterpolator('nope'));
    expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('gist_heat');
    expect(error.message).toContain('viridis');
  });

  it('colormapLutRgb() and cssToRgb() give 0xRRGGBB integers', () => {
    expect(Array.from(colormapLutRgb('gray', 2))).toEqual([0x000000, 0xffffff]);
    expect(cssToRgb('white')).toBe(0xffffff);
    expect(cssToRgb('#ff8000')).toBe(0xff8000);
    expect(cssToRgb('not a colour')).toBeNull();
  });

  it('colormapLut() spreads a custom list of CSS colours evenly, and _r reverses it', () => {
    expect(colormapLut('navy,#00ff88,yellow', 5)).toEqual(['#000080', '#008084', '#00ff88', '#80ff44', '#ffff00']);
    expect(colormapLut('navy,#00ff88,yellow_r', 5)).toEqual(colormapLut('navy,#00ff88,yellow', 5).reverse());
    // Commas inside rgb() do not split the list.
    expect(colorList('rgb(255, 0, 0), blue')).toEqual(['#ff0000', '#0000ff']);
    expect(colorList('viridis')).toBeNull();
  });

  it('colormapInterpolator() names the colour of a list that is not a CSS colour', () => {
    const error = thrownBy(() => colormapInterpolator('navy,notacolour,yellow'));
    expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('"notacolour"');
    expect(error.message).toContain('colormap');
  });

  it('colormapLut() has cyclic maps whose ends meet (hsv, sinebow)', () => {
    for (const name of ['hsv', 'sinebow']) {
      const lut = colormapLut(name, 9);
      expect(lut[0]).toBe(lut[8]);
      expect(new Set(lut).size).toBeGreaterThan(6);
    }
  });
});
