// Turns the fields of one data row into a point, or into a located error (strict) / skipped row
// (lenient). Rows that say they have no position (empty or "NULL" coordinates, AIS 181/91) or no
// time are skipped and counted in every mode: the file itself says there is nothing to place.
import { inputError } from '../errors/messages.js';
import type { FieldSpans } from './field-spans.js';
import type { PointTableBuilder } from './point-table-builder.js';
import type { PropertyColumn } from './property-column.js';
import type { SkipKind, SkipLog } from './skip-log.js';
import type { TimestampParser } from './parse-timestamp.js';
import { parseCombinedPosition } from './combined-position.js';

export interface PropertySlot {
  index: number;
  column: PropertyColumn;
  // A value meaning "not available" (AIS heading 511, SOG 102.3), stored as no value.
  nullValue?: number;
}

export interface RowLayout {
  // -1: the file has no id column; every row belongs to `constantId`.
  id: number;
  constantId?: string;
  time: number;
  // -1 unless a date column is joined with the time-of-day column.
  date: number;
  // -1 unless milliseconds are written in a column of their own.
  millisecond: number;
  // -1 when the position is one combined field (`position`).
  x: number;
  y: number;
  position: number;
  lonFirst: boolean;
  // Field names used in messages ("longitude", "LAT", ...).
  names: { id: string; time: string; x: string; y: string };
  properties: PropertySlot[];
  // Field count of a well-formed row (0: unknown); see RowSink.add for how it is used.
  expectedFields: number;
  // Coordinates that mean "no position" (AIS 181 / 91).
  unavailable?: { x: number; y: number };
}

// 'terrestrial' rejects lon/lat outside the globe; 'none' leaves the check to the domain rule afterwards.
export type RangeCheck = 'terrestrial' | 'none';

const LENIENT_HINT = '; --lenient skips such rows';

export class RowSink {
  rowsRead = 0;
  pointsKept = 0;
  private readonly needed: number;
  private fieldCount = 0;
  private constantObject = -1;

  constructor(
    private readonly file: string,
    private readonly builder: PointTableBuilder,
    private readonly skips: SkipLog,
    private readonly lenient: boolean,
    private readonly parseTime: TimestampParser,
    private readonly layout: RowLayout,
    private readonly rangeCheck: RangeCheck,
  ) {
    this.needed = Math.max(layout.id, layout.time, layout.x, layout.y, layout.position) + 1;
  }

