// The part of shpjs (no types of its own) that trackreel uses: its synchronous parsers.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  type Bytes = ArrayBuffer | Uint8Array | DataView;
  // One geometry per record; a .prj's text reprojects to lon/lat with proj4 (unreadable: left as is).
  export function parseShp(shp: Bytes, prj?: string): Geometry[];
  // One property object per record.
  export function parseDbf(dbf: Bytes, cpg?: string | Bytes): Array<Record<string, unknown>>;
}
