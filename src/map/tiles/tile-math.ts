// Web Mercator tile arithmetic (the XYZ scheme of OSM, PMTiles and MBTiles after its row flip):
// lon/lat <-> world coordinates in [0, 1), tile indices, and metres per pixel.
export const MAX_MERCATOR_LAT = 85.0511287798066;
// The equator's length on the WGS 84 sphere Web Mercator uses.
export const EARTH_CIRCUMFERENCE_M = 40075016.686;

export interface TileId { z: number; x: number; y: number }

export const tileKey = (t: TileId): string => `${t.z}/${t.x}/${t.y}`;

// lon -> world x in [0, 1) for lon in [-180, 180); outside that range x goes past [0, 1), which
// keeps a view across the antimeridian continuous.
export const worldX = (lon: number): number => (lon + 180) / 360;

export function worldY(lat: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

export const lonOfWorldX = (x: number): number => x * 360 - 180;
export const latOfWorldY = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

// The lon/lat box of a tile: [west, south, east, north].
export function tileBounds({ z, x, y }: TileId): [number, number, number, number] {
  const n = 2 ** z;
  return [lonOfWorldX(x / n), latOfWorldY((y + 1) / n), lonOfWorldX((x + 1) / n), latOfWorldY(y / n)];
}

// The zoom whose tiles of `tileSizePx` pixels show `metresPerPixel` at latitude `lat` (fractional).
export function zoomForResolution(metresPerPixel: number, lat: number, tileSizePx: number): number {
  return Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (tileSizePx * metresPerPixel));
}

// x wrapped into the zoom's columns (a view across the antimeridian asks for x < 0 or x >= 2^z).
export const wrapTileX = (x: number, z: number): number => ((x % 2 ** z) + 2 ** z) % 2 ** z;
