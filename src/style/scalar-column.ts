// colorBy -> one colour scalar per point in shared memory, normalised to [0, 1] (NaN = no value,
// drawn grey): a numeric property or a derived scalar through the colour map, or a category's
// index into a palette (id, a text property, or category:NAME for a numeric one).
//
// colorBy is looked up in this order: progress, id, category:NAME, a numeric property, a text
// property, then the derived scalars (speed, heading, climb, trajectory-progress, time-of-day),
// so a property of the data always wins over a derived scalar of the same name.
import { TrackreelError } from '../errors/trackreel-error.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { sharedFloat32 } from '../memory/shared-arrays.js';
import { aisVesselTypeLabel, isAisVesselTypeProperty } from './ais-vessel-types.js';
import { categoryPalette } from './colormaps.js';
import { DERIVED_SCALAR_NAMES, derivedScalar, findAltitudeProperty, isDerivedScalar, type DerivedScalarOptions } from './derived-scalars.js';
import { own } from '../memory/name-records.js';
import { defaultSpeedUnit, knotsProperties, knotsTo } from './speed-units.js';

// The automatic range ignores the lowest and highest 2% of values, so a few GPS glitches
// (a 900-knot ship) do not squeeze everyone else into one colour.
export const AUTO_RANGE_PERCENTILES: [number, number] = [0.02, 0.98];
// Values sorted for the percentiles, at most (an even sample of larger data).
const PERCENTILE_SAMPLE = 200_000;
// Categories past the palette share this colour (the renderer's no-value grey).
export const OTHER_CATEGORY_COLOR = '#808080';
export const CATEGORY_PREFIX = 'category:';

export interface ScalarColumnOptions extends DerivedScalarOptions {
  // The colormap option: a custom colour list or a named map gives the category colours.
  colormap?: string | null;
}

export interface ScalarColumn {
  // null when colouring by progress along the trail.
  scalar: Float32Array | null;
  // The values mapped to 0 and 1 (numeric scalars).
  min: number;
  max: number;
  kind: 'progress' | 'numeric' | 'category';
  // The colour key's title, with units for derived scalars ("speed (km/h)").
  title: string;
  // Heading and time of day wrap around: drawn with a cyclic colour map by default.
  cyclic: boolean;
  // Categories: the colour of each category index (scalar = index / (length - 1)) ...
  palette: string[] | null;
  // ... and its label (null for id: the legend lists object ids).
  categories: string[] | null;
}

// The q-quantiles (linear interpolation between order statistics) of the finite values.
export function robustRange(values: Float64Array, [qLo, qHi]: [number, number] = AUTO_RANGE_PERCENTILES): [number, number] {
  const stride = Math.max(1, Math.floor(values.length / PERCENTILE_SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < values.length; i += stride) if (Number.isFinite(values[i])) sample.push(values[i]);
  if (sample.length === 0) return [0, 1];
  const sorted = Float64Array.from(sample).sort();
  const at = (q: number): number => {
    const pos = q * (sorted.length - 1);
    const i = Math.floor(pos);
    return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (pos - i) : sorted[i];
  };
  return [at(qLo), at(qHi)];
}

// Each value mapped from [min, max] into [0, 1], clamped; NaN stays NaN.
function normalise(values: Float64Array, [min, max]: [number, number]): Float32Array {
  const span = max - min;
  const scalar = sharedFloat32(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) { scalar[i] = NaN; continue; }
    // A constant property sits in the middle of the map.
    const x = span > 0 ? (v - min) / span : 0.5;
    scalar[i] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
  return scalar;
}

// Dictionary-encoded categories -> palette indices: the most frequent (by points) first, ties
// by label; past the palette's length the rest share one grey "other" entry.
function categorical(codes: Uint32Array, labels: readonly string[], hasValue: (code: number) => boolean, colormap: string | null | undefined,
  title: string): ScalarColumn {
  const counts = new Float64Array(labels.length);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  const used = labels.map((_, c) => c).filter((c) => counts[c] > 0 && hasValue(c))
    .sort((a, b) => counts[b] - counts[a] || (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0));
  const colors = categoryPalette(colormap, used.length);
  const named = Math.min(used.length, colors.length);
  const others = used.length - named;
  // Data without any value still needs one (unused) palette entry for the renderer's table.
  const palette = named > 0 ? colors.slice(0, named) : [OTHER_CATEGORY_COLOR];
  const categories = used.slice(0, named).map((c) => labels[c]);
  if (others > 0) {
    palette.push(OTHER_CATEGORY_COLOR);
    categories.push(`other (${others} more value${others === 1 ? '' : 's'})`);
  }
  const rank = new Float64Array(labels.length).fill(NaN);
  used.forEach((c, r) => { rank[c] = Math.min(r, named); });
  const last = Math.max(1, palette.length - 1);
  const scalar = sharedFloat32(codes.length);
  for (let i = 0; i < codes.length; i++) scalar[i] = rank[codes[i]] / last;
  return { scalar, min: 0, max: 1, kind: 'category', title, cyclic: false, palette, categories };
}

// A numeric property as categories (category:NAME), its distinct values as labels (AIS vessel
// type codes with their names).
function numericCategories(values: Float64Array, name: string, colormap: string | null | undefined): ScalarColumn {
  const label = isAisVesselTypeProperty(name) ? aisVesselTypeLabel : String;
  const codeOf = new Map<number, number>();
  const labels: string[] = [];
  const codes = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = Number.isNaN(values[i]) ? NaN : values[i];
    let c = codeOf.get(v);
    if (c === undefined) { c = labels.push(Number.isNaN(v) ? '' : label(v)) - 1; codeOf.set(v, c); }
    codes[i] = c;
  }
  return categorical(codes, labels, (c) => labels[c] !== '', colormap, name);
}

