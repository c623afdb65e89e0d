import { describe, expect, it } from 'vitest';
import { colorByChoices, OTHER_CATEGORY_COLOR, robustRange, scalarColumn } from '../../../src/style/scalar-column.js';
import { CATEGORY_PALETTE } from '../../../src/style/colormaps.js';
import { resolveTrailStyle } from '../../../src/style/default-style.js';
import { buildLegend } from '../../../src/style/legend.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable } from '../render/synthetic-scene.js';
import { isTrackreelError } from '../../../src/errors/trackreel-error.js';
import { thrownBy } from '../../helpers/thrown-by.js';

const NO_SPLIT = { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 };
const { set } = assembleTrajectories(pointTable([
  { id: 'a', points: [[0, 0, 0, 10], [1000, 0.1, 0, 20], [2000, 0.2, 0, NaN], [3000, 0.3, 0, 30]] },
], ['speed']), NO_SPLIT);

describe('scalarColumn', () => {
  it('scalarColumn() normalises a property to [0, 1] over its 2nd-98th percentile, keeping NaN', () => {
    const { scalar, min, max } = scalarColumn(set, 'speed');
    // Linear interpolation between 10, 20, 30: 10 + 0.02 * 20 and 30 - 0.02 * 20.
    expect(min).toBeCloseTo(10.4, 9); expect(max).toBeCloseTo(29.6, 9);
    expect(scalar!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(scalar!)).toEqual([0, 0.5, NaN, 1]);
  });

  it('robustRange() ignores outliers beyond the 2nd and 98th percentile', () => {
    const values = new Float64Array(1000).map((_, i) => i % 100);
    values[7] = 1e6; values[8] = -1e6; values[9] = NaN;
    const [lo, hi] = robustRange(values);
    expect(lo).toBeGreaterThanOrEqual(0); expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(96); expect(hi).toBeLessThanOrEqual(99);
  });

  it('scalarColumn() gives every point of an object its category for id', () => {
    const { scalar } = scalarColumn(set, 'id');
    expect(Array.from(scalar!)).toEqual([0, 0, 0, 0]);
  });

  it('scalarColumn() clamps to an explicit range', () => {
    const { scalar } = scalarColumn(set, 'speed', [15, 25]);
    expect(Array.from(scalar!)).toEqual([0, 0.5, NaN, 1]);
  });

  it('scalarColumn() returns null for progress', () => {
    expect(scalarColumn(set, 'progress').scalar).toBeNull();
  });

  it('scalarColumn() throws INVALID_OPTION naming the numeric properties', () => {
    const error = thrownBy(() => scalarColumn(set, 'altitude'));
    expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('speed');
  });

  // Vessels of types: cargo (3 tracks), tug (2), ferry (1); one track has no type.
  const vessels = assembleTrajectories(pointTable(['cargo', 'tug', 'cargo', 'ferry', 'tug', 'cargo', ''].map((type, i) => ({
    id: `v${i}`, text: { VesselType: type }, points: [[i * 1000, i, 0, 10 * i], [i * 1000 + 60_000, i, 0.1, 10 * i]] as Array<[number, number, number, number]>,
  })), ['Code']), NO_SPLIT).set;

  it('scalarColumn() colours a text property by category, most frequent first, no value as NaN, with its legend', () => {
    const coloring = scalarColumn(vessels, 'VesselType');
    expect(coloring).toMatchObject({ kind: 'category', title: 'VesselType', categories: ['cargo', 'tug', 'ferry'] });
    expect(coloring.palette).toEqual(CATEGORY_PALETTE.slice(0, 3));
    // Index / (palette length - 1): cargo 0, tug 0.5, ferry 1.
    expect(Array.from(coloring.scalar!.filter((_, i) => i % 2 === 0))).toEqual([0, 0.5, 0, 1, 0.5, 0, NaN]);
    const style = resolveTrailStyle({ colorBy: 'VesselType' }, [0, 1], coloring);
    expect(style.colorBins).toBe(3);
    expect(buildLegend(style, vessels.objectIds, coloring)).toEqual({
      kind: 'categories', title: 'VesselType',
      entries: [{ label: 'cargo', color: CATEGORY_PALETTE[0] }, { label: 'tug', color: CATEGORY_PALETTE[1] }, { label: 'ferry', color: CATEGORY_PALETTE[2] }],
    });
  });

  it('scalarColumn() puts categories past the palette into one grey "other", and says so', () => {
    const coloring = scalarColumn(vessels, 'VesselType', undefined, { colormap: 'red,blue' });
    expect(coloring.palette).toEqual(['#ff0000', '#0000ff', OTHER_CATEGORY_COLOR]);
    expect(coloring.categories).toEqual(['cargo', 'tug', 'other (1 more value)']);
    expect(Array.from(coloring.scalar!.filter((_, i) => i % 2 === 0))).toEqual([0, 0.5, 0, 1, 0.5, 0, NaN]);
  });

  it('scalarColumn() uses a custom colour list, or samples a named map, for categories and ids', () => {
    expect(scalarColumn(vessels, 'VesselType', undefined, { colormap: 'navy,#00ff88,yellow_r' }).palette).toEqual(['#ffff00', '#00ff88', '#000080']);
    expect(scalarColumn(vessels, 'id', undefined, { colormap: 'navy,yellow' }).palette).toEqual(['#000080', '#ffff00']);
    // 7 vessels, 2 colours: the ids alternate.
    expect(Array.from(scalarColumn(vessels, 'id', undefined, { colormap: 'navy,yellow' }).scalar!.filter((_, i) => i % 2 === 0))).toEqual([0, 1, 0, 1, 0, 1, 0]);
    expect(scalarColumn(vessels, 'VesselType', undefined, { colormap: 'viridis' }).palette).toHaveLength(3);
  });

  it('scalarColumn() colours a numeric property as categories with category:NAME', () => {
    const coloring = scalarColumn(vessels, 'category:Code');
    expect(coloring.kind).toBe('category');
    expect(coloring.categories).toEqual(['0', '10', '20', '30', '40', '50', '60']);
  });

  it('scalarColumn() names AIS vessel type codes in category:VesselType', () => {
    const ships = assembleTrajectories(pointTable([70, 70, 52, 36, 84, 99, 25, 140].map((code, i) => (
      { id: `s${i}`, points: [[0, i, 0, code], [1000, i, 0.1, code]] as [number, number, number, number][] })), ['VesselType']), NO_SPLIT).set;
    expect(scalarColumn(ships, 'category:VesselType').categories).toEqual(
      ['70 cargo', '140', '25 wing in ground', '36 sailing', '52 tug', '84 tanker', '99 other']);
  });

  it('scalarColumn() prefers a property of the data to a derived scalar of the same name, and titles derived ones with units', () => {
    const named = assembleTrajectories(pointTable([{ id: 'a', points: [[0, 0, 0, 7], [3_600_000, 0, 1, 9]] }], ['speed']), NO_SPLIT).set;
    expect(scalarColumn(named, 'speed')).toMatchObject({ title: 'speed', min: 7.04, max: 8.96 });
    const derived = scalarColumn(vessels, 'speed');
    expect(derived.title).toBe('speed (km/h)');
    const heading = scalarColumn(vessels, 'heading');
    expect(heading).toMatchObject({ min: 0, max: 360, cyclic: true });
    // Northward: heading 0.
    expect(heading.scalar![0]).toBe(0);
    expect(resolveTrailStyle({ colorBy: 'heading' }, [0, 360], heading)).toMatchObject({ colormap: 'sinebow', colormapRange: [0, 1] });
  });

  it('scalarColumn() explains every choice when colorBy matches nothing, and why climb cannot be used', () => {
    const error = thrownBy(() => scalarColumn(vessels, 'climb'));
    expect(isTrackreelError(error) && error.code).toBe('INVALID_OPTION');
    expect(error.message).toContain('a text property (VesselType)');
    expect(error.message).toContain('climb needs an altitude property');
  });

  it('colorByChoices() lists the properties, then the derived scalars no property hides', () => {
    expect(colorByChoices(vessels)).toEqual(['Code', 'VesselType', 'speed', 'heading', 'trajectory-progress', 'time-of-day']);
    const flights = assembleTrajectories(pointTable([{ id: 'f', points: [[0, 0, 0, 1000, 300], [60_000, 0, 1, 1200, 310]] }], ['alt', 'speed']), NO_SPLIT).set;
    expect(colorByChoices(flights)).toEqual(['alt', 'speed', 'heading', 'climb', 'trajectory-progress', 'time-of-day']);
  });

  it('scalarColumn() of a text property without any value draws everything grey and has no legend', () => {
    const empty = assembleTrajectories(pointTable([{ id: 'a', text: { name: '' }, points: [[0, 0, 0], [1000, 0, 1]] }]), NO_SPLIT).set;
    const coloring = scalarColumn(empty, 'name');
    expect(Array.from(coloring.scalar!)).toEqual([NaN, NaN]);
    expect(coloring.palette).toEqual([OTHER_CATEGORY_COLOR]);
    expect(buildLegend(resolveTrailStyle({ colorBy: 'name' }, [0, 1], coloring), empty.objectIds, coloring)).toBeNull();
  });
});
