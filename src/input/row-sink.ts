// Turns the fields of one data row into a point, or into a located error (strict) / skipped row (lenient).
import { inputError } from '../errors/messages.js';
import type { FieldSpans } from './field-spans.js';
import type { PointTableBuilder } from './point-table-builder.js';
import type { PropertyColumn } from './property-column.js';
import type { SkipLog } from './skip-log.js';
import type { TimestampParser } from './parse-timestamp.js';

export interface PropertySlot {
  index: number;
  column: PropertyColumn;
  // A value meaning "not available" (AIS heading 511), stored as no value.
  nullValue?: number;
}

export interface RowLayout {
  id: number;
  time: number;
  x: number;
  y: number;
  // Field names used in messages ("longitude", "LAT", ...).
  names: { id: string; time: string; x: string; y: string };
  properties: PropertySlot[];
  // Field count of a well-formed row (0: unknown); see RowSink.add for how it is used.
  expectedFields: number;
  // Coordinates that mean "no position" (AIS 181 / 91): such rows are skipped and counted, in
  // strict mode too, since the file says so itself.
  unavailable?: { x: number; y: number };
}

// 'terrestrial' rejects lon/lat outside the globe; 'none' leaves the check to the domain rule afterwards.
export type RangeCheck = 'terrestrial' | 'none';

export class RowSink {
  rowsRead = 0;
  pointsKept = 0;
  private readonly needed: number;
  private fieldCount = 0;

  constructor(
    private readonly file: string,
    private readonly builder: PointTableBuilder,
    private readonly skips: SkipLog,
    private readonly lenient: boolean,
    private readonly parseTime: TimestampParser,
    private readonly layout: RowLayout,
    private readonly rangeCheck: RangeCheck,
  ) {
    this.needed = Math.max(layout.id, layout.time, layout.x, layout.y) + 1;
  }

  add(fields: FieldSpans, line: number): boolean {
    this.rowsRead++;
    this.fieldCount = fields.count;
    const L = this.layout;
    // A row whose field count differs from the file's is a broken record (a split or truncated
    // line); when it also fails to parse it is skipped even in strict mode, as tracktable does.
    const ragged = L.expectedFields > 0 && fields.count !== L.expectedFields;
    if (fields.count < this.needed) {
      return this.fail(line, undefined, `only ${fields.count} field${fields.count === 1 ? '' : 's'}, expected at least ${this.needed}`, ragged);
    }
    // Consecutive rows usually share an id, and AIS ids are numbers: find a known object without
    // making a string of its id; a new one is made only once the row has passed every check.
    const builder = this.builder;
    let object = builder.lastObject;
    let id = '';
    if (object < 0 || !fields.equals(L.id, builder.lastId)) {
      const key = fields.integerKey(L.id);
      object = key >= 0 ? builder.knownNumericObject(key) : -1;
      if (object < 0) {
        id = fields.text(L.id);
        if (id.length > 0 && (id.charCodeAt(0) <= 32 || id.charCodeAt(id.length - 1) <= 32)) id = id.trim();
        if (id.length === 0) return this.fail(line, L.names.id, 'empty object id', ragged);
      }
    }
    const t = fields.time(L.time, this.parseTime);
    if (Number.isNaN(t)) {
      const timeText = fields.text(L.time);
      return this.fail(line, L.names.time, timeText.trim() === '' ? 'empty timestamp' : `cannot read ${JSON.stringify(timeText)} as a time`, ragged);
    }
    const x = fields.number(L.x);
    if (Number.isNaN(x)) return this.fail(line, L.names.x, this.coordinateProblem(fields.text(L.x)), ragged);
    const y = fields.number(L.y);
    if (Number.isNaN(y)) return this.fail(line, L.names.y, this.coordinateProblem(fields.text(L.y)), ragged);
    if (L.unavailable !== undefined && (x === L.unavailable.x || y === L.unavailable.y)) {
      this.skips.add(this.file, line, x === L.unavailable.x ? L.names.x : L.names.y, `position not available (${x}, ${y})`);
      return false;
    }
    if (this.rangeCheck === 'terrestrial') {
      if (x < -180 || x > 180) return this.fail(line, L.names.x, `longitude ${x} is outside [-180, 180]`, ragged);
      if (y < -90 || y > 90) return this.fail(line, L.names.y, `latitude ${y} is outside [-90, 90]`, ragged);
    }
    if (object < 0) object = builder.objectFor(id);
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

  private coordinateProblem(raw: string): string {
    return raw.trim() === '' ? 'empty coordinate' : `${JSON.stringify(raw)} is not a number`;
  }

  private fail(line: number, field: string | undefined, reason: string, ragged: boolean): false {
    if (ragged) reason += ` (a malformed record: ${this.fieldCount} fields where the file's rows have ${this.layout.expectedFields})`;
    if (!this.lenient && !ragged) throw inputError('INPUT_PARSE', reason, { file: this.file, line, field });
    this.skips.add(this.file, line, field, reason);
    return false;
  }
}
