// The header of one tracktable `.traj` record, as tracktable's TrajectoryHeader and PointHeader write it:
//   *T*, [uuid,] domain, point count, trajectory property count, (name, type, value)*,
//   *P*, domain, dimension, has object id (0/1), has timestamp (0/1), point property count, (name, type)*
// then the points: [object id,] [timestamp,] coordinates (dimension of them), property values.
// Older files have no uuid; tracktable tells them apart by whether the token parses as a uuid.
import type { FieldSpans } from './field-spans.js';

// tracktable's PropertyUnderlyingType (Core/PropertyValue.h).
export const TRAJ_TYPE = { real: 1, string: 2, timestamp: 3 } as const;

export interface TrajPropertySpec {
  name: string;
  type: number;
}

export interface TrajHeader {
  uuid: string;
  domain: string;
  pointCount: number;
  trajectoryProperties: { name: string; type: number; value: string }[];
  dimension: number;
  hasObjectId: boolean;
  hasTimestamp: boolean;
  pointProperties: TrajPropertySpec[];
  // Index of the first point's first field.
  firstPointField: number;
  // Fields per point.
  width: number;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export class TrajHeaderError extends Error {
  constructor(readonly field: string, message: string) { super(message); }
}

function count(fields: FieldSpans, i: number, what: string, max: number): number {
  if (i >= fields.count) throw new TrajHeaderError(what, `the record ends before the ${what}`);
  const text = fields.text(i).trim();
  if (!/^\d+$/.test(text)) throw new TrajHeaderError(what, `${JSON.stringify(text)} is not a count`);
  const n = Number(text);
  if (n > max) throw new TrajHeaderError(what, `${n} is more than ${max}`);
  return n;
}

// Reads the header fields of a record already split into `fields`; throws TrajHeaderError naming the field.
export function parseTrajHeader(fields: FieldSpans): TrajHeader {
  if (fields.text(0).trim() !== '*T*') throw new TrajHeaderError('record', 'a .traj record must start with *T*');
  let i = 1;
  let uuid = '';
  if (UUID.test(fields.text(i).trim())) uuid = fields.text(i++).trim();
  const domain = fields.text(i++).trim().toLowerCase();
  // A record can't hold more points than it has fields; the bound keeps a lying count from allocating.
  const pointCount = count(fields, i++, 'point count', fields.count);
  const trajectoryProperties: TrajHeader['trajectoryProperties'] = [];
  const trajPropCount = count(fields, i++, 'trajectory property count', fields.count);
  for (let k = 0; k < trajPropCount; k++, i += 3) {
    if (i + 2 >= fields.count) throw new TrajHeaderError('trajectory properties', 'the record ends inside the trajectory properties');
    trajectoryProperties.push({ name: fields.text(i), type: count(fields, i + 1, `${fields.text(i)} type`, 4), value: fields.text(i + 2) });
  }
  if (fields.text(i).trim() !== '*P*') throw new TrajHeaderError('point header', `expected *P* at field ${i + 1}, found ${JSON.stringify(fields.text(i))}`);
  i += 2; // *P*, point domain (the same as the trajectory's)
  const dimension = count(fields, i++, 'dimension', 3);
  if (dimension < 2) throw new TrajHeaderError('dimension', `points need at least 2 coordinates, the header says ${dimension}`);
  const hasObjectId = count(fields, i++, 'has object id', 1) === 1;
  const hasTimestamp = count(fields, i++, 'has timestamp', 1) === 1;
  if (!hasTimestamp) throw new TrajHeaderError('has timestamp', 'points without timestamps cannot be animated');
  const propCount = count(fields, i++, 'point property count', fields.count);
  const pointProperties: TrajPropertySpec[] = [];
  for (let k = 0; k < propCount; k++, i += 2) {
    if (i + 1 >= fields.count) throw new TrajHeaderError('point properties', 'the record ends inside the point property declarations');
    pointProperties.push({ name: fields.text(i).trim(), type: count(fields, i + 1, `${fields.text(i).trim()} type`, 4) });
  }
  const width = (hasObjectId ? 1 : 0) + 1 + dimension + propCount;
  return { uuid, domain, pointCount, trajectoryProperties, dimension, hasObjectId, hasTimestamp, pointProperties, firstPointField: i, width };
}
