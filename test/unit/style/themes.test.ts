import { describe, expect, it } from 'vitest';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';
import { resolveTrailStyle } from '../../../src/style/default-style.js';
import { buildLegend } from '../../../src/style/legend.js';
import { resolveThemeColors, THEMES } from '../../../src/style/themes.js';

describe('themes', () => {
  it('resolveThemeColors() gives the dark theme by default and applies overrides', () => {
    expect(resolveThemeColors().map).toEqual(THEMES.dark.map);
    const light = resolveThemeColors({ theme: 'light', landColor: 'tan', borderColor: '#123456', textColor: 'navy' });
    expect(light.map.sea).toBe(THEMES.light.map.sea);
    expect(light.map.land).toBe('#d2b48c');
    expect([light.map.borders, light.map.states]).toEqual(['#123456', '#123456']);
    expect(light.text).toBe('#000080');
  });

  it('resolveThemeColors() rejects a colour that does not parse', () => {
    try { resolveThemeColors({ seaColor: 'seaweed' }); expect.unreachable(); } catch (error) {
      expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
      expect((error as Error).message).toContain('seaColor');
    }
  });

  it('resolveTrailStyle() takes colour maps and head colour from the theme', () => {
    expect(resolveTrailStyle({ theme: 'light' })).toMatchObject({ colormap: 'plasma_r', headColor: '#1e1e1e', head: 'dot' });
    expect(resolveTrailStyle({ theme: 'dark', colorBy: 'speed' })).toMatchObject({ colormap: 'plasma', colormapRange: [0.2, 1] });
    expect(resolveTrailStyle({ colorBy: 'id' }).palette).toHaveLength(10);
  });

  it('buildLegend() makes a colour bar for a property, categories for few ids, nothing for progress', () => {
    expect(buildLegend(resolveTrailStyle(), ['a'])).toBeNull();
    expect(buildLegend(resolveTrailStyle({ colorBy: 'speed' }, [2, 9]), ['a'])).toMatchObject({ kind: 'colorbar', title: 'speed', min: 2, max: 9 });
    const cats = buildLegend(resolveTrailStyle({ colorBy: 'id' }), ['a', 'b']);
    expect(cats).toMatchObject({ kind: 'categories', entries: [{ label: 'a', color: '#4e79a7' }, { label: 'b', color: '#f28e2c' }] });
    expect(buildLegend(resolveTrailStyle({ colorBy: 'id' }), Array.from({ length: 11 }, (_, i) => `o${i}`))).toBeNull();
  });
});
