// Which tiles a frame's view needs: the zoom whose tiles match the frame's scale at its centre,
// and every tile some pixel of the frame falls in (a grid of pixels inverted through the map's
// projection, so any projection d3 can invert works, a globe's back side left out).
import { createProjection } from '../create-projection.js';
import type { MapSpec } from '../map-spec.js';
import { tileKey, worldX, worldY, zoomForResolution, type TileId } from './tile-math.js';

type Invert = (p: [number, number]) => [number, number] | null;
type Forward = (p: [number, number]) => [number, number] | null;

// Frame pixels between the inverted samples; a tile is far wider than this on screen.
const SAMPLE_STEP_PX = 16;

export interface ViewTiles {
  zoom: number;
  // Tiles in view; x may run past [0, 2^z) for a view across the antimeridian (wrap to fetch).
  tiles: TileId[];
}

function inverter(spec: MapSpec): { invert: Invert; forward: Forward } {
  const projection = createProjection(spec) as unknown as Forward & { invert?: Invert };
  const invert = projection.invert;
  if (!invert) throw new Error(`projection ${spec.projection} cannot be inverted`);
  return { invert: (p) => invert.call(projection, p), forward: (p) => projection(p) };
}

// The lon/lat under a pixel, or null off the map (outside a globe or a world outline).
export function pixelLonLat(spec: MapSpec): (px: number, py: number) => [number, number] | null {
  const { invert, forward } = inverter(spec);
  return (px, py) => {
    const ll = invert([px, py]);
    if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) return null;
    const back = forward(ll);
    return back && Math.abs(back[0] - px) < 0.5 && Math.abs(back[1] - py) < 0.5 ? ll : null;
  };
}

// Metres a frame pixel spans at the frame's centre (east-west and north-south averaged).
export function metresPerPixel(spec: MapSpec, width: number, height: number): { mpp: number; lat: number } | null {
  const at = pixelLonLat(spec);
  const c = at(width / 2, height / 2);
  const e = at(width / 2 + 1, height / 2);
  const s = at(width / 2, height / 2 + 1);
  if (!c || !e || !s) return null;
  const radius = 6371008.8;
  const rad = Math.PI / 180;
  const dist = (a: [number, number], b: [number, number]): number => {
    const dLat = (b[1] - a[1]) * rad;
    const dLon = (b[0] - a[0]) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
    return 2 * radius * Math.asin(Math.min(1, Math.sqrt(h)));
  };
  return { mpp: (dist(c, e) + dist(c, s)) / 2, lat: c[1] };
}

// The zoom for a frame: tiles shown at about their own pixel size, never enlarged by more than
// about 10% (a raster tile enlarged looks blurred), clamped to what the set holds.
export function chooseZoom(spec: MapSpec, width: number, height: number, tileSizePx: number, minZoom: number, maxZoom: number): number {
  const scale = metresPerPixel(spec, width, height);
  const z = scale ? Math.ceil(zoomForResolution(scale.mpp, scale.lat, tileSizePx) - 0.15) : minZoom;
  return Math.max(minZoom, Math.min(maxZoom, z));
}

export function viewTiles(spec: MapSpec, width: number, height: number, zoom: number): ViewTiles {
  const at = pixelLonLat(spec);
  const n = 2 ** zoom;
  const centre = at(width / 2, height / 2);
  const found = new Map<string, TileId>();
  const xs = Array.from({ length: Math.ceil(width / SAMPLE_STEP_PX) + 1 }, (_, i) => Math.min(width, i * SAMPLE_STEP_PX));
  const ys = Array.from({ length: Math.ceil(height / SAMPLE_STEP_PX) + 1 }, (_, i) => Math.min(height, i * SAMPLE_STEP_PX));
  for (const py of ys) {
    for (const px of xs) {
      const ll = at(px, py);
      if (!ll) continue;
      // Longitudes unwrapped around the centre's, so a view across 180 gets neighbouring columns.
      const lon = centre ? ll[0] + 360 * Math.round((centre[0] - ll[0]) / 360) : ll[0];
      const tile = { z: zoom, x: Math.floor(worldX(lon) * n), y: Math.min(n - 1, Math.max(0, Math.floor(worldY(ll[1]) * n))) };
      found.set(tileKey(tile), tile);
    }
  }
  const tiles = [...found.values()].sort((a, b) => a.y - b.y || a.x - b.x);
  return { zoom, tiles };
}
