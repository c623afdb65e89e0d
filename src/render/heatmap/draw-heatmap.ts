// Heatmap of frame k: the density of positions over [t_k - window, t_k] on a coarse grid,
// upsampled bilinearly and blended over the frame with a colour and an opacity that both rise
// with density, so empty places show the map unchanged. Under a moving camera the positions are
// splatted in the frame's view. Reads only (scene, k).
import { frameView } from '../../camera/camera-track.js';
import { frameTimeMs } from '../../clock/timeline.js';
import { colormapLutRgb } from '../../style/colormaps.js';
import type { HeatmapSpec } from '../../heatmap/heatmap-style.js';
import { forEachVisibleTrajectory } from '../../trajectory/frame-index.js';
import { blurDensity, clearDensity, createDensityGrid, splatTrajectory, type DensityGrid } from '../../heatmap/heatmap-density.js';
import type { RgbaImage } from '../raster/rgba-image.js';
import type { Scene } from '../../scene/scene.js';

// Colour table resolution over [0, 1] of normalised density.
const LEVELS = 1024;
// Opacity of the densest places: the map stays faintly visible under them.
const MAX_ALPHA = 0.9;
// Square-root density reaches full opacity at this fraction of the colour map.
const OPAQUE_AT = 0.4;

export interface HeatmapLut {
  rgb: Uint32Array;
  // 0..256 (256 = opaque).
  alpha: Uint16Array;
}

// Colour and opacity per level of normalised density v. Both follow sqrt(v): densities are
// heavy-tailed (a moored ship outweighs a passing one a hundredfold), and the square root keeps
// quiet traffic visible without saturating the busy places. Level 0 is fully transparent.
export function heatmapLut(spec: Pick<HeatmapSpec, 'colormap' | 'colormapRange'>): HeatmapLut {
  const colors = colormapLutRgb(spec.colormap, LEVELS, spec.colormapRange[0], spec.colormapRange[1]);
  const rgb = new Uint32Array(LEVELS);
  const alpha = new Uint16Array(LEVELS);
  for (let i = 1; i < LEVELS; i++) {
    const s = Math.sqrt(i / (LEVELS - 1));
    rgb[i] = colors[Math.round(s * (LEVELS - 1))];
    alpha[i] = Math.round(256 * MAX_ALPHA * Math.min(1, s / OPAQUE_AT));
  }
  return { rgb, alpha };
}

// Blends the grid (scaled by invMax) over the image. Blocks of cell x cell pixels whose four
// corner nodes are all below the first level are skipped, so the cost follows the heated area.
export function compositeDensity(img: RgbaImage, grid: DensityGrid, invMax: number, lut: HeatmapLut): void {
  const { cell, pad, width: gw, values } = grid;
  const { rgb, alpha } = lut;
  const px = img.pixels;
  const W = img.width; const H = img.height;
  const scale = LEVELS - 1;
  const threshold = 1 / scale;
  const invCell = 1 / cell;
  for (let by = 0; by * cell < H; by++) {
    const row0 = (by + pad) * gw + pad;
    const yEnd = Math.min(H, by * cell + cell);
    for (let bx = 0; bx * cell < W; bx++) {
      const n00 = values[row0 + bx] * invMax; const n01 = values[row0 + bx + 1] * invMax;
      const n10 = values[row0 + gw + bx] * invMax; const n11 = values[row0 + gw + bx + 1] * invMax;
      if (n00 < threshold && n01 < threshold && n10 < threshold && n11 < threshold) continue;
      const x0 = bx * cell; const xEnd = Math.min(W, x0 + cell);
      for (let y = by * cell; y < yEnd; y++) {
        // Pixel centres (y + 0.5) interpolate between the nodes at the block's two edges.
        const fy = (y + 0.5 - by * cell) * invCell;
        const left = n00 + (n10 - n00) * fy;
        const right = n01 + (n11 - n01) * fy;
        const dv = (right - left) * invCell;
        let v = left + dv * 0.5;
        for (let x = x0, o = y * W + x0; x < xEnd; x++, o++, v += dv) {
          const level = v >= 1 ? scale : v > 0 ? (v * scale) | 0 : 0;
          const a = alpha[level];
          if (a === 0) continue;
          const c = rgb[level];
          const p = px[o];
          const r = p & 255; const g = (p >>> 8) & 255; const b = (p >>> 16) & 255;
          const nr = r + ((((c >>> 16) & 255) - r) * a >> 8);
          const ng = g + ((((c >>> 8) & 255) - g) * a >> 8);
          const nb = b + (((c & 255) - b) * a >> 8);
          px[o] = (255 << 24) | (nb << 16) | (ng << 8) | nr;
        }
      }
    }
  }
}

export interface HeatmapPainter {
  draw(img: RgbaImage, k: number): void;
}

// The grid and colour table are made once per renderer; the grid is cleared for every frame,
// so nothing passes between frames.
export function createHeatmapPainter(scene: Scene, spec: HeatmapSpec): HeatmapPainter {
  const grid = createDensityGrid(scene.width, scene.height, spec.radiusPx);
  const lut = heatmapLut(spec);
  const invMax = 1 / spec.maxDensity;
  const { trajectories: set, screenX, screenY } = scene;
  return {
    draw(img: RgbaImage, k: number): void {
      const t1 = frameTimeMs(scene.timeline, k);
      const t0 = t1 - spec.windowMs;
      clearDensity(grid);
      const view = frameView(scene, k);
      forEachVisibleTrajectory(scene.frameIndex, k, (i) => splatTrajectory(grid, set, screenX, screenY, i, t0, t1, view));
      blurDensity(grid);
      compositeDensity(img, grid, invMax, lut);
    },
  };
}
