// OGC Moving Features JSON (MF-JSON): a Feature, a FeatureCollection of them or an array, each
// with a temporalGeometry {type: "MovingPoint", datetimes: [...], coordinates: [[x, y], ...]}
// (or a MovingGeometryCollection of MovingPoints) and optional temporalProperties whose
// datetimes match: [{datetimes, name: {values: [...]}}, ...].
import { inputError } from '../errors/messages.js';
import { DocumentSink, describe } from './document-sink.js';
import { isObject, type Json } from './json-value.js';

function featuresOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (isObject(root) && Array.isArray(root.features)) return root.features;
  return [root];
}

function idOf(feature: Json, i: number): string {
  if (typeof feature.id === 'string' || typeof feature.id === 'number') return String(feature.id);
  const props = isObject(feature.properties) ? feature.properties : {};
  for (const key of ['id', 'name', 'object_id', 'mmsi']) {
    const v = props[key];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return String(v).trim();
  }
  return `feature-${i + 1}`;
}

// Per-datetime values of temporalProperties blocks whose datetimes equal the geometry's.
function temporalValues(feature: Json, datetimes: unknown[]): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  const blocks = Array.isArray(feature.temporalProperties) ? feature.temporalProperties : [];
  for (const block of blocks) {
    if (!isObject(block) || !Array.isArray(block.datetimes) || block.datetimes.length !== datetimes.length) continue;
    if (!block.datetimes.every((t, k) => t === datetimes[k])) continue;
    for (const [name, v] of Object.entries(block)) {
      const values = isObject(v) && Array.isArray(v.values) ? v.values : undefined;
      if (name !== 'datetimes' && values && values.length === datetimes.length) out.push([name, values]);
    }
  }
  return out;
}

export function readMovingFeatures(file: string, root: unknown, sink: DocumentSink): void {
  const features = featuresOf(root);
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const where = `features[${i}]`;
    if (!isObject(feature)) { sink.rowsRead++; sink.fail(where, `expected a moving feature, found ${describe(feature)}`); continue; }
    const geometry = feature.temporalGeometry;
    if (!isObject(geometry)) { sink.rowsRead++; sink.fail(`${where}.temporalGeometry`, 'no temporalGeometry'); continue; }
    const id = idOf(feature, i);
    const moving = geometry.type === 'MovingGeometryCollection' && Array.isArray(geometry.prisms) ? geometry.prisms : [geometry];
    moving.forEach((g, p) => {
      const at = moving.length > 1 ? `${where}.temporalGeometry.prisms[${p}]` : `${where}.temporalGeometry`;
      if (!isObject(g) || g.type !== 'MovingPoint') { sink.rowsRead++; sink.fail(`${at}.type`, `${describe(isObject(g) ? g.type : g)} is not a MovingPoint`); return; }
      const { datetimes, coordinates } = g;
      if (!Array.isArray(datetimes) || !Array.isArray(coordinates) || datetimes.length !== coordinates.length) {
        const n = Array.isArray(coordinates) ? coordinates.length : 0;
        sink.rowsRead += n;
        sink.fail(`${at}.datetimes`, Array.isArray(datetimes) ? `${datetimes.length} datetimes for ${n} coordinates` : 'no datetimes array');
        return;
      }
      const values = temporalValues(feature, datetimes);
      for (let k = 0; k < coordinates.length; k++) {
        const properties = values.length === 0 ? undefined : Object.fromEntries(values.map(([n, v]) => [n, v[k]]));
        sink.point(id, datetimes[k], coordinates[k], `${at}.coordinates[${k}]`, properties);
      }
    });
  }
  if (sink.rowsRead === 0) throw inputError('INPUT_PARSE', 'no moving features in the file', { file });
}
