import { describe, expect, it } from 'vitest';
import { REGION_NAMES, REGIONS } from '../../../src/map/regions.js';

describe('regions', () => {
  it('REGIONS holds well-formed lon/lat boxes for the documented names', () => {
    for (const name of ['world', 'conus', 'north_america', 'south_america', 'europe', 'asia', 'africa', 'australia', 'new_york_harbor']) {
      expect(REGION_NAMES).toContain(name);
    }
    for (const [x0, y0, x1, y1] of Object.values(REGIONS)) {
      expect(x1).toBeGreaterThan(x0);
      expect(y1).toBeGreaterThan(y0);
      expect(x1 - x0).toBeLessThanOrEqual(360);
      expect(y0).toBeGreaterThanOrEqual(-90);
      expect(y1).toBeLessThanOrEqual(90);
    }
  });
});
