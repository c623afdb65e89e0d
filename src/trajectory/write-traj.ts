// Writes points as tracktable `.traj` records (one trajectory per line; grammar in parse-traj-header.ts),
// so a trajectory set read from any format can be saved and read back by trackreel or tracktable.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { PointTable } from '../input/point-table.js';
import type { TrajectorySet } from './trajectory-set.js';
import { TRAJ_TYPE } from '../input/parse-traj-header.js';

// RFC 4180 quoting for tokens holding the delimiter, a quote or a line break.
function token(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function number(v: number): string {
  return Number.isNaN(v) ? '' : String(v);
}

// "2020-06-30 00:01:04" (UTC), with ".123" when the time has milliseconds; tracktable's own layout.
export function formatTrajTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  const whole = iso.slice(0, 10) + ' ' + iso.slice(11, 19);
  return ms % 1000 === 0 ? whole : `${whole}${iso.slice(19, 23)}`;
}

function isTable(source: PointTable | TrajectorySet): source is PointTable {
  return 'text' in source && 'line' in source;
}

// Groups a PointTable by object id (order of first appearance, points in file order): [offsets, order, object per group].
function groupTable(table: PointTable): { offsets: Uint32Array; order: Uint32Array; objects: Uint32Array } {
  const counts = new Uint32Array(table.objectIds.length);
  for (let i = 0; i < table.length; i++) counts[table.objectIndex[i]]++;
  const firstSeen: number[] = [];
  const seen = new Uint8Array(table.objectIds.length);
  for (let i = 0; i < table.length; i++) { const o = table.objectIndex[i]; if (!seen[o]) { seen[o] = 1; firstSeen.push(o); } }
  const start = new Uint32Array(table.objectIds.length);
  const offsets = new Uint32Array(firstSeen.length + 1);
  firstSeen.forEach((o, g) => { start[o] = offsets[g]; offsets[g + 1] = offsets[g] + counts[o]; });
  const order = new Uint32Array(table.length);
  for (let i = 0; i < table.length; i++) order[start[table.objectIndex[i]]++] = i;
  return { offsets, order, objects: Uint32Array.from(firstSeen) };
}

// Writes a PointTable (one trajectory per object id) or a TrajectorySet (one per trajectory) to `path`.
export async function writeTraj(source: PointTable | TrajectorySet, path: string): Promise<{ trajectories: number; points: number }> {
  let offsets: Uint32Array, order: Uint32Array | undefined, objects: Uint32Array;
  if (isTable(source)) ({ offsets, order, objects } = groupTable(source));
  else ({ offsets, objectIndex: objects } = source);
  const numericNames = Object.keys(source.numeric);
  const textNames = isTable(source) ? Object.keys(source.text) : [];
  const domain = source.domain === 'terrestrial' ? 'terrestrial' : 'cartesian2d';
  const pointHeader = [
    '*P*', domain, '2', '1', '1', String(numericNames.length + textNames.length),
    ...numericNames.flatMap((n) => [token(n), String(TRAJ_TYPE.real)]),
    ...textNames.flatMap((n) => [token(n), String(TRAJ_TYPE.string)]),
  ].join(',');

  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([e]) => { throw e; });
  failed.catch(() => {}); // awaited through Promise.race; this only keeps a late error from going unhandled
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let points = 0;
  const groups = offsets.length - 1;
  for (let g = 0; g < groups; g++) {
    const a = offsets[g], b = offsets[g + 1];
    const id = token(source.objectIds[objects[g]]);
    const parts: string[] = ['*T*', randomUUID(), domain, String(b - a), '0', pointHeader];
    for (let k = a; k < b; k++) {
      const i = order ? order[k] : k;
      parts.push(id, formatTrajTime(source.t[i]), number(source.lon[i]), number(source.lat[i]));
      for (const n of numericNames) parts.push(number(source.numeric[n][i]));
      if (isTable(source)) for (const n of textNames) { const c = source.text[n]; parts.push(token(c.values[c.codes[i]])); }
    }
    points += b - a;
    await write(parts.join(',') + '\n');
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { trajectories: groups, points };
}