  add(fields: FieldSpans, line: number): boolean {
    this.rowsRead++;
    this.fieldCount = fields.count;
    const L = this.layout;
    // A row whose field count differs from the file's is a broken record (a split or truncated
    // line); when it also fails to parse it is skipped even in strict mode, as tracktable does.
    const ragged = L.expectedFields > 0 && fields.count !== L.expectedFields;
    if (fields.count < this.needed) {
      return this.fail(line, undefined, `only ${fields.count} field${fields.count === 1 ? '' : 's'}, expected at least ${this.needed}`, ragged, 'malformed');
    }
    // Consecutive rows usually share an id, and AIS ids are numbers: find a known object without
    // making a string of its id; a new one is made only once the row has passed every check.
    const builder = this.builder;
    let object = -1;
    let id = '';
    if (L.id < 0) {
      object = this.constantObject;
      id = L.constantId!;
    } else {
      object = builder.lastObject;
      if (object < 0 || !fields.equals(L.id, builder.lastId)) {
        const key = fields.integerKey(L.id);
        object = key >= 0 ? builder.knownNumericObject(key) : -1;
        if (object < 0) {
          id = fields.text(L.id);
          if (id.length > 0 && (id.charCodeAt(0) <= 32 || id.charCodeAt(id.length - 1) <= 32)) id = id.trim();
          if (id.length === 0) return this.fail(line, L.names.id, 'empty object id', ragged, 'no id');
        }
      }
    }
    let t = L.date < 0 ? fields.time(L.time, this.parseTime) : this.parseTime(`${fields.text(L.date).trim()} ${fields.text(L.time).trim()}`);
    if (Number.isNaN(t)) {
      if (!ragged && fields.isMissing(L.time) && (L.date < 0 || fields.isMissing(L.date))) return this.skip(line, L.names.time, 'no time', 'no time');
      const timeText = L.date < 0 ? fields.text(L.time) : `${fields.text(L.date)} ${fields.text(L.time)}`;
      return this.fail(line, L.names.time, `cannot read ${JSON.stringify(timeText)} as a time`, ragged, 'unreadable time');
    }
    if (L.millisecond >= 0) {
      const ms = fields.number(L.millisecond);
      if (ms >= 0 && ms < 1000) t += ms;
    }
    let x: number, y: number;
    if (L.position >= 0) {
      if (fields.isMissing(L.position)) return ragged ? this.fail(line, L.names.x, 'empty position', true, 'malformed') : this.skip(line, L.names.x, 'no position', 'no position');
      const p = parseCombinedPosition(fields.text(L.position));
      if (p === null) return this.fail(line, L.names.x, `${JSON.stringify(fields.text(L.position))} is not a position`, ragged, 'bad coordinate');
      x = p.wkt || L.lonFirst ? p.a : p.b;
      y = p.wkt || L.lonFirst ? p.b : p.a;
    } else {
      x = fields.number(L.x);
      if (Number.isNaN(x)) return this.badCoordinate(fields, L.x, L.names.x, line, ragged);
      y = fields.number(L.y);
      if (Number.isNaN(y)) return this.badCoordinate(fields, L.y, L.names.y, line, ragged);
    }
    if (L.unavailable !== undefined && (x === L.unavailable.x || y === L.unavailable.y)) {
      return this.skip(line, x === L.unavailable.x ? L.names.x : L.names.y, `position not available (${x}, ${y})`, 'not available');
    }
    if (this.rangeCheck === 'terrestrial') {
      if (x < -180 || x > 180) return this.fail(line, L.names.x, `longitude ${x} is outside [-180, 180]`, ragged, 'bad coordinate');
      if (y < -90 || y > 90) return this.fail(line, L.names.y, `latitude ${y} is outside [-90, 90]`, ragged, 'bad coordinate');
    }
    if (object < 0) {
      object = builder.objectFor(id);
      if (L.id < 0) this.constantObject = object;
    }
    builder.push(object, t, x, y, line);
    const props = L.properties;
    for (let k = 0; k < props.length; k++) {
      const slot = props[k];
      if (slot.nullValue !== undefined && fields.number(slot.index) === slot.nullValue) slot.column.pushEmpty();
      else slot.column.pushField(fields, slot.index, object);
    }
    this.pointsKept++;
    return true;
  }

  // An empty or "NULL"/"NA" coordinate is a row without a position (skipped and counted); any
  // other text where a number belongs is a bad row.
  private badCoordinate(fields: FieldSpans, i: number, name: string, line: number, ragged: boolean): false {
    const raw = fields.text(i);
    if (fields.isMissing(i)) {
      if (ragged) return this.fail(line, name, 'empty coordinate', true, 'malformed');
      return this.skip(line, name, raw.trim() === '' ? 'no position (empty coordinate)' : `no position (${raw.trim()})`, 'no position');
    }
    return this.fail(line, name, `${JSON.stringify(raw)} is not a number`, ragged, 'bad coordinate');
  }

  private skip(line: number, field: string, reason: string, kind: SkipKind): false {
    this.skips.add(this.file, line, field, reason, kind);
    return false;
  }

  private fail(line: number, field: string | undefined, reason: string, ragged: boolean, kind: SkipKind): false {
    if (ragged) {
      reason += ` (a malformed record: ${this.fieldCount} fields where the file's rows have ${this.layout.expectedFields})`;
      kind = 'malformed';
    }
    if (!this.lenient && !ragged) throw inputError('INPUT_PARSE', reason + LENIENT_HINT, { file: this.file, line, field });
    this.skips.add(this.file, line, field, reason, kind);
    return false;
  }
}
