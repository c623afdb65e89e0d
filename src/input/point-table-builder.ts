// Growable typed columns that become a PointTable; no per-row objects are ever kept.
import type { Domain, PointTable, TextColumn } from './point-table.js';
import { PropertyColumn } from './property-column.js';
import { ownString } from './own-string.js';
import { firstValues } from './column-arrays.js';
import { canonicalInteger } from './parse-number.js';

function grow<T extends Float64Array | Uint32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

export class PointTableBuilder {
  length = 0;
  t = new Float64Array(4096);
  lon = new Float64Array(4096);
  lat = new Float64Array(4096);
  objectIndex = new Uint32Array(4096);
  line = new Uint32Array(4096);
  readonly objectIds: string[] = [];
  readonly properties = new Map<string, PropertyColumn>();
  // Extra names for numeric properties, filled in by finish() without re-parsing (AIS speed = SOG).
  private readonly aliases = new Map<string, { source: string; nullValue?: number }>();
  private objects = new Map<string, number>();
  // The same for ids that are canonical integers (MMSI numbers), looked up without making a string.
  private numericObjects = new Map<number, number>();
  // Consecutive rows usually share an id: remember the last one to skip the map lookup
  // (readers may compare their text with lastId in place; lastObject -1: none yet).
  lastId = '';
  lastObject = -1;

  objectFor(id: string): number {
    if (id === this.lastId && this.lastObject >= 0) return this.lastObject;
    let index = this.objects.get(id);
    if (index === undefined) {
      index = this.objectIds.length;
      id = ownString(id);
      this.objectIds.push(id);
      this.objects.set(id, index);
      const key = canonicalInteger(id, 0, id.length);
      if (key >= 0) this.numericObjects.set(key, index);
    }
    this.lastId = id;
    this.lastObject = index;
    return index;
  }

  // The object whose id is the canonical integer `key`, or -1 when there is none yet (it is
  // then made by objectFor, once the row is known to be good).
  knownNumericObject(key: number): number {
    const index = this.numericObjects.get(key);
    if (index === undefined) return -1;
    this.lastId = this.objectIds[index];
    this.lastObject = index;
    return index;
  }

  // The column for a property name, created (and back-filled with "no value") when new.
  property(name: string): PropertyColumn {
    let column = this.properties.get(name);
    if (!column) {
      column = new PropertyColumn(name);
      column.padTo(this.length);
      this.properties.set(name, column);
    }
    return column;
  }

  // Declares `alias` as a copy of numeric property `source` (with `nullValue` read as no value).
  alias(alias: string, source: string, nullValue?: number): void {
    if (!this.properties.has(alias)) this.aliases.set(alias, { source, nullValue });
  }

  // Appends the core fields of one point; the caller pushes its property values itself.
  push(object: number, t: number, x: number, y: number, line: number): void {
    const n = this.length;
    if (n === this.t.length) {
      this.t = grow(this.t, (k) => new Float64Array(k));
      this.lon = grow(this.lon, (k) => new Float64Array(k));
      this.lat = grow(this.lat, (k) => new Float64Array(k));
      this.objectIndex = grow(this.objectIndex, (k) => new Uint32Array(k));
      this.line = grow(this.line, (k) => new Uint32Array(k));
    }
    this.t[n] = t;
    this.lon[n] = x;
    this.lat[n] = y;
    this.objectIndex[n] = object;
    this.line[n] = line;
    this.length = n + 1;
  }

  // Brings every property column to the current length (a file may lack some of them).
  padProperties(): void {
    for (const column of this.properties.values()) column.padTo(this.length);
  }

  // Drops rows whose flag is 0 (rows found bad only after reading, e.g. by the domain rule).
  compact(keep: Uint8Array): void {
    let w = 0;
    for (let r = 0; r < this.length; r++) {
      if (!keep[r]) continue;
      this.t[w] = this.t[r];
      this.lon[w] = this.lon[r];
      this.lat[w] = this.lat[r];
      this.objectIndex[w] = this.objectIndex[r];
      this.line[w] = this.line[r];
      w++;
    }
    for (const column of this.properties.values()) column.compact(keep);
    this.length = w;
    this.dropObjectsWithoutPoints();
  }

  // After compaction an object may have lost all its points; later stages expect none such.
  private dropObjectsWithoutPoints(): void {
    const used = new Uint8Array(this.objectIds.length);
    for (let r = 0; r < this.length; r++) used[this.objectIndex[r]] = 1;
    if (used.every((u) => u === 1)) return;
    const remap = new Uint32Array(used.length);
    const kept: string[] = [];
    for (let o = 0; o < used.length; o++) if (used[o]) { remap[o] = kept.length; kept.push(this.objectIds[o]); }
    for (let r = 0; r < this.length; r++) this.objectIndex[r] = remap[this.objectIndex[r]];
    this.objectIds.length = 0;
    this.objectIds.push(...kept);
    this.objects = new Map(kept.map((id, i) => [id, i]));
    this.numericObjects = new Map();
    kept.forEach((id, i) => { const key = canonicalInteger(id, 0, id.length); if (key >= 0) this.numericObjects.set(key, i); });
    this.lastObject = -1;
  }

  finish(source: string, domain: Domain): PointTable {
    this.padProperties();
    const numeric: Record<string, Float64Array> = {};
    const text: Record<string, TextColumn> = {};
    for (const [name, column] of this.properties) {
      const asText = column.finishText();
      if (asText) text[name] = asText;
      else numeric[name] = column.finishNumeric()!;
    }
    for (const [alias, { source, nullValue }] of this.aliases) {
      const values = numeric[source];
      if (!values || alias in numeric || alias in text) continue;
      if (nullValue === undefined) { numeric[alias] = values; continue; }
      const copy = values.slice();
      for (let i = 0; i < copy.length; i++) if (copy[i] === nullValue) copy[i] = NaN;
      numeric[alias] = copy;
    }
    const n = this.length;
    return {
      source, domain, length: n,
      t: firstValues(this.t, n), lon: firstValues(this.lon, n), lat: firstValues(this.lat, n),
      objectIndex: firstValues(this.objectIndex, n), objectIds: this.objectIds, line: firstValues(this.line, n),
      numeric, text,
    };
  }
}
