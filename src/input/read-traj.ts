// tracktable `.traj` files: one trajectory per line (see parse-traj-header.ts for the grammar).
// The object id of each point becomes the PointTable's object id (the uuid when points carry none);
// declared point properties become columns: real -> numeric, string -> text, timestamp -> epoch ms.
import { inputError } from '../errors/messages.js';
import type { ChunkSource, FileReadResult, ReadContext } from './read-context.js';
import { FieldSpans } from './field-spans.js';
import { TRAJ_TYPE, TrajHeaderError, parseTrajHeader, type TrajHeader } from './parse-traj-header.js';
import type { Domain } from './point-table.js';
import type { PropertyColumn } from './property-column.js';
import { own } from '../memory/name-records.js';

// A trajectory is one line; long voyages pass the 1 MB limit of point files, so .traj allows 64 MB.
export const MAX_TRAJ_LINE_CHARS = 64 << 20;

const DOMAINS: Record<string, Domain> = { terrestrial: 'terrestrial', cartesian: 'cartesian', cartesian2d: 'cartesian', cartesian3d: 'cartesian' };

export async function readTraj(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const fields = new FieldSpans();
  let rowsRead = 0;
  let pointsKept = 0;
  let hasContent = false;
  let domainHint: Domain | undefined;
  const fail = (line: number, field: string, reason: string): void => {
    if (!ctx.options.lenient) throw inputError('INPUT_PARSE', reason, { file, line, field });
    ctx.skips.add(file, line, field, reason);
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) {
      const line = chunk.firstLine + i;
      const text = chunk.text.slice(chunk.starts[i], chunk.ends[i]);
      if (line <= ctx.options.skipLines || text.trim() === '' || text.trimStart().startsWith('#')) continue;
      hasContent = true;
      fields.scan(text, ',');
      let header: TrajHeader;
      try {
        header = parseTrajHeader(fields);
      } catch (error) {
        if (!(error instanceof TrajHeaderError)) throw error;
        rowsRead++;
        fail(line, error.field, error.message);
        continue;
      }
      const domain = own(DOMAINS, header.domain);
      if (domain === undefined) { rowsRead++; fail(line, 'domain', `unknown domain ${JSON.stringify(header.domain)} (expected terrestrial, cartesian2d or cartesian3d)`); continue; }
      const present = fields.count - header.firstPointField;
      if (present !== header.pointCount * header.width) {
        rowsRead += header.pointCount;
        const held = present / header.width;
        fail(line, 'point count', `the header says ${header.pointCount} point${header.pointCount === 1 ? '' : 's'} but the record holds ${Number.isInteger(held) ? held : held.toFixed(2)} (${present} fields, ${header.width} per point)`);
        continue;
      }
      domainHint ??= domain;
      const kept = readPoints(file, line, header, domain, fields, ctx, fail);
      rowsRead += header.pointCount;
      pointsKept += kept;
    }
  }
  return { rowsRead, pointsKept, hasContent, domainHint };
}

// Appends the points of one record; a bad point is an error (strict) or a skip (lenient).
function readPoints(
  file: string, line: number, h: TrajHeader, domain: Domain, fields: FieldSpans, ctx: ReadContext,
  fail: (line: number, field: string, reason: string) => void,
): number {
  const { builder } = ctx;
  const columns: PropertyColumn[] = h.pointProperties.map((p) => builder.property(p.name));
  const zColumn = h.dimension === 3 ? builder.property('z') : undefined;
  const checkRange = (ctx.domain ?? domain) === 'terrestrial';
  // Columns this record does not set (from other files) need padding after each point.
  const padNeeded = builder.properties.size > columns.length + (zColumn ? 1 : 0);
  // Property values parsed while checking, reused when pushing (timestamps are the costly part).
  const values = new Float64Array(columns.length);
  let kept = 0;
  for (let p = 0; p < h.pointCount; p++) {
    let f = h.firstPointField + p * h.width;
    const where = `point ${p + 1}`;
    let id = h.uuid || `trajectory@${line}`;
    if (h.hasObjectId) id = fields.text(f++).trim() || id;
    const timeText = fields.text(f++);
    const t = ctx.pointTimes.note(ctx.parseTime(timeText), timeText);
    if (Number.isNaN(t)) { fail(line, `${where} timestamp`, timeText.trim() === '' ? 'empty timestamp' : `cannot read ${JSON.stringify(timeText)} as a time`); continue; }
    const x = fields.number(f);
    const y = fields.number(f + 1);
    if (Number.isNaN(x)) { fail(line, `${where} ${checkRange ? 'longitude' : 'x'}`, coordinateProblem(fields.text(f))); continue; }
    if (Number.isNaN(y)) { fail(line, `${where} ${checkRange ? 'latitude' : 'y'}`, coordinateProblem(fields.text(f + 1))); continue; }
    if (checkRange && (x < -180 || x > 180)) { fail(line, `${where} longitude`, `longitude ${x} is outside [-180, 180]`); continue; }
    if (checkRange && (y < -90 || y > 90)) { fail(line, `${where} latitude`, `latitude ${y} is outside [-90, 90]`); continue; }
    f += h.dimension;
    // Property values are checked before anything is pushed, so a skipped point leaves no half row.
    let bad = -1;
    for (let k = 0; k < columns.length && bad < 0; k++) {
      const type = h.pointProperties[k].type;
      values[k] = NaN;
      if (type === TRAJ_TYPE.string || fields.isBlank(f + k)) continue;
      const v = type === TRAJ_TYPE.timestamp ? ctx.parseTime(fields.text(f + k)) : fields.number(f + k);
      if (Number.isNaN(v)) bad = k;
      values[k] = v;
    }
    if (bad >= 0) {
      const spec = h.pointProperties[bad];
      fail(line, `${where} ${spec.name}`, `cannot read ${JSON.stringify(fields.text(f + bad))} as ${spec.type === TRAJ_TYPE.timestamp ? 'a time' : 'a number'}`);
      continue;
    }
    builder.push(builder.objectFor(id), t, x, y, line);
    zColumn?.pushNumberValue(fields.number(f - 1));
    for (let k = 0; k < columns.length; k++) {
      const type = h.pointProperties[k].type;
      if (type === TRAJ_TYPE.string) columns[k].pushString(fields.text(f + k));
      else columns[k].pushNumberValue(values[k]);
    }
    if (padNeeded) builder.padProperties();
    kept++;
  }
  return kept;
}

function coordinateProblem(raw: string): string {
  return raw.trim() === '' ? 'empty coordinate' : `${JSON.stringify(raw)} is not a number`;
}
