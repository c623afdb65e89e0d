// A scene file comes from the store, which other machines write: its hash only proves that the
// bytes are the ones named in the job, not that whoever wrote them was honest. So, before a worker
// allocates anything for it, its header is held to the limits the options would have imposed:
// the frame size and count of --size / the timeline, arrays laid out one after another inside
// the file (so decoding allocates at most the file's size), and array lengths that agree with
// each other (every per-point column as long as the points, a background of width x height).
import { exceedsJsonDepth } from '../memory/json-depth.js';
import { TrackreelError } from '../errors/trackreel-error.js';
import { MAX_FRAME_COUNT, MAX_FRAME_SIZE, MIN_FRAME_SIZE } from './frame-limits.js';

export interface ArrayEntry { type: string; offset: number; length: number }

// Deeper than any scene (a style's colour stops are about 5 levels).
const MAX_HEADER_DEPTH = 32;

export function corrupt(why: string): TrackreelError {
  return new TrackreelError('INVALID_JOB', `Scene file is not valid: ${why}`);
}

const isCount = (n: unknown, max = Number.MAX_SAFE_INTEGER): n is number => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= max;

// The parsed header, before any array is allocated.
export function checkSceneHeader(header: unknown, dataBytes: number, bytesPerElement: (type: string) => number | undefined, align: (n: number) => number): void {
  if (typeof header !== 'object' || header === null) throw corrupt('the header is not an object');
  if (exceedsJsonDepth(header, MAX_HEADER_DEPTH)) throw corrupt(`the header nests deeper than ${MAX_HEADER_DEPTH} levels`);
  const { arrays } = header as { arrays?: unknown };
  if (!Array.isArray(arrays)) throw corrupt('no array table');
  let expected = 0;
  for (const [i, entry] of (arrays as ArrayEntry[]).entries()) {
    const size = typeof entry?.type === 'string' ? bytesPerElement(entry.type) : undefined;
    if (!size) throw corrupt(`array ${i} has an unknown type ${JSON.stringify(String(entry?.type).slice(0, 40))}`);
    if (entry.offset !== expected || !isCount(entry.length)) throw corrupt(`array ${i} is not where the previous one ends (offset ${entry.offset}, expected ${expected})`);
    expected = align(entry.offset + entry.length * size);
    if (entry.offset + entry.length * size > dataBytes) throw corrupt(`array ${i} runs past the end of the file (truncated)`);
  }
}

// The scene's frame size and count, also before any array is allocated.
export function checkSceneLimits(scene: unknown): void {
  const s = scene as { width?: unknown; height?: unknown; timeline?: { frameCount?: unknown } } | null;
  if (typeof s !== 'object' || s === null) throw corrupt('no scene');
  const [minW, minH] = MIN_FRAME_SIZE;
  const [maxW, maxH] = MAX_FRAME_SIZE;
  if (!isCount(s.width, maxW) || !isCount(s.height, maxH) || s.width < minW || s.height < minH) {
    throw corrupt(`frame size ${String(s.width).slice(0, 20)}x${String(s.height).slice(0, 20)} is outside ${minW}x${minH}..${maxW}x${maxH}`);
  }
  const frameCount = s.timeline?.frameCount;
  if (!isCount(frameCount, MAX_FRAME_COUNT) || frameCount < 1) throw corrupt(`frame count ${String(frameCount).slice(0, 20)} is outside 1..${MAX_FRAME_COUNT}`);
}

interface Lengths { length: number }
type Revived = {
  width: number; height: number; background: Lengths; screenX: Lengths; screenY: Lengths; scalar: Lengths | null; lineWidths: Lengths | null;
  trajectories: { count: number; offsets: Uint32Array; objectIndex: Uint32Array; objectIds: unknown[]; t: Lengths; lon: Lengths; lat: Lengths;
    startMs: Lengths; endMs: Lengths; numeric: Record<string, Lengths>; text: Record<string, { codes: Uint32Array; values: unknown[] }> };
  frameIndex: { bucketOffsets: Uint32Array; ids: Uint32Array; firstFrame: Lengths; lastFrame: Lengths };
  decorationLayer: { rects: Int32Array; pixels: Lengths };
};

const isArrayLike = (v: unknown): v is Lengths => ArrayBuffer.isView(v);

function agree(what: string, actual: unknown, expected: number): void {
  if (!isArrayLike(actual) || actual.length !== expected) {
    throw corrupt(`${what} has ${isArrayLike(actual) ? actual.length : 'no'} values, expected ${expected}`);
  }
}

// The revived scene: lengths that agree with its counts, indices inside what they index, before
// the renderer reads any of it.
export function checkSceneArrays(scene: unknown): void {
  const s = scene as Revived;
  const tr = s.trajectories;
  if (typeof tr !== 'object' || tr === null || !isCount(tr.count) || !Array.isArray(tr.objectIds)) throw corrupt('no trajectories');
  agree('trajectories.offsets', tr.offsets, tr.count + 1);
  const points = tr.offsets[tr.count];
  for (let i = 0; i < tr.count; i++) if (tr.offsets[i] > tr.offsets[i + 1]) throw corrupt(`trajectory ${i}'s points run backwards`);
  for (const [name, column] of [['t', tr.t], ['lon', tr.lon], ['lat', tr.lat], ['screenX', s.screenX], ['screenY', s.screenY]] as const) agree(name, column, points);
  if (s.scalar !== null) agree('scalar', s.scalar, points);
  if (s.lineWidths !== null) agree('lineWidths', s.lineWidths, points);
  for (const [name, column] of [['objectIndex', tr.objectIndex], ['startMs', tr.startMs], ['endMs', tr.endMs]] as const) agree(name, column, tr.count);
  for (const o of tr.objectIndex) if (o >= tr.objectIds.length) throw corrupt(`object index ${o} is past the ${tr.objectIds.length} ids`);
  for (const [name, column] of Object.entries(tr.numeric ?? {})) agree(`property ${name}`, column, points);
  for (const [name, column] of Object.entries(tr.text ?? {})) {
    agree(`property ${name}`, column?.codes, points);
    for (const c of column.codes) if (c >= column.values.length) throw corrupt(`property ${name} has code ${c} past its ${column.values.length} values`);
  }
  if (s.background.length !== 0) agree('background', s.background, s.width * s.height * 4);
  const fi = s.frameIndex;
  agree('frameIndex.firstFrame', fi?.firstFrame, Math.max(1, tr.count));
  agree('frameIndex.lastFrame', fi.lastFrame, Math.max(1, tr.count));
  if (!isArrayLike(fi.bucketOffsets) || fi.bucketOffsets.length < 1 || fi.bucketOffsets[fi.bucketOffsets.length - 1] !== fi.ids.length) throw corrupt('frameIndex buckets do not add up to its ids');
  for (const id of fi.ids) if (id >= tr.count) throw corrupt(`frameIndex lists trajectory ${id} of ${tr.count}`);
  const { rects, pixels } = s.decorationLayer ?? {};
  if (!isArrayLike(rects) || rects.length % 4 !== 0) throw corrupt('decorationLayer.rects is not x, y, w, h groups');
  let area = 0;
  for (let r = 0; r < rects.length; r += 4) {
    const [x, y, w, h] = [rects[r], rects[r + 1], rects[r + 2], rects[r + 3]];
    if (x < 0 || y < 0 || w < 0 || h < 0 || x + w > s.width || y + h > s.height) throw corrupt(`decoration rectangle ${r / 4} lies outside the frame`);
    area += w * h;
  }
  agree('decorationLayer.pixels', pixels, area * 4);
}
