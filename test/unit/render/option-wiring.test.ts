// Every map and style option added for issue 7 reaches the frame through the real option path
// (validateOptions -> resolveMovieOptions -> prepareScene) and visibly changes it.
import { describe, expect, it } from 'vitest';
import { validateOptions, type ValidatedMovieOptions } from '../../../src/options/render-options.js';
import { planTimeline } from '../../../src/pipeline/plan-timeline.js';
import { prepareScene } from '../../../src/pipeline/prepare-scene.js';
import { resolveMovieOptions } from '../../../src/pipeline/resolve-movie-options.js';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { assembleTrajectories } from '../../../src/trajectory/assemble-trajectories.js';
import { pointTable, type Track } from './synthetic-scene.js';

const tracks: Track[] = [0, 1, 2].map((i) => ({
  id: `o${i}`,
  points: Array.from({ length: 30 }, (_, j) => [j * 10_000, -100 + i * 5 + j * 0.4, 35 + i * 3 + 0.1 * j, 5 + i * 10 + j] as [number, number, number, number]),
}));
const { set } = assembleTrajectories(pointTable(tracks, ['speed']), { separationTimeMs: 1e12, separationDistance: 1e12, minPoints: 2 });

function frame(options: Record<string, unknown>): Uint8Array {
  const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ size: [320, 240], durationMs: 1000, fps: 10, trailDurationMs: 120_000, ...options }, []));
  const scene = prepareScene(set, planTimeline(set, o.timeline), o);
  return createFrameRenderer(scene).renderFrameRgba(9).slice();
}

const differing = (a: Uint8Array, b: Uint8Array): number => {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  return n;
};

describe('map and style options', () => {
  const plain = frame({});
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>?]> = [
    ['projection lambert-conformal-conic', { projection: 'lambert-conformal-conic' }],
    ['projection albers', { projection: 'albers' }],
    ['projection orthographic', { projection: 'orthographic' }],
    ['projection robinson', { projection: 'robinson' }],
    ['projection natural-earth', { projection: 'natural-earth' }],
    ['projectionCenter', { projection: 'orthographic', projectionCenter: [-60, 10] }, { projection: 'orthographic' }],
    ['parallels', { projection: 'albers', parallels: [10, 20] }, { projection: 'albers' }],
    ['theme light', { theme: 'light' }],
    ['landColor', { landColor: 'olive' }],
    ['seaColor', { seaColor: 'navy' }],
    ['coastlineColor', { coastlineColor: 'red' }],
    ['borderColor', { borderColor: 'red' }],
    ['graticuleColor', { graticuleColor: 'red' }],
    ['textColor', { textColor: 'red' }],
    ['head arrow', { head: 'arrow' }],
    ['head none', { head: 'none' }],
    ['colorBy id', { colorBy: 'id' }],
    ['legend (off)', { colorBy: 'speed', legend: false }, { colorBy: 'speed' }],
    ['subtitle', { subtitle: 'second line' }],
    ['titleAnchor', { title: 'T', titleAnchor: 'bottom-left' }, { title: 'T' }],
    ['clockAnchor', { clockAnchor: 'top-right' }],
    ['clockStyle analog', { clockStyle: 'analog' }],
    ['clockFormat', { clockFormat: '%d %b %Y %H:%M' }],
    ['legendAnchor', { colorBy: 'speed', legendAnchor: 'top-right' }, { colorBy: 'speed' }],
    ['colorLabel', { colorBy: 'speed', colorLabel: 'speed (kn)' }, { colorBy: 'speed' }],
    ['lineWidth number', { lineWidth: 6 }],
    ['lineWidth property', { lineWidth: 'speed' }],
    ['lineWidthRange', { lineWidth: 'speed', lineWidthRange: [4, 12] }, { lineWidth: 'speed' }],
    ['tailOpacity', { tailOpacity: 0.2 }],
    ['fadeMs', { fadeMs: 1_000_000 }],
    ['highlight', { highlight: ['o0'] }],
    ['label id', { label: 'id' }],
    ['label property', { label: 'speed' }, { label: 'id' }],
    ['labelSize', { label: 'id', labelSize: 20 }, { label: 'id' }],
    ['movieType heatmap', { movieType: 'heatmap' }],
    ['heatmapWindowMs', { movieType: 'heatmap', heatmapWindowMs: '30s' }, { movieType: 'heatmap' }],
    ['heatmapRadius', { movieType: 'heatmap', heatmapRadius: 40 }, { movieType: 'heatmap' }],
    ['heatmapMax', { movieType: 'heatmap', heatmapMax: 0.05 }, { movieType: 'heatmap' }],
    ['heatmapTrails', { movieType: 'heatmap', heatmapTrails: true }, { movieType: 'heatmap' }],
  ];
  for (const [name, options, reference] of cases) {
    it(`option ${name} changes the frame`, () => {
      expect(differing(reference ? frame(reference) : plain, frame(options))).toBeGreaterThan(20);
    });
  }

  it('lineWidth taper is the default tapered trail; a number or a property name is taken as such', () => {
    expect(differing(plain, frame({ lineWidth: 'taper' }))).toBe(0);
    expect(differing(frame({ lineWidth: 'taper', taper: false }), plain)).toBe(0);
  });

  it('zOrder reaches the scene (its pixels are tested on crossing trails in trail-stacking.test.ts)', () => {
    const o = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ zOrder: 'speed' }, []));
    expect(prepareScene(set, planTimeline(set, o.timeline), o).style.zOrder).toBe('speed');
  });

  it('prepareScene() names the option when a property or id is not in the data', () => {
    for (const [options, message] of [
      [{ lineWidth: 'altitude' }, /Expected a number, taper or a numeric property \(speed\) for lineWidth but received "altitude"/],
      [{ zOrder: 'altitude' }, /Expected a numeric property \(speed\) for zOrder but received "altitude"/],
      [{ label: 'altitude' }, /Expected id or a property \(speed.*\) for label but received "altitude"/],
      [{ highlight: ['o1', 'nope'] }, /Expected object ids present in the data for highlight but received "nope"/],
    ] as const) expect(() => frame(options)).toThrow(message);
    for (const bad of [{ tailOpacity: 1.5 }, { lineWidthRange: [1] }, { labelSize: 0 }, { fadeMs: 'soon' }]) {
      expect(() => validateOptions(bad, [])).toThrow(/Expected/);
    }
  });

  it('validateOptions() rejects an unknown projection, theme, head or anchor', () => {
    for (const bad of [{ projection: 'peters' }, { theme: 'sepia' }, { head: 'star' }, { clockAnchor: 'middle' }]) {
      expect(() => validateOptions(bad, [])).toThrow(/Expected one of/);
    }
  });
});
