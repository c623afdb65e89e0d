// A growable list of records of `stride` numbers each, in one array rewritten from the start
// for every frame (no allocation once it has grown to the largest frame).
export interface RecordList {
  count: number;
  values: Float64Array;
}

// Makes room for one more record and returns its offset in list.values (count is raised).
export function appendRecord(list: RecordList, stride: number): number {
  const o = list.count * stride;
  if (o + stride > list.values.length) {
    const grown = new Float64Array((list.values.length + stride) * 2);
    grown.set(list.values);
    list.values = grown;
  }
  list.count++;
  return o;
}

// The segments and dots of one frame in drawing order, recorded first and rasterised afterwards.
// Per entry: x0, y0, x1, y1, radius, rgb, kind (one of the constants below), alpha (0..1).
export type CapsuleList = RecordList;

export const CAPSULE_STRIDE = 8;
export const CAPSULE = 0;
// A capsule whose start cap is left to the previous segment (see drawCapsule).
export const CAPSULE_SKIP_START = 1;
// A disc at (x0, y0).
export const DISC = 2;
// An arrow head at (x0, y0) pointing along the unit vector (x1, y1); radius = its size.
export const ARROW = 3;
// A segment of a translucent polyline: drawn into the coverage mask with its alpha (the mask
// keeps the maximum, see coverage-mask.ts), with or without its start cap as above...
export const MASKED_CAPSULE = 4;
export const MASKED_CAPSULE_SKIP_START = 6;
// ...until this entry blends the mask onto the frame (other fields unused).
export const MASK_FLUSH = 5;
// Head symbols centred on (x0, y0), pointing along the unit vector (x1, y1), radius = their length.
export const PLANE = 7;
export const SHIP = 8;
export const ICON = 9;
// A ship at true size; the entry after it holds its width in x0 (the rest unused).
export const HULL = 10;

export function createCapsuleList(): CapsuleList {
  return { count: 0, values: new Float64Array(CAPSULE_STRIDE * 1024) };
}

export function pushCapsule(list: CapsuleList, x0: number, y0: number, x1: number, y1: number, radius: number, rgb: number, kind: number, alpha = 1): void {
  let o = appendRecord(list, CAPSULE_STRIDE);
  const v = list.values;
  v[o++] = x0; v[o++] = y0; v[o++] = x1; v[o++] = y1; v[o++] = radius; v[o++] = rgb; v[o++] = kind; v[o] = alpha;
}
