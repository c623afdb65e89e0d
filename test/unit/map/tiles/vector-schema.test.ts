import { describe, expect, it } from 'vitest';
import { detectSchema, featureRole, placeLabel } from '../../../../src/map/tiles/vector-schema.js';

describe('vector tile schemas', () => {
  it('detectSchema() knows Protomaps and OpenMapTiles by their layer names, anything else is generic', () => {
    expect(detectSchema(['earth', 'water', 'roads', 'places'])).toBe('protomaps');
    expect(detectSchema(['water', 'transportation', 'place', 'building'])).toBe('openmaptiles');
    expect(detectSchema(['lakes', 'streets'])).toBe('generic');
  });

  it('featureRole() sorts roads by class in both schemas', () => {
    expect(featureRole('protomaps', 'roads', { kind: 'highway' }, 'line')).toBe('highway');
    expect(featureRole('openmaptiles', 'transportation', { class: 'motorway' }, 'line')).toBe('highway');
    expect(featureRole('openmaptiles', 'transportation', { class: 'tertiary' }, 'line')).toBe('medium-road');
    expect(featureRole('openmaptiles', 'transportation', { class: 'rail' }, 'line')).toBe('rail');
    expect(featureRole('protomaps', 'landuse', { kind: 'park' }, 'polygon')).toBe('park');
    expect(featureRole('openmaptiles', 'landcover', { class: 'wood' }, 'polygon')).toBe('wood');
    expect(featureRole('openmaptiles', 'boundary', { admin_level: 8 }, 'line')).toBeNull();
    expect(featureRole('generic', 'sea_areas', {}, 'polygon')).toBe('water');
  });

  it('placeLabel() takes the English name first and ranks cities above suburbs', () => {
    const city = placeLabel('openmaptiles', 'place', { class: 'city', name: 'München', 'name:en': 'Munich', rank: 1 }, 11.57, 48.13);
    const suburb = placeLabel('openmaptiles', 'place', { class: 'suburb', name: 'Schwabing', rank: 5 }, 11.58, 48.16);
    expect(city?.name).toBe('Munich');
    expect(city!.rank).toBeGreaterThan(suburb!.rank);
    expect(placeLabel('protomaps', 'pois', { name: 'Café' }, 0, 0)).toBeNull();
  });
});
