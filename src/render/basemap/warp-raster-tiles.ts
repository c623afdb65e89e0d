// Raster tiles (Web Mercator) warped into the frame's projection: each frame pixel's centre is
// inverted to lon/lat, turned into tile pixels at the tiles' zoom, and sampled bilinearly. The
// inversion is exact at every 8th pixel and interpolated between (exact per pixel where a cell
// touches the map's edge), as GDAL's approximate transformer does; plain float arithmetic only,
// so every machine computes the same bytes.
import type { MapSpec } from '../../map/map-spec.js';
import { worldX, worldY } from '../../map/tiles/tile-math.js';
import { pixelLonLat } from '../../map/tiles/view-tiles.js';

export interface DecodedRasterTile { x: number; y: number; size: number; rgba: Uint8Array }

const GRID = 8;

// Straight RGBA of the frame: the tiles where they are, transparent elsewhere.
export function warpRasterTiles(spec: MapSpec, width: number, height: number, zoom: number, tileSizePx: number, tiles: DecodedRasterTile[]): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  if (tiles.length === 0) return out;
  const at = pixelLonLat(spec);
  const n = 2 ** zoom;
  const T = tileSizePx;
  const centre = at(width / 2, height / 2);
  const centreLon = centre ? centre[0] : 0;
  // World position in tile pixels at `zoom`, longitudes unwrapped around the frame's centre.
  const world = (px: number, py: number, into: Float64Array, i: number): void => {
    const ll = at(px, py);
    if (!ll) { into[i] = NaN; into[i + 1] = NaN; return; }
    const lon = ll[0] + 360 * Math.round((centreLon - ll[0]) / 360);
    into[i] = worldX(lon) * n * T;
    into[i + 1] = worldY(ll[1]) * n * T;
  };
  // Tiles by column and row, for a lookup per texel.
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const t of tiles) { x0 = Math.min(x0, t.x); x1 = Math.max(x1, t.x); y0 = Math.min(y0, t.y); y1 = Math.max(y1, t.y); }
  const cols = x1 - x0 + 1;
  const grid: Array<DecodedRasterTile | undefined> = new Array(cols * (y1 - y0 + 1));
  for (const t of tiles) grid[(t.y - y0) * cols + (t.x - x0)] = t;
  const texel = (tx: number, ty: number, rgba: Float64Array): void => {
    const cx = Math.floor(tx / T); const cy = Math.floor(ty / T);
    const tile = cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 ? grid[(cy - y0) * cols + (cx - x0)] : undefined;
    if (!tile) { rgba[0] = 0; rgba[1] = 0; rgba[2] = 0; rgba[3] = 0; return; }
    // A tile of another pixel size than the set's first (rare) is sampled at its own scale.
    const s = tile.size / T;
    const ix = Math.min(tile.size - 1, Math.floor((tx - cx * T) * s)); const iy = Math.min(tile.size - 1, Math.floor((ty - cy * T) * s));
    const o = (iy * tile.size + ix) * 4;
    const a = tile.rgba[o + 3];
    // Premultiplied while blending, so transparent texels do not darken their neighbours.
    rgba[0] = tile.rgba[o] * a; rgba[1] = tile.rgba[o + 1] * a; rgba[2] = tile.rgba[o + 2] * a; rgba[3] = a;
  };
  const c00 = new Float64Array(4); const c10 = new Float64Array(4); const c01 = new Float64Array(4); const c11 = new Float64Array(4);
  const sample = (wx: number, wy: number, o: number): void => {
    // Texel centres sit at +0.5; clamped at the poles' edge of the world.
    const fx = wx - 0.5; const fy = Math.min(n * T - 1, Math.max(0, wy - 0.5));
    const ix = Math.floor(fx); const iy = Math.floor(fy);
    const ax = fx - ix; const ay = fy - iy;
    texel(ix, iy, c00); texel(ix + 1, iy, c10); texel(ix, iy + 1, c01); texel(ix + 1, iy + 1, c11);
    const w00 = (1 - ax) * (1 - ay); const w10 = ax * (1 - ay); const w01 = (1 - ax) * ay; const w11 = ax * ay;
    const alpha = c00[3] * w00 + c10[3] * w10 + c01[3] * w01 + c11[3] * w11;
    if (alpha <= 0) return;
    for (let ch = 0; ch < 3; ch++) out[o + ch] = Math.round((c00[ch] * w00 + c10[ch] * w10 + c01[ch] * w01 + c11[ch] * w11) / alpha);
    out[o + 3] = Math.round(alpha);
  };
  const gw = Math.ceil(width / GRID) + 1; const gh = Math.ceil(height / GRID) + 1;
  const nodes = new Float64Array(gw * gh * 2);
  for (let j = 0; j < gh; j++) for (let i = 0; i < gw; i++) world(i * GRID, j * GRID, nodes, (j * gw + i) * 2);
  const exact = new Float64Array(2);
  for (let cj = 0; cj < gh - 1; cj++) {
    for (let ci = 0; ci < gw - 1; ci++) {
      const k00 = (cj * gw + ci) * 2; const k10 = k00 + 2; const k01 = k00 + gw * 2; const k11 = k01 + 2;
      const whole = Number.isFinite(nodes[k00]) && Number.isFinite(nodes[k10]) && Number.isFinite(nodes[k01]) && Number.isFinite(nodes[k11]);
      for (let py = cj * GRID; py < Math.min(height, (cj + 1) * GRID); py++) {
        for (let px = ci * GRID; px < Math.min(width, (ci + 1) * GRID); px++) {
          let wx: number; let wy: number;
          if (whole) {
            const u = (px + 0.5 - ci * GRID) / GRID; const v = (py + 0.5 - cj * GRID) / GRID;
            wx = (nodes[k00] * (1 - u) + nodes[k10] * u) * (1 - v) + (nodes[k01] * (1 - u) + nodes[k11] * u) * v;
            wy = (nodes[k00 + 1] * (1 - u) + nodes[k10 + 1] * u) * (1 - v) + (nodes[k01 + 1] * (1 - u) + nodes[k11 + 1] * u) * v;
          } else {
            world(px + 0.5, py + 0.5, exact, 0);
            wx = exact[0]; wy = exact[1];
            if (!Number.isFinite(wx)) continue;
          }
          sample(wx, wy, (py * width + px) * 4);
        }
      }
    }
  }
  return out;
}
