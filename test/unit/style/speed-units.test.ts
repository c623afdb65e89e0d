// --speed-units: the derived speed (km/h) and AIS SOG (knots) in the chosen unit, the colour key
// titled with it, knots by default for data with a SOG column; x/y data keeps units/s.
import { describe, expect, it } from 'vitest';
import { applyDataDefaults } from '../../../src/options/apply-data-defaults.js';
import { defaultSpeedUnits } from '../../../src/options/data-defaults.js';
import { derivedScalar } from '../../../src/style/derived-scalars.js';
import { scalarColumn } from '../../../src/style/scalar-column.js';
import { knotsProperties } from '../../../src/style/speed-units.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { dataFacts } from '../../../src/trajectory/data-facts.js';
import type { TrajectorySet } from '../../../src/trajectory/trajectory-set.js';
import { pointTable } from '../render/synthetic-scene.js';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { createCapsuleList } from '../../../src/render/trails/capsule-list.js';
import { createLabelPainter } from '../../../src/render/trails/draw-labels.js';
import { createTrailPainter } from '../../../src/render/trails/draw-trails.js';
import { createRgbaImage } from '../../../src/render/raster/rgba-image.js';

const HOUR = 3_600_000;
const NO_SPLIT = { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 };
// Northward at 1 degree of latitude an hour: 111.195 km/h = 60.041 kn = 69.093 mph.
const north = assembleTrajectories(pointTable([{ id: 'n', points: [[0, 5, 0], [HOUR, 5, 1], [2 * HOUR, 5, 2]] }]), NO_SPLIT).set;
// Ships reporting SOG 10 and 20 knots, with the second name an AIS file gives it (the same array).
function ships(): TrajectorySet {
  const set = assembleTrajectories(pointTable([
    { id: 'a', points: [[0, 0, 0, 10], [HOUR, 0, 0.1, 10]] }, { id: 'b', points: [[0, 1, 0, 20], [HOUR, 1, 0.1, 20]] },
  ], ['SOG']), NO_SPLIT).set;
  set.numeric.speed = set.numeric.SOG;
  return set;
}

describe('speed units', () => {
  it('the derived speed is converted from km/h to the unit, and its title says the unit', () => {
    expect(derivedScalar(north, 'speed')!.title).toBe('speed (km/h)');
    const kn = derivedScalar(north, 'speed', { speedUnit: 'kn' })!;
    expect(kn.title).toBe('speed (kn)');
    for (const v of kn.values) expect(v).toBeCloseTo(60.041, 2);
    const mph = derivedScalar(north, 'speed', { speedUnit: 'mph' })!;
    expect(mph.title).toBe('speed (mph)');
    for (const v of mph.values) expect(v).toBeCloseTo(69.093, 2);
    const xy = assembleTrajectories(pointTable([{ id: 'p', points: [[0, 0, 0], [1000, 3, 4]] }], [], 'cartesian'), NO_SPLIT).set;
    expect(derivedScalar(xy, 'speed', { speedUnit: 'kn' })!.title).toBe('speed (units/s)');
  });

  it('a SOG property (and the AIS "speed" sharing it) is in knots: shown in knots by default, converted to another unit', () => {
    const set = ships();
    expect(knotsProperties(set)).toEqual(['SOG', 'speed']);
    expect(scalarColumn(set, 'SOG', [0, 40])).toMatchObject({ title: 'SOG (kn)', min: 0, max: 40 });
    expect(Array.from(scalarColumn(set, 'SOG', [0, 40]).scalar!)).toEqual([0.25, 0.25, 0.5, 0.5]);
    const kmh = scalarColumn(set, 'speed', [0, 40], { speedUnit: 'km/h' });
    expect(kmh.title).toBe('speed (km/h)');
    // 10 kn = 18.52 km/h, 20 kn = 37.04 km/h: the range is read in the unit.
    expect(Array.from(kmh.scalar!).map((v) => Number(v.toFixed(3)))).toEqual([0.463, 0.463, 0.926, 0.926]);
    // The automatic range follows the converted values.
    const mph = scalarColumn(set, 'SOG', undefined, { speedUnit: 'mph' });
    expect(mph.min).toBeCloseTo(11.508, 2);
    expect(mph.max).toBeCloseTo(23.016, 2);
    // A property in another unit is shown as it is.
    const other = assembleTrajectories(pointTable([{ id: 'a', points: [[0, 0, 0, 7], [HOUR, 0, 1, 9]] }], ['speed']), NO_SPLIT).set;
    expect(scalarColumn(other, 'speed', undefined, { speedUnit: 'kn' }).title).toBe('speed');
  });

  it('the default is knots for data with SOG, else km/h, only when a speed is shown; none for x/y data', () => {
    const withSog = dataFacts(ships());
    const without = dataFacts(north);
    expect(defaultSpeedUnits({ facts: withSog, values: { colorBy: 'SOG' } })).toBe('kn');
    expect(defaultSpeedUnits({ facts: withSog, values: { colorBy: 'speed' } })).toBe('kn');
    expect(defaultSpeedUnits({ facts: withSog, values: { label: 'SOG' } })).toBe('kn');
    expect(defaultSpeedUnits({ facts: without, values: { colorBy: 'speed' } })).toBe('km/h');
    expect(defaultSpeedUnits({ facts: without, values: { colorBy: 'heading' } })).toBeUndefined();
    expect(defaultSpeedUnits({ facts: { ...without, domain: 'cartesian' }, values: { colorBy: 'speed' } })).toBeUndefined();
    const { applied } = applyDataDefaults({ colorBy: 'SOG' }, withSog);
    expect(applied.find((a) => a.key === 'speedUnits')).toMatchObject({ flag: '--speed-units', text: 'kn' });
    expect(applyDataDefaults({ colorBy: 'SOG', speedUnits: 'mph' }, withSog).applied.find((a) => a.key === 'speedUnits')).toBeUndefined();
  });

  it('a SOG label is written in the unit, with it ("18.5 km/h"); other numeric labels are not', () => {
    const set = ships();
    // The label boxes of the last frame, through the real option path.
    const labelWidths = (options: Record<string, unknown>): { unit: string | null; widths: number[] } => {
      const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ size: [600, 600], durationMs: 1000, fps: 10, trailDurationMs: HOUR, ...options }, []));
      const scene = prepareScene(set, planTimeline(set, o.timeline), o);
      const trails = createTrailPainter(scene);
      trails.record(createCapsuleList(), scene.timeline.frameCount - 1, 600, 600);
      const labels = createLabelPainter(scene)!;
      labels.draw(createRgbaImage(600, 600), trails.heads);
      const p = labels.placed;
      return { unit: scene.style.labelSpeedUnit, widths: Array.from({ length: p.length / 5 }, (_, i) => p[5 * i + 2] - p[5 * i]) };
    };
    const kmh = labelWidths({ label: 'SOG', speedUnits: 'km/h' });
    expect(kmh.unit).toBe('km/h');
    expect(labelWidths({ label: 'speed' }).unit).toBe('kn');
    // "10" without a unit is much narrower than "18.5 km/h".
    set.numeric.plain = set.numeric.SOG.slice();
    const plain = labelWidths({ label: 'plain', speedUnits: 'km/h' });
    expect(plain.unit).toBeNull();
    expect(kmh.widths).toHaveLength(2);
    expect(Math.min(...kmh.widths)).toBeGreaterThan(2.5 * Math.max(...plain.widths));
  });
});
