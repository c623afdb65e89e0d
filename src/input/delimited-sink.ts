// A column plan -> the RowSink that reads a delimited file's rows, and the account of the reading
// that `trackreel info` prints. AIS files (an MMSI id) also get speed/course/heading as second
// names of SOG/COG/Heading, and AIS "not available" values (heading 511, SOG 102.3) read as no value.
import { basename } from 'node:path';
import { domainFromHeader } from './detect-format.js';
import { isRoleName, normalizeColumnName } from './column-names.js';
import { chooseDateOrder } from './date-order.js';
import { makeTimestampParser } from './parse-timestamp.js';
import { describeTimes } from './describe-times.js';
import { RowSink, type PropertySlot } from './row-sink.js';
import { AIS_UNAVAILABLE_LAT, AIS_UNAVAILABLE_LON } from './ais-columns.js';
import { COLUMN_FLAGS, type ColumnChoice, type ColumnPlan, type HeaderKind } from './column-plan.js';
import type { ReadContext } from './read-context.js';
import type { ColumnReading, Domain, FileReading } from './point-table.js';

export interface DelimitedSinkInput {
  file: string;
  ctx: ReadContext;
  plan: ColumnPlan;
  header: string[] | undefined;
  headerKind: HeaderKind;
  headerText: string;
  samples: string[][];
  fieldCount: number;
  delimiter: string;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe', ' ': 'spaces' };
const ALIASES = ['speed', 'course', 'heading'] as const;
const AIS_IDS = new Set(['mmsi', 'sourcemmsi', 'userid']);

export function makeDelimitedSink(input: DelimitedSinkInput) {
  const { file, ctx, plan, header, headerKind, samples, fieldCount } = input;
  const { options, builder } = ctx;
  const ais = options.format === 'ais-csv' || (plan.id !== undefined && headerKind !== 'none' && AIS_IDS.has(normalizeColumnName(plan.id.name)));
  const domainHint = domainOf(plan, header, headerKind);
  const domain: Domain | undefined = ctx.domain ?? domainHint;
  const cartesian = domain === 'cartesian';
  // Day-first or month-first, from this file's values (only 'auto' reads slashed dates).
  const timeTexts = samples.map((r) => (plan.date ? `${r[plan.date.index] ?? ''} ${r[plan.time.index] ?? ''}` : r[plan.time.index] ?? ''));
  const order = options.timeFormat === 'auto' ? chooseDateOrder(timeTexts) : undefined;
  const parseTime = ctx.pointTimes.tracked(order ? makeTimestampParser('auto', options.inputTimeZone, order.order) : ctx.parseTime);

  const core = new Set([plan.id, plan.time, plan.date, plan.millisecond, plan.x, plan.y, plan.position].filter((c) => c !== undefined).map((c) => c!.index));
  const used = new Set<string>();
  const properties: PropertySlot[] = [];
  for (let c = 0; c < Math.max(fieldCount, header?.length ?? 0); c++) {
    if (core.has(c)) continue;
    const given = header?.[c]?.trim() ?? '';
    // Unnamed columns of a header row (an index column, a trailing delimiter) are not properties.
    if (given === '' && headerKind !== 'none' && header !== undefined) continue;
    let name = given || `column_${c}`;
    if (used.has(name)) name = `${name}_${c}`;
    used.add(name);
    const nullValue = isRoleName(name, 'heading') ? 511 : ais && /^(sog|speedoverground)$/.test(normalizeColumnName(name)) ? 102.3 : undefined;
    properties.push({ index: c, column: builder.property(name), nullValue });
  }
  if (ais && header) {
    for (const alias of ALIASES) {
      const slot = properties.find((p) => isRoleName(p.column.name, alias));
      if (slot && !used.has(alias)) builder.alias(alias, slot.column.name);
    }
  }
  const position = plan.position;
  const names = {
    id: plan.id?.name ?? 'object id',
    time: plan.date ? `${plan.date.name} ${plan.time.name}` : plan.time.why === 'position' && !header ? 'timestamp' : plan.time.name,
    // A positional header's names can be wrong for x/y (SampleFlightsUS.csv), so name them by role.
    x: position ? position.name : plan.x!.why === 'position' ? (cartesian ? 'x' : 'longitude') : plan.x!.name,
    y: position ? position.name : plan.y!.why === 'position' ? (cartesian ? 'y' : 'latitude') : plan.y!.name,
  };
  if (plan.time.why === 'position' && header) names.time = 'timestamp';
  const sink = new RowSink(file, builder, ctx.skips, options.lenient, parseTime, {
    id: plan.id?.index ?? -1, constantId: plan.id ? undefined : basename(file).replace(/\.(csv|tsv|txt|dat)(\.gz)?$/i, ''),
    time: plan.time.index, date: plan.date?.index ?? -1, millisecond: plan.millisecond?.index ?? -1,
    x: plan.x?.index ?? -1, y: plan.y?.index ?? -1, position: position?.index ?? -1, lonFirst: position?.lonFirst ?? false,
    names, properties, expectedFields: fieldCount,
    unavailable: cartesian ? undefined : { x: AIS_UNAVAILABLE_LON, y: AIS_UNAVAILABLE_LAT },
  }, domain === 'terrestrial' ? 'terrestrial' : 'none');
  const format = ais ? 'ais-csv' : 'tracktable-points';
  const reading: FileReading = {
    file, format: ais ? 'AIS CSV (delimited text with an MMSI column)' : 'delimited text',
    delimiter: DELIMITER_NAMES[input.delimiter] ?? JSON.stringify(input.delimiter), header: input.headerText,
    columns: columnReadings(plan),
    time: describeTimes(timeTexts, options, order),
    notes: [...plan.notes, ...(domainHint === undefined && plan.x && /^x$/i.test(plan.x.name.trim()) && headerKind !== 'none'
      ? ['columns named X/Y: the values decide between lon/lat and a flat plane; --domain cartesian or terrestrial decides instead'] : [])],
  };
  return { sink, domainHint, format, reading };
}

// Lon/lat-like names (or a combined position) say terrestrial; a tracktable comment header's
// exact "x y" says cartesian (SamplePointsCartesian.csv); a header row's X/Y leaves it to the values
// (GIS exports write lon/lat as X/Y); easting/northing say cartesian.
function domainOf(plan: ColumnPlan, header: string[] | undefined, kind: HeaderKind): Domain | undefined {
  if (plan.position) return 'terrestrial';
  if (!header) return undefined;
  const xName = header[plan.x!.index], yName = header[plan.y!.index];
  if (kind === 'none') return domainFromHeader(xName, yName);
  const x = normalizeColumnName(xName ?? ''), y = normalizeColumnName(yName ?? '');
  if (x === 'easting' || y === 'northing') return 'cartesian';
  if (x === 'x' && y === 'y') return undefined;
  return isRoleName(xName ?? '', 'x') || isRoleName(yName ?? '', 'y') ? 'terrestrial' : undefined;
}

const WHY: Record<string, string> = {
  option: 'given by the option', 'header name': 'header name', 'header word': 'a word of its header name',
  content: 'its values read as times', position: "tracktable's column order (object_id, timestamp, x, y)",
};

function columnReadings(plan: ColumnPlan): ColumnReading[] {
  const out: ColumnReading[] = [];
  const add = (role: string, c: ColumnChoice | undefined, flag?: string) => {
    if (!c) return;
    const generic = `column ${c.index + 1}`;
    // A positional column's header name may be wrong (SampleFlightsUS.csv), so the position leads.
    const column = c.why === 'position' ? (c.name === generic ? generic : `${generic}, called "${c.name}" by the header`) : `${c.name} (${generic})`;
    out.push({ role, column, why: WHY[c.why], flag });
  };
  if (plan.id) add('id', plan.id, COLUMN_FLAGS.id);
  else out.push({ role: 'id', column: 'none: one object named after the file', why: 'no column names an id', flag: COLUMN_FLAGS.id });
  add('time', plan.time, COLUMN_FLAGS.time);
  add('date', plan.date, COLUMN_FLAGS.time);
  add('milliseconds', plan.millisecond);
  add('longitude/x', plan.x, COLUMN_FLAGS.x);
  add('latitude/y', plan.y, COLUMN_FLAGS.y);
  if (plan.position) add(`position (${plan.position.lonFirst ? 'lon,lat' : 'lat,lon'})`, plan.position, '--x-column/--y-column');
  return out;
}
