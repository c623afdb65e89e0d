import { describe, expect, it } from 'vitest';
import { latOfWorldY, lonOfWorldX, tileBounds, worldX, worldY, wrapTileX, zoomForResolution } from '../../../../src/map/tiles/tile-math.js';

describe('tile math', () => {
  it('worldX() and worldY() invert to the same lon/lat, and tile 0/0/0 is the whole Mercator world', () => {
    for (const [lon, lat] of [[8.6, 53.55], [-73.9, 40.7], [179.9, -60], [0, 0]]) {
      expect(lonOfWorldX(worldX(lon))).toBeCloseTo(lon, 9);
      expect(latOfWorldY(worldY(lat))).toBeCloseTo(lat, 9);
    }
    const [w, s, e, n] = tileBounds({ z: 0, x: 0, y: 0 });
    expect([w, e]).toEqual([-180, 180]);
    expect(n).toBeCloseTo(85.0511287798, 8);
    expect(s).toBeCloseTo(-85.0511287798, 8);
  });

  it('tileBounds() of OSM tile 14/8582/5258 is Bremerhaven\'s (known tile: lon 8.5693-8.5913)', () => {
    const [w, , e] = tileBounds({ z: 14, x: 8582, y: 5258 });
    expect(w).toBeCloseTo(8.5693, 3);
    expect(e).toBeCloseTo(8.5913, 3);
  });

  it('zoomForResolution() gives zoom 0 for one 256-pixel tile of the equator and one more per halving', () => {
    expect(zoomForResolution(40075016.686 / 256, 0, 256)).toBeCloseTo(0, 9);
    expect(zoomForResolution(40075016.686 / 512, 0, 256)).toBeCloseTo(1, 9);
    expect(zoomForResolution(40075016.686 / 512, 60, 256)).toBeCloseTo(0, 9);
  });

  it('wrapTileX() brings columns past the antimeridian back into the zoom\'s range', () => {
    expect([wrapTileX(-1, 3), wrapTileX(8, 3), wrapTileX(5, 3)]).toEqual([7, 0, 5]);
  });
});
