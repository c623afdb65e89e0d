// Formats read as one document: JSON ones (JSON.parse, then the structure says which: see
// classify-json.ts) and GPX, KML, TCX (xmldom + togeojson, read-xml-tracks.ts).
import { inputError } from '../errors/messages.js';
import { classifyJson, unknownJsonMessage, type JsonFormat } from './classify-json.js';
import { DocumentSink } from './document-sink.js';
import type { FileReadResult, ReadContext } from './read-context.js';
import { readGeoJson } from './read-geojson.js';
import { readGoogleTakeout } from './read-google-takeout.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { readHead } from './read-head.js';
import { readMovingFeatures } from './read-moving-features.js';
import { readReadsbTrace } from './read-readsb-trace.js';
import { readAdsbJson } from './read-adsb-json.js';
import { MAX_DOCUMENT_BYTES, MAX_XML_DOCUMENT_BYTES, lineAt, readTextDocument } from './read-text-document.js';
import { readTracktableJson, tracktableJsonDomain } from './read-tracktable-json.js';
import { readTripsJson } from './read-trips-json.js';
import { readXmlTracks, type XmlTrackFormat } from './read-xml-tracks.js';
import { isObject, type Json } from './json-value.js';

// 'json': any JSON, its format found from its structure.
export type DocumentFormat = JsonFormat | XmlTrackFormat | 'json';

const XML_FORMATS: readonly string[] = ['gpx', 'kml', 'tcx'];

// JSON Lines (one document a line, as polled API answers are often saved): read as an array.
function parseJsonLines(text: string): unknown[] | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2 || !lines.every((l) => /^\s*[[{]/.test(l))) return undefined;
  try { return lines.map((l) => JSON.parse(l) as unknown); } catch { return undefined; }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const lines = parseJsonLines(text);
    if (lines) return lines;
    const offset = jsonErrorOffset(text);
    const line = offset >= 0 ? lineAt(text, offset) : undefined;
    // V8's message quotes the text around the problem; keep it short.
    const message = (error as Error).message.split('\n')[0].slice(0, 120);
    throw inputError('INPUT_PARSE', `not valid JSON: ${message}`, { file, line });
  }
}

function readJson(file: string, root: unknown, format: JsonFormat, ctx: ReadContext): DocumentSink {
  // tracktable JSON says its domain, as a .traj record does; the sink's range check follows it.
  if (format === 'tracktable-json') ctx.domain ??= tracktableJsonDomain(root);
  const sink = new DocumentSink(file, ctx);
  if ((format === 'google-takeout' || format === 'readsb-trace') && !isObject(root)) {
    throw inputError('INPUT_PARSE', `expected a JSON object (${format}), found ${Array.isArray(root) ? 'an array' : JSON.stringify(root)?.slice(0, 40)}`, { file });
  }
  if (format === 'readsb-trace' && !Array.isArray((root as Json).trace)) throw inputError('INPUT_PARSE', 'no "trace" array (readsb-trace)', { file, field: 'trace' });
  if (format === 'geojson') readGeoJson(file, root, sink);
  else if (format === 'trips-json') readTripsJson(file, root, sink);
  else if (format === 'tracktable-json') readTracktableJson(file, root, sink);
  else if (format === 'moving-features') readMovingFeatures(file, root, sink);
  else if (format === 'google-takeout') readGoogleTakeout(root as Json, sink);
  else if (format === 'opensky-track' || format === 'opensky-states' || format === 'aircraft-json') readAdsbJson(file, root, format, sink);
  else readReadsbTrace(file, root as Json, sink);
  return sink;
}

// JSON of no known structure that still says what it tries to be: an object with a "type"
// (GeoJSON's reader names the type it found) or an array (the trips reader names the bad entry).
function closestJsonReader(root: unknown): JsonFormat | undefined {
  if (Array.isArray(root)) return 'trips-json';
  return typeof root === 'object' && root !== null && 'type' in root ? 'geojson' : undefined;
}

export async function readDocument(file: string, format: DocumentFormat, ctx: ReadContext): Promise<FileReadResult & { format: string }> {
  const { gzip } = await readHead(file, 2);
  const xml = XML_FORMATS.includes(format);
  const text = xml
    ? await readTextDocument(file, gzip, MAX_XML_DOCUMENT_BYTES, 'GPX, KML and TCX')
    : await readTextDocument(file, gzip, MAX_DOCUMENT_BYTES, 'GeoJSON and JSON');
  if (text.trim() === '') throw inputError('INPUT_EMPTY', 'the file is empty', { file });
  let sink: DocumentSink;
  let found: string = format;
  if (xml) {
    sink = new DocumentSink(file, ctx);
    readXmlTracks(file, text, format as XmlTrackFormat, sink);
  } else {
    const root = parseJson(file, text);
    const kind = format === 'json' ? classifyJson(root) ?? closestJsonReader(root) : format as JsonFormat;
    if (kind === undefined) throw inputError('INPUT_PARSE', unknownJsonMessage(root), { file });
    found = kind;
    sink = readJson(file, root, kind, ctx);
  }
  const domainHint = found === 'tracktable-json' ? ctx.domain : 'terrestrial';
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent: true, domainHint, format: found };
}
