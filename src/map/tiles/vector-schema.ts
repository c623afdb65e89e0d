// The two common vector tile schemas and what each feature is in them: Protomaps basemap layers
// (earth, water, landuse, landcover, natural, roads, transit, buildings, places, boundaries:
// docs.protomaps.com/basemaps/layers) and OpenMapTiles (water, waterway, landcover, landuse, park,
// transportation, building, place, boundary: openmaptiles.org/schema). Anything else gets a
// generic reading (polygons in layers named like water are water, other lines are roads).
export type VectorSchema = 'protomaps' | 'openmaptiles' | 'generic';

// Drawn in this order.
export const FEATURE_ROLES = [
  'land', 'landuse', 'wood', 'park', 'water', 'waterway', 'building', 'path', 'minor-road', 'medium-road', 'major-road', 'highway', 'rail', 'boundary',
] as const;
export type FeatureRole = (typeof FEATURE_ROLES)[number];

export function detectSchema(layerNames: readonly string[]): VectorSchema {
  const has = (name: string): boolean => layerNames.includes(name);
  if (has('earth') || (has('roads') && (has('places') || has('buildings')))) return 'protomaps';
  if (has('transportation') || (has('water') && (has('place') || has('landcover') || has('building')))) return 'openmaptiles';
  return 'generic';
}

type Props = Record<string, number | string | boolean>;
type GeometryKind = 'point' | 'line' | 'polygon';

const OMT_ROADS: Record<string, FeatureRole> = {
  motorway: 'highway', trunk: 'major-road', primary: 'major-road', secondary: 'medium-road', tertiary: 'medium-road',
  minor: 'minor-road', service: 'minor-road', track: 'path', path: 'path', rail: 'rail', transit: 'rail',
};
const PROTOMAPS_ROADS: Record<string, FeatureRole> = {
  highway: 'highway', major_road: 'major-road', medium_road: 'medium-road', minor_road: 'minor-road', path: 'path', rail: 'rail',
};
const PARKS = new Set(['park', 'nature_reserve', 'national_park', 'protected_area', 'garden', 'cemetery', 'golf_course', 'pitch', 'playground', 'recreation_ground', 'grass', 'grassland', 'meadow', 'village_green']);
const WOODS = new Set(['wood', 'forest', 'scrub', 'wetland', 'farmland', 'farm', 'orchard', 'vineyard', 'allotments']);

function landRole(kind: string): FeatureRole {
  if (PARKS.has(kind)) return 'park';
  if (WOODS.has(kind)) return 'wood';
  return 'landuse';
}

// What to draw a feature as (null: not drawn; places are labels, handled apart).
export function featureRole(schema: VectorSchema, layer: string, props: Props, kind: GeometryKind): FeatureRole | null {
  const cls = String(props.kind ?? props.class ?? props.subclass ?? props.type ?? '');
  if (schema === 'protomaps') {
    if (layer === 'earth') return kind === 'polygon' ? 'land' : null;
    if (layer === 'water') return kind === 'polygon' ? 'water' : kind === 'line' ? 'waterway' : null;
    if (layer === 'landuse' || layer === 'landcover' || layer === 'natural') return kind === 'polygon' ? landRole(cls) : null;
    if (layer === 'roads') return kind === 'line' ? PROTOMAPS_ROADS[cls] ?? 'minor-road' : null;
    if (layer === 'transit') return kind === 'line' && (cls === 'rail' || props.pmap_kind === 'rail') ? 'rail' : null;
    if (layer === 'buildings') return kind === 'polygon' ? 'building' : null;
    if (layer === 'boundaries') return kind === 'line' ? 'boundary' : null;
    return null;
  }
  if (schema === 'openmaptiles') {
    if (layer === 'water') return kind === 'polygon' ? 'water' : null;
    if (layer === 'waterway') return kind === 'line' ? 'waterway' : null;
    if (layer === 'landcover' || layer === 'landuse') return kind === 'polygon' ? landRole(cls) : null;
    if (layer === 'park') return kind === 'polygon' ? 'park' : null;
    if (layer === 'transportation') return kind === 'line' ? OMT_ROADS[cls] ?? (cls.startsWith('rail') ? 'rail' : null) : null;
    if (layer === 'building') return kind === 'polygon' ? 'building' : null;
    if (layer === 'boundary') return kind === 'line' && Number(props.admin_level ?? 2) <= 4 ? 'boundary' : null;
    return null;
  }
  const watery = /water|ocean|sea|lake|river/i.test(layer);
  if (kind === 'polygon') return watery ? 'water' : /build/i.test(layer) ? 'building' : 'landuse';
  if (kind === 'line') return watery ? 'waterway' : /rail/i.test(layer) ? 'rail' : /bound|admin/i.test(layer) ? 'boundary' : 'minor-road';
  return null;
}

// A place name to label, with its importance (higher first).
export interface PlaceLabel { name: string; lon: number; lat: number; rank: number }

const OMT_PLACE_RANK: Record<string, number> = { country: 9, state: 7, city: 6, town: 5, village: 3, suburb: 3, hamlet: 1, neighbourhood: 2, quarter: 2, island: 2 };
const PROTOMAPS_PLACE_RANK: Record<string, number> = { country: 9, region: 7, locality: 5, macrohood: 3, neighbourhood: 2 };

// A point feature as a place label, or null when it is not one.
export function placeLabel(schema: VectorSchema, layer: string, props: Props, lon: number, lat: number): PlaceLabel | null {
  const isPlace = schema === 'protomaps' ? layer === 'places' : schema === 'openmaptiles' ? layer === 'place' : /place|label/i.test(layer);
  if (!isPlace) return null;
  const name = props['name:en'] ?? props.name_en ?? props.name ?? props['name:latin'];
  if (typeof name !== 'string' || name.trim() === '') return null;
  const cls = String(props.kind ?? props.class ?? '');
  const base = (schema === 'protomaps' ? PROTOMAPS_PLACE_RANK : OMT_PLACE_RANK)[cls] ?? 1;
  // Within a class: population rank (Protomaps) or OpenMapTiles' rank (1 = most important).
  const within = Number(props.population_rank ?? 0) / 20 - Number(props.rank ?? 0) / 100;
  return { name: name.trim(), lon, lat, rank: base + (Number.isFinite(within) ? within : 0) };
}
