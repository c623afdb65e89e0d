import { describe, expect, it } from 'vitest';
import { optionText, optionTexts } from '../../../src/options/option-text.js';
import { validateOptions } from '../../../src/options/render-options.js';

describe('optionText', () => {
  it('writes values as they are typed after their flag, and they read back as the same values', () => {
    const given = { trailDurationMs: '45m', durationMs: '1m30s', size: [1280, 720], startTime: '2020-12-08T10:00:00.000Z', highlight: ['a', 'b'], fps: 24, theme: 'light', followSmoothingMs: 0 };
    const validated = validateOptions<Record<string, unknown>>(given, []);
    const texts = optionTexts(validated);
    expect(texts).toMatchObject({ trailDurationMs: '45m', durationMs: '1m30s', size: '1280x720', startTime: '2020-12-08T10:00:00.000Z', highlight: 'a,b', fps: '24', theme: 'light', followSmoothingMs: '0s' });
    expect(validateOptions<Record<string, unknown>>({ ...texts, size: [1280, 720], highlight: ['a', 'b'], fps: 24 }, [])).toEqual(validated);
    expect(optionText('camera', [{ time: Date.UTC(2020, 0, 1), center: [1, 2], radiusKm: 30 }])).toBe('2020-01-01T00:00:00.000Z@1,2,30km');
  });
});
