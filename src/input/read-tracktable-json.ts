// tracktable's trajectory JSON (tracktable.rw write_json): {object_id, domain, coordinates:
// [[x, y], ...], timestamps: [...], point_properties: {name: [values] or {values}}, trajectory_properties},
// one object or an array of them ({trajectories: [...]} too).
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';
import { isObject, type Json } from './json-value.js';
import { nameRecord } from '../memory/name-records.js';

const valuesOf = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : isObject(v) && Array.isArray(v.values) ? v.values : undefined);

const listOf = (root: unknown): unknown[] => (Array.isArray(root) ? root : isObject(root) && Array.isArray(root.trajectories) ? root.trajectories : [root]);

// The domain the trajectories declare (the first that says), like a .traj record.
export function tracktableJsonDomain(root: unknown): 'terrestrial' | 'cartesian' | undefined {
  for (const t of listOf(root)) if (isObject(t) && (t.domain === 'cartesian' || t.domain === 'terrestrial')) return t.domain;
  return undefined;
}

export function readTracktableJson(file: string, root: unknown, sink: DocumentSink): void {
  const list = listOf(root);
  list.forEach((trajectory, i) => {
    const where = list.length === 1 && !Array.isArray(root) ? '' : `[${i}]`;
    if (!isObject(trajectory)) { sink.rowsRead++; sink.fail(where || '(root)', `expected a trajectory object, found ${describe(trajectory)}`); return; }
    const coordinates = trajectory.coordinates;
    const times = trajectory.timestamps;
    if (!Array.isArray(coordinates) || !Array.isArray(times) || times.length !== coordinates.length) {
      const n = Array.isArray(coordinates) ? coordinates.length : 0;
      sink.rowsRead += n;
      sink.fail(`${where}timestamps`, Array.isArray(times) ? `${times.length} timestamps for ${n} coordinates` : 'no timestamps array');
      return;
    }
    const id = typeof trajectory.object_id === 'string' || typeof trajectory.object_id === 'number' ? String(trajectory.object_id) : `trajectory-${i + 1}`;
    const extra = nameRecord<unknown>();
    if (isObject(trajectory.trajectory_properties)) {
      for (const [name, v] of Object.entries(trajectory.trajectory_properties)) {
        const value = isObject(v) && 'value' in v ? v.value : v;
        if (typeof value === 'number' || typeof value === 'string') extra[name] = value;
      }
    }
    const perPoint: [string, unknown[]][] = [];
    if (isObject(trajectory.point_properties)) {
      for (const [name, v] of Object.entries(trajectory.point_properties)) {
        const values = valuesOf(v);
        if (values && values.length === coordinates.length) perPoint.push([name, values]);
      }
    }
    for (let k = 0; k < coordinates.length; k++) {
      const properties = perPoint.length === 0 ? extra : { ...extra, ...Object.fromEntries(perPoint.map(([n, v]) => [n, v[k]])) };
      sink.point(id, times[k], coordinates[k], `${where}coordinates[${k}]`, properties);
    }
  });
  if (sink.rowsRead === 0) throw inputError('INPUT_PARSE', 'no trajectories in the file', { file });
}
