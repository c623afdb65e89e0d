// One interface for every source of basemap tiles (PMTiles, MBTiles, XYZ URLs): what the set holds
// and one tile's bytes. Tiles come back decompressed; a tile the set does not have is null.
export type TileFormat = 'mvt' | 'png' | 'jpeg' | 'webp';

export interface TileSetInfo {
  // The --basemap value, for messages.
  name: string;
  format: TileFormat;
  minZoom: number;
  maxZoom: number;
  // [west, south, east, north] the set says it covers, when it says.
  bounds: [number, number, number, number] | null;
  attribution: string | null;
  // Vector layer names from the set's metadata (empty when it lists none).
  vectorLayers: string[];
}

export interface TileSource {
  info: TileSetInfo;
  tile(z: number, x: number, y: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export const isRasterFormat = (format: TileFormat): boolean => format !== 'mvt';

// The format of a tile from its first bytes (MVT has no magic number: anything else).
export function sniffTileFormat(bytes: Uint8Array): TileFormat {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'webp';
  return 'mvt';
}

export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