function unknownColorBy(set: TrajectorySet, colorBy: string): TrackreelError {
  const numeric = Object.keys(set.numeric);
  const text = Object.keys(set.text);
  const derived = DERIVED_SCALAR_NAMES.filter((d) => d !== 'climb' || findAltitudeProperty(set));
  const why = colorBy === 'climb' ? ' (climb needs an altitude property: altitude, alt, elevation, ...)' : '';
  return new TrackreelError('INVALID_OPTION',
    `Expected progress, id, a numeric property (${numeric.length ? numeric.join(', ') : 'the data has none'}), ` +
    `a text property (${text.length ? text.join(', ') : 'the data has none'}), category:PROPERTY or a derived scalar (${derived.join(', ')}) ` +
    `for colorBy but received ${JSON.stringify(colorBy)}${why}`,
    { context: { option: 'colorBy' } });
}

// What colorBy can name for this data besides progress and id: its properties, then the derived
// scalars that no property hides (climb only with an altitude property).
export function colorByChoices(set: TrajectorySet): string[] {
  const properties = [...Object.keys(set.numeric), ...Object.keys(set.text)];
  const derived = DERIVED_SCALAR_NAMES.filter((d) => !properties.includes(d) && (d !== 'climb' || findAltitudeProperty(set)));
  return [...properties, ...derived];
}

// `range` (numeric scalars only) replaces the automatic range: the data's robust range, or a
// derived scalar's natural one (heading 0-360, time of day 0-24, trajectory progress 0-1).
export function scalarColumn(set: TrajectorySet, colorBy: string, range?: [number, number], options: ScalarColumnOptions = {}): ScalarColumn {
  if (colorBy === 'progress') {
    return { scalar: null, min: 0, max: 1, kind: 'progress', title: 'progress', cyclic: false, palette: null, categories: null };
  }
  const n = set.t.length;
  if (colorBy === 'id') {
    // Colours repeat past the palette; the legend only lists objects when they do not.
    const palette = categoryPalette(options.colormap, set.objectIds.length);
    const scalar = sharedFloat32(n);
    const last = Math.max(1, palette.length - 1);
    for (let tr = 0; tr < set.count; tr++) {
      scalar.fill((set.objectIndex[tr] % palette.length) / last, set.offsets[tr], set.offsets[tr + 1]);
    }
    return { scalar, min: 0, max: 1, kind: 'category', title: 'id', cyclic: false, palette, categories: null };
  }
  if (colorBy.startsWith(CATEGORY_PREFIX)) {
    const name = colorBy.slice(CATEGORY_PREFIX.length);
    const values = own(set.numeric, name);
    if (values) return numericCategories(values, name, options.colormap);
    if (!own(set.text, name)) throw unknownColorBy(set, colorBy);
    return scalarColumn(set, name, range, options);
  }
  const numeric = own(set.numeric, colorBy);
  if (numeric) {
    // AIS speed over ground is in knots: shown in the speed unit (so --scalar-range is read in it).
    const knots = knotsProperties(set);
    const unit = knots.includes(colorBy) ? options.speedUnit ?? defaultSpeedUnit(knots) : null;
    const values = unit && unit !== 'kn' ? numeric.map((v) => knotsTo(v, unit)) : numeric;
    const used = range ?? robustRange(values);
    return {
      scalar: normalise(values, used), min: used[0], max: used[1], kind: 'numeric', title: unit ? `${colorBy} (${unit})` : colorBy,
      cyclic: false, palette: null, categories: null,
    };
  }
  const text = own(set.text, colorBy);
  if (text) return categorical(text.codes, text.values, (c) => text.values[c] !== '', options.colormap, colorBy);
  const speedUnit = options.speedUnit ?? defaultSpeedUnit(knotsProperties(set));
  const derived = isDerivedScalar(colorBy) ? derivedScalar(set, colorBy, { ...options, speedUnit }) : null;
  if (!derived) throw unknownColorBy(set, colorBy);
  const used = range ?? derived.range ?? robustRange(derived.values);
  return {
    scalar: normalise(derived.values, used), min: used[0], max: used[1], kind: 'numeric', title: derived.title,
    cyclic: derived.cyclic, palette: null, categories: null,
  };
}
