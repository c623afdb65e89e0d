// Growable typed columns that become a PointTable; no per-row objects are ever kept.
import type { Domain, PointTable, TextColumn } from './point-table.js';
import { PropertyColumn } from './property-column.js';
import { ownString } from './own-string.js';
import { ChunkedColumn, resizableArray } from './chunked-column.js';
import { canonicalInteger } from './parse-number.js';
import { sharedFloat64 } from '../memory/shared-arrays.js';
import { nameRecord, own } from '../memory/name-records.js';

const uint32ToGiveBack = (n: number): Uint32Array => resizableArray(Uint32Array, n);

export class PointTableBuilder {
  length = 0;
  readonly t = new ChunkedColumn(Float64Array);
  readonly lon = new ChunkedColumn(Float64Array);
  readonly lat = new ChunkedColumn(Float64Array);
  readonly objectIndex = new ChunkedColumn(Uint32Array);
  readonly line = new ChunkedColumn(Uint32Array);
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
  // Points whose x/y are not a longitude/latitude, counted as they come (see settleDomain).
  outsideGlobe = 0;

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
    if (x < -180 || x > 180 || y < -90 || y > 90) this.outsideGlobe++;
    this.t.push(t);
    this.lon.push(x);
    this.lat.push(y);
    this.objectIndex.push(object);
    this.line.push(line);
    this.length++;
  }

  // Brings every property column to the current length (a file may lack some of them).
  padProperties(): void {
    for (const column of this.properties.values()) column.padTo(this.length);
  }

  // Drops rows whose flag is 0 (rows found bad only after reading, e.g. by the domain rule).
  compact(keep: Uint8Array): void {
    for (const column of [this.t, this.lon, this.lat, this.objectIndex, this.line]) column.compact(keep);
    for (const column of this.properties.values()) column.compact(keep);
    this.length = this.t.length;
    this.outsideGlobe = 0;
    for (let r = 0; r < this.length; r++) {
      const x = this.lon.get(r);
      const y = this.lat.get(r);
      if (x < -180 || x > 180 || y < -90 || y > 90) this.outsideGlobe++;
    }
    this.dropObjectsWithoutPoints();
  }

  // After compaction an object may have lost all its points; later stages expect none such.
  private dropObjectsWithoutPoints(): void {
    const used = new Uint8Array(this.objectIds.length);
    for (let r = 0; r < this.length; r++) used[this.objectIndex.get(r)] = 1;
    if (used.every((u) => u === 1)) return;
    const remap = new Uint32Array(used.length);
    const kept: string[] = [];
    for (let o = 0; o < used.length; o++) if (used[o]) { remap[o] = kept.length; kept.push(this.objectIds[o]); }
    for (let r = 0; r < this.length; r++) this.objectIndex.set(r, remap[this.objectIndex.get(r)]);
    this.objectIds.length = 0;
    this.objectIds.push(...kept);
    this.objects = new Map(kept.map((id, i) => [id, i]));
    this.numericObjects = new Map();
    kept.forEach((id, i) => { const key = canonicalInteger(id, 0, id.length); if (key >= 0) this.numericObjects.set(key, i); });
    this.lastObject = -1;
  }

  // The table; the builder's columns are emptied as they are copied into it (see ChunkedColumn).
  finish(source: string, domain: Domain): PointTable {
    this.padProperties();
    const numeric = nameRecord<Float64Array>();
    const text = nameRecord<TextColumn>();
    for (const [name, column] of this.properties) {
      const asText = column.finishText();
      if (asText) text[name] = asText;
      else numeric[name] = column.finishNumeric()!;
    }
    for (const [alias, { source, nullValue }] of this.aliases) {
      const values = own(numeric, source);
      if (!values || Object.hasOwn(numeric, alias) || Object.hasOwn(text, alias)) continue;
      if (nullValue === undefined) { numeric[alias] = values; continue; }
      const copy = sharedFloat64(values.length);
      copy.set(values);
      for (let i = 0; i < copy.length; i++) if (copy[i] === nullValue) copy[i] = NaN;
      numeric[alias] = copy;
    }
    return {
      source, domain, length: this.length,
      t: this.t.finish(sharedFloat64), lon: this.lon.finish(sharedFloat64), lat: this.lat.finish(sharedFloat64),
      // Used only by the first steps of assembly, which give them back (see assembleTrajectories).
      objectIndex: this.objectIndex.finish(uint32ToGiveBack), objectIds: this.objectIds, line: this.line.finish(uint32ToGiveBack),
      numeric, text,
    };
  }
}
