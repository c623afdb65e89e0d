// A made-up city by a bay (around 8.60 E, 53.55 N), as known geometry for vector tile fixtures:
// sea east of 8.62, a river, a park, a motorway, main and minor roads, a railway, buildings and
// two place names, in the Protomaps or the OpenMapTiles schema.
import type { Feature, Geometry } from 'geojson';

const f = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry, properties });
const box = (w: number, s: number, e: number, n: number): Geometry => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

export const CITY_BOX: [number, number, number, number] = [8.55, 53.52, 8.65, 53.58];

function buildings(): Feature[] {
  const out: Feature[] = [];
  for (let i = 0; i < 12; i++) for (let j = 0; j < 8; j++) {
    const w = 8.575 + i * 0.0022; const s = 53.548 + j * 0.0014;
    out.push(f(box(w, s, w + 0.0014, s + 0.0008)));
  }
  return out;
}

export function cityLayers(schema: 'protomaps' | 'openmaptiles'): Record<string, Feature[]> {
  const sea = f(box(8.62, 53.4, 8.8, 53.7), schema === 'protomaps' ? { kind: 'ocean' } : { class: 'ocean' });
  const river = f({ type: 'Polygon', coordinates: [[[8.5, 53.541], [8.62, 53.543], [8.62, 53.546], [8.5, 53.544], [8.5, 53.541]]] }, { kind: 'river', class: 'river' });
  const park = f(box(8.58, 53.56, 8.595, 53.57), { kind: 'park', class: 'park' });
  const wood = f(box(8.555, 53.525, 8.575, 53.538), { kind: 'forest', class: 'wood' });
  const road = (coords: number[][], pm: string, omt: string): Feature => f({ type: 'LineString', coordinates: coords }, schema === 'protomaps' ? { kind: pm } : { class: omt });
  const roads = [
    road([[8.5, 53.53], [8.6, 53.535], [8.615, 53.58]], 'highway', 'motorway'),
    road([[8.55, 53.555], [8.62, 53.555]], 'major_road', 'primary'),
    road([[8.6, 53.52], [8.6, 53.59]], 'medium_road', 'secondary'),
    ...Array.from({ length: 6 }, (_, i) => road([[8.57 + i * 0.005, 53.547], [8.57 + i * 0.005, 53.562]], 'minor_road', 'minor')),
  ];
  const rail = road([[8.55, 53.565], [8.62, 53.575]], 'rail', 'rail');
  const places = [
    f({ type: 'Point', coordinates: [8.588, 53.552] }, schema === 'protomaps' ? { kind: 'locality', name: 'Seestadt', population_rank: 10 } : { class: 'city', name: 'Seestadt', rank: 3 }),
    f({ type: 'Point', coordinates: [8.565, 53.574] }, schema === 'protomaps' ? { kind: 'neighbourhood', name: 'Nordwald' } : { class: 'suburb', name: 'Nordwald', rank: 10 }),
  ];
  if (schema === 'protomaps') {
    return { earth: [f(box(8.4, 53.4, 8.62, 53.7))], water: [sea, river], landuse: [park, wood], roads: [...roads, rail], buildings: buildings(), places };
  }
  return { water: [sea, river], landcover: [wood], park: [park], transportation: [...roads, rail], building: buildings(), place: places };
}
