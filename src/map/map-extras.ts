// Parts of a MapSpec that depend on the fitted projection: the automatic graticule step and the
// cities in view (chosen once here, so drawing the map needs no city list).
import { geoDistance } from 'd3-geo';
import { visibleLonLatBox } from './clip-to-view.js';
import { createProjection } from './create-projection.js';
import type { MapCity, MapSpec } from './map-spec.js';
import { cityList } from './places.js';

const NICE_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10];
// Without --cities: this many of the most populous cities in view.
const AUTO_CITY_COUNT = 25;
// With --cities: at most this many (a world map with a low minimum would be a grey smear).
const MAX_CITIES = 400;

// About five lines across the wider side of the view; tracktable's 10 degrees for wide maps.
export function autoGraticuleStep(spec: MapSpec, width: number, height: number): number {
  const box = visibleLonLatBox(createProjection(spec), width, height, 0);
  if (!box) return 10;
  const span = Math.max(box[2] - box[0], box[3] - box[1]);
  return NICE_STEPS.find((step) => span / step <= 6) ?? 10;
}

// Whether lon/lat is drawn inside the frame (and, on a globe, on its near side).
export function pointInView(spec: MapSpec, width: number, height: number): (lon: number, lat: number) => [number, number] | null {
  const project = createProjection(spec) as unknown as (p: [number, number]) => [number, number] | null;
  const facing: [number, number] = [-spec.rotate[0], -spec.rotate[1]];
  return (lon, lat) => {
    if (spec.projection === 'orthographic' && geoDistance([lon, lat], facing) > Math.PI / 2 - 1e-3) return null;
    const p = project([lon, lat]);
    if (!p || !(p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height)) return null;
    return p;
  };
}

// The cities in view with at least minPopulation people (null: the 25 most populous), biggest first.
export function selectCities(spec: MapSpec, width: number, height: number, minPopulation: number | null): MapCity[] {
  const box = visibleLonLatBox(createProjection(spec), width, height, 0.5);
  const inView = pointInView(spec, width, height);
  const limit = minPopulation === null ? AUTO_CITY_COUNT : MAX_CITIES;
  const out: MapCity[] = [];
  for (const city of cityList()) {
    if (minPopulation !== null && city.population < minPopulation) break;
    if (box && (city.lon < box[0] || city.lon > box[2] || city.lat < box[1] || city.lat > box[3])) {
      // A box across the antimeridian holds longitudes past 180.
      const wrapped = city.lon + (city.lon < box[0] ? 360 : -360);
      if (wrapped < box[0] || wrapped > box[2] || city.lat < box[1] || city.lat > box[3]) continue;
    }
    if (!inView(city.lon, city.lat)) continue;
    out.push({ name: city.name, lon: city.lon, lat: city.lat, population: city.population });
    if (out.length >= limit) break;
  }
  return out;
}
