// Ship sizes for true-scale hulls (--head-scale), per point, in metres, from AIS static data: the
// antenna's distances to bow, stern, port and starboard (A, B, C, D: length A+B, beam C+D, and
// where the hull's centre lies from the antenna), else Length and Width (centred on the antenna).
// AIS writes 0 for "not available": such points have no hull (NaN) and keep the symbol.
import { sharedFloat32 } from '../memory/shared-arrays.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

export interface HullDimensions {
  lengthM: Float32Array;
  beamM: Float32Array;
  // Where the hull's centre is from the reported position: ahead along the heading, and to port.
  aheadM: Float32Array;
  portM: Float32Array;
}

const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function column(set: TrajectorySet, names: readonly string[]): Float64Array | null {
  for (const [name, values] of Object.entries(set.numeric)) if (names.includes(squash(name))) return values;
  return null;
}

const size = (v: number): number => (v > 0 && v < 1000 ? v : NaN);

export function hullDimensions(set: TrajectorySet): HullDimensions | null {
  const a = column(set, ['a', 'dima', 'tobow', 'dimensiontobow']);
  const b = column(set, ['b', 'dimb', 'tostern', 'dimensiontostern']);
  const c = column(set, ['c', 'dimc', 'toport', 'dimensiontoport']);
  const d = column(set, ['d', 'dimd', 'tostarboard', 'dimensiontostarboard']);
  const length = column(set, ['length', 'len', 'shiplength', 'loa', 'lengthm']);
  const width = column(set, ['width', 'beam', 'shipwidth', 'widthm']);
  const offsets = a && b && c && d;
  if (!offsets && !(length && width)) return null;
  const n = set.t.length;
  const out: HullDimensions = { lengthM: sharedFloat32(n), beamM: sharedFloat32(n), aheadM: sharedFloat32(n), portM: sharedFloat32(n) };
  for (let j = 0; j < n; j++) {
    const ab = offsets ? size(a[j]) + size(b[j]) : NaN;
    const cd = offsets ? size(c[j]) + size(d[j]) : NaN;
    if (Number.isFinite(ab) && Number.isFinite(cd)) {
      out.lengthM[j] = ab; out.beamM[j] = cd;
      out.aheadM[j] = (a![j] - b![j]) / 2; out.portM[j] = (c![j] - d![j]) / 2;
    } else {
      out.lengthM[j] = length ? size(length[j]) : NaN; out.beamM[j] = width ? size(width[j]) : NaN;
      out.aheadM[j] = 0; out.portM[j] = 0;
    }
  }
  return out;
}
