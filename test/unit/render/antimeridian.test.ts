// A track crossing the antimeridian (179 -> -179) must not draw a line across the whole map.
import { describe, expect, it } from 'vitest';
import { createFrameRenderer } from '../../../src/render/create-frame-renderer.js';
import { syntheticScene, type Track } from './synthetic-scene.js';

const crossing: Track = {
  id: 'DATELINE',
  points: [[0, 170, 10], [60_000, 175, 10], [120_000, 179, 10], [180_000, -179, 10], [240_000, -175, 10], [300_000, -170, 10]],
};

// Columns in the row of the track where the pixel differs from the background.
function litColumns(rgba: Uint8Array, background: Uint8Array, width: number, y: number): number[] {
  const cols: number[] = [];
  for (let x = 0; x < width; x++) {
    const i = (y * width + x) * 4;
    if (Math.abs(rgba[i] - background[i]) + Math.abs(rgba[i + 1] - background[i + 1]) + Math.abs(rgba[i + 2] - background[i + 2]) > 30) cols.push(x);
  }
  return cols;
}

describe('antimeridian', () => {
  it('on a world map, the trail leaves at the edge instead of crossing the map', () => {
    const scene = syntheticScene([crossing], { width: 360, height: 180, map: 'world', trailDurationMs: 300_000 });
    const frames = createFrameRenderer(scene);
    const rgba = frames.renderFrameRgba(scene.timeline.frameCount - 1);
    const y = Math.round(scene.screenY[0]);
    const lit = [y - 1, y, y + 1].flatMap((row) => litColumns(rgba, scene.background, 360, row));
    expect(lit.length).toBeGreaterThan(0);
    // Nothing drawn in the middle of the map: only near the edges (lon 170..180 and -180..-170).
    expect(lit.filter((x) => x > 60 && x < 300)).toEqual([]);
  });
});
