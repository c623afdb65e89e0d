// Formats read as one document: GeoJSON and trips JSON (JSON.parse), GPX and KML (xmldom + togeojson).
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import { inputError } from '../errors/messages.js';
import { DocumentSink } from './document-sink.js';
import type { FileReadResult, ReadContext } from './read-context.js';
import { readGeoJson } from './read-geojson.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { readHead } from './read-head.js';
import { MAX_DOCUMENT_BYTES, MAX_XML_DOCUMENT_BYTES, lineAt, readTextDocument } from './read-text-document.js';
import { readTripsJson } from './read-trips-json.js';

export type DocumentFormat = 'geojson' | 'trips-json' | 'gpx' | 'kml';

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const line = offset >= 0 ? lineAt(text, offset) : undefined;
    // V8's message quotes the text around the problem; keep it short.
    const message = (error as Error).message.split('\n')[0].slice(0, 120);
    throw inputError('INPUT_PARSE', `not valid JSON: ${message}`, { file, line });
  }
}

// Lines where each <trk>, <rte> (GPX) or <Placemark> (KML) starts, in document order, which is
// also the order of togeojson's features; GPX waypoints come last there and get no line.
function elementLines(text: string, pattern: RegExp): number[] {
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

function parseXml(file: string, text: string) {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level: string, message: string) => { if (level !== 'warning') errors.push(message); },
  });
  let doc;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    errors.push((error as Error).message);
  }
  if (errors.length > 0 || !doc?.documentElement) {
    const first = (errors[0] ?? 'no root element').split('\n')[0];
    const line = Number(/line:?\s*(\d+)/i.exec(errors[0] ?? '')?.[1]) || undefined;
    throw inputError('INPUT_PARSE', `not valid XML: ${first}`, { file, line });
  }
  return doc;
}

export async function readDocument(file: string, format: DocumentFormat, ctx: ReadContext): Promise<FileReadResult> {
  const { gzip } = await readHead(file, 2);
  const xml = format === 'gpx' || format === 'kml';
  const text = xml
    ? await readTextDocument(file, gzip, MAX_XML_DOCUMENT_BYTES, 'GPX and KML')
    : await readTextDocument(file, gzip, MAX_DOCUMENT_BYTES, 'GeoJSON and JSON');
  if (text.trim() === '') throw inputError('INPUT_EMPTY', 'the file is empty', { file });
  const sink = new DocumentSink(file, ctx);
  if (format === 'geojson') readGeoJson(file, parseJson(file, text), sink);
  else if (format === 'trips-json') readTripsJson(file, parseJson(file, text), sink);
  else {
    const doc = parseXml(file, text);
    const root = doc.documentElement!.nodeName.toLowerCase();
    if (root !== format) throw inputError('INPUT_PARSE', `expected a <${format}> document, found <${doc.documentElement!.nodeName}>`, { file, line: 1 });
    // togeojson's types ask for the browser's Document; xmldom's is the same shape.
    const collection = format === 'gpx' ? gpx(doc as unknown as Document) : kml(doc as unknown as Document);
    const lines = elementLines(text, format === 'gpx' ? /<(trk|rte)[\s>]/g : /<Placemark[\s>]/g);
    const word = format === 'gpx' ? 'track' : 'placemark';
    readGeoJson(file, collection, sink, {
      ignoreUntimedPoints: true,
      pointsByNumber: true,
      timeElement: format === 'gpx' ? '<time>' : '<when>',
      lineOf: (i) => lines[i] ?? 0,
      label: (i) => {
        const name = collection.features[i]?.properties?.name;
        return `${word} ${i + 1}${typeof name === 'string' && name ? ` (${name})` : ''}`;
      },
    });
  }
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent: true, domainHint: 'terrestrial' };
}
