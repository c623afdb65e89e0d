import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIL_STYLE, resolveDecorations, resolveTrailStyle } from '../../../src/style/default-style.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';
import { zoneOffsetFunction } from '../../../src/clock/zone-offset.js';

describe('default style', () => {
  it('resolveTrailStyle() fills the defaults: gist_heat over progress, tapered, white heads', () => {
    const style = resolveTrailStyle();
    expect(style).toEqual(DEFAULT_TRAIL_STYLE);
    expect(style.colormapRange[0]).toBeGreaterThan(0); // gist_heat's black would vanish on the sea
  });

  it('resolveTrailStyle() uses the whole map and the data range for a property', () => {
    const style = resolveTrailStyle({ colorBy: 'speed', colormap: 'viridis', lineWidth: 4, taper: false, headColor: 'scalar' }, [3, 9]);
    expect(style.colormapRange).toEqual([0, 1]);
    expect([style.scalarMin, style.scalarMax]).toEqual([3, 9]);
    expect(style.tailWidth).toBeCloseTo(1.4);
    expect(style.headColor).toBe('scalar');
  });

  it('resolveTrailStyle() rejects unknown colour maps and colours', () => {
    for (const bad of [{ colormap: 'nope' }, { headColor: 'blurple' }]) {
      try { resolveTrailStyle(bad); expect.unreachable(); } catch (error) { expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION'); }
    }
  });

  it('resolveDecorations() shows a UTC clock by default and checks the zone', () => {
    const d = resolveDecorations();
    expect(d.clock).toMatchObject({ show: true, timeZone: null, utcOffsetHours: 0, label: null });
    expect(resolveDecorations({ timeZone: 'Europe/Paris', title: 'T' })).toMatchObject({ title: 'T', clock: { timeZone: 'Europe/Paris' } });
    try { resolveDecorations({ timeZone: 'Mars/Olympus' }); expect.unreachable(); } catch (error) {
      expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
    }
  });

  it('the clock zone is checked as the offsets check it: the same message, naming timeZone', () => {
    const messageOf = (f: () => unknown): string => { try { f(); } catch (error) { return (error as Error).message; } return 'no error'; };
    const fromClock = messageOf(() => resolveDecorations({ timeZone: 'Mars/Olympus' }));
    expect(fromClock).toMatch(/Mars\/Olympus.*IANA time zone name such as America\/New_York|IANA time zone name such as America\/New_York.*Mars\/Olympus/);
    expect(fromClock).toMatch(/timeZone/);
    expect(messageOf(() => zoneOffsetFunction('Mars/Olympus', 'timeZone'))).toBe(fromClock);
    // Intl's formatter (the clock's) has no zone "Z", which zoneOffsetFunction reads as UTC.
    expect(messageOf(() => resolveDecorations({ timeZone: 'Z' }))).toMatch(/IANA time zone name/);
  });
});
