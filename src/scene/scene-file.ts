// A Scene as one binary file, so remote workers get the data through the store instead of the job
// payload: "TRKSCENE" + u32 header length + JSON header, then every typed array's bytes, each
// aligned to 8. The file is named by the SHA-256 of its bytes, so a worker loads each scene once
// and can check that what it read is what the coordinator wrote.
import { createHash } from 'node:crypto';
import { checkSceneArrays, checkSceneHeader, checkSceneLimits, corrupt } from './check-scene-file.js';
import type { Scene } from './scene.js';

export { corrupt };

const MAGIC = 'TRKSCENE';
const VERSION = 1;
const TYPED = {
  Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Int8Array, Uint8Array, Uint8ClampedArray,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

interface ArrayEntry { type: TypedName; offset: number; length: number }
interface Header { version: number; arrays: ArrayEntry[]; scene: unknown }

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

function typedName(value: object): TypedName | null {
  // instanceof rather than the constructor's name, so a Buffer counts as the Uint8Array it is.
  if (!ArrayBuffer.isView(value)) return null;
  return (Object.keys(TYPED) as TypedName[]).find((name) => value instanceof TYPED[name]) ?? null;
}

// Scene -> file bytes. Typed arrays become {"$array": i}; NaN, ±Infinity and -0 (which JSON
// cannot hold) become {"$number": "NaN"} and so on.
export function encodeScene(scene: Scene): Uint8Array {
  const arrays: Typed[] = [];
  const entries: ArrayEntry[] = [];
  let offset = 0;
  const json = JSON.stringify(scene, function (this: unknown, _key, value: unknown) {
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { $number: String(Object.is(value, -0) ? '-0' : value) };
    if (typeof value === 'object' && value !== null) {
      const type = typedName(value);
      if (type) {
        const array = value as Typed;
        entries.push({ type, offset, length: array.length });
        offset = align8(offset + array.byteLength);
        return { $array: arrays.push(array) - 1 };
      }
    }
    return value;
  });
  const header = Buffer.from(JSON.stringify({ version: VERSION, arrays: entries, scene: JSON.parse(json) } satisfies Header));
  const dataStart = align8(MAGIC.length + 4 + header.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(Buffer.from(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, header.length, true);
  out.set(header, MAGIC.length + 4);
  arrays.forEach((a, i) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + entries[i].offset));
  return out;
}

// File bytes -> Scene whose arrays live in fresh SharedArrayBuffers (so a worker may hand the
// scene on to threads), never views into `bytes`.
// `checkScene: false` only for codec tests with partial scenes.
export function decodeScene(bytes: Uint8Array, opts: { checkScene?: boolean } = {}): Scene {
  const check = opts.checkScene !== false;
  if (bytes.length < MAGIC.length + 4 || Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') !== MAGIC) throw corrupt('bad magic');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + headerLength > bytes.length) throw corrupt('the header runs past the end of the file');
  let header: Header;
  try {
    header = JSON.parse(Buffer.from(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength)).toString('utf8')) as Header;
  } catch {
    throw corrupt('the header is not JSON');
  }
  if (header?.version !== VERSION) throw corrupt(`version ${header?.version}, expected ${VERSION}`);
  const dataStart = align8(MAGIC.length + 4 + headerLength);
  checkSceneHeader(header, bytes.length - dataStart, (type) => (Object.hasOwn(TYPED, type) ? TYPED[type as TypedName].BYTES_PER_ELEMENT : undefined), align8);
  if (check) checkSceneLimits(header.scene);
  const arrays = header.arrays.map(({ type, offset, length }) => {
    const Ctor = TYPED[type] as (new (buffer: ArrayBufferLike) => Typed) & { BYTES_PER_ELEMENT: number };
    const byteLength = length * Ctor.BYTES_PER_ELEMENT;
    const array = new Ctor(new SharedArrayBuffer(byteLength));
    new Uint8Array(array.buffer).set(bytes.subarray(dataStart + offset, dataStart + offset + byteLength));
    return array;
  });
  // Null-prototype objects: a key such as "__proto__" (a property name from the data) stays a key.
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value !== 'object' || value === null) return value;
    const o = value as Record<string, unknown>;
    if (typeof o.$array === 'number') {
      if (!Number.isInteger(o.$array) || o.$array < 0 || o.$array >= arrays.length) throw corrupt(`array reference ${o.$array} of ${arrays.length}`);
      return arrays[o.$array];
    }
    if (typeof o.$number === 'string') return o.$number === '-0' ? -0 : Number(o.$number);
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) out[k] = revive(v);
    return out;
  };
  const scene = revive(header.scene) as Scene;
  if (check) checkSceneArrays(scene);
  return scene;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function sceneFileName(hash: string): string {
  return `scene-${hash}.bin`;
}
