// GPX, KML and TCX: parsed with xmldom, converted to GeoJSON by @tmcw/togeojson, then read as
// GeoJSON tracks with the rules for files written by apps (read-geojson.ts, tracksFromXml).
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml, tcx } from '@tmcw/togeojson';
import { inputError } from '../errors/messages.js';
import type { DocumentSink } from './document-sink.js';
import { cleanName, readGeoJson } from './read-geojson.js';

export type XmlTrackFormat = 'gpx' | 'kml' | 'tcx';

const ROOTS: Record<XmlTrackFormat, string> = { gpx: 'gpx', kml: 'kml', tcx: 'TrainingCenterDatabase' };
// The element of each feature in document order (togeojson's order; GPX waypoints come last
// there and get no line), the word for it in messages, and the element that holds a time.
const FEATURES: Record<XmlTrackFormat, { element: RegExp; word: string; timeElement: string }> = {
  gpx: { element: /<(trk|rte)[\s>]/g, word: 'track', timeElement: '<time>' },
  kml: { element: /<Placemark[\s>]/g, word: 'placemark', timeElement: '<when>' },
  tcx: { element: /<Lap[\s>]/g, word: 'lap', timeElement: '<Time>' },
};

// Lines where each feature's element starts.
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

// togeojson reads Garmin's per-point extensions (hr, cad, atemp) only under the prefix "gpxtpx";
// Garmin Connect itself writes them as "ns3:". Whatever prefix the namespace has, call it gpxtpx.
const TRACKPOINT_EXTENSION = /xmlns:(\w+)="http:\/\/www\.garmin\.com\/xmlschemas\/TrackPointExtension\/v\d"/;
function withGpxtpxPrefix(text: string): string {
  const prefix = TRACKPOINT_EXTENSION.exec(text.slice(0, 4096))?.[1];
  if (prefix === undefined || prefix === 'gpxtpx') return text;
  return text.replace(new RegExp(`(</?)${prefix}:`, 'g'), '$1gpxtpx:').replace(`xmlns:${prefix}=`, 'xmlns:gpxtpx=');
}

export function readXmlTracks(file: string, source: string, format: XmlTrackFormat, sink: DocumentSink): void {
  const text = format === 'gpx' ? withGpxtpxPrefix(source) : source;
  const doc = parseXml(file, text);
  const root = doc.documentElement!.nodeName.replace(/^.*:/, '');
  if (root.toLowerCase() !== ROOTS[format].toLowerCase()) {
    throw inputError('INPUT_PARSE', `expected a <${ROOTS[format]}> document, found <${doc.documentElement!.nodeName}>`, { file, line: 1 });
  }
  // togeojson's types ask for the browser's Document; xmldom's is the same shape.
  const convert = format === 'gpx' ? gpx : format === 'kml' ? kml : tcx;
  const collection = convert(doc as unknown as Document);
  const { element, word, timeElement } = FEATURES[format];
  const lines = elementLines(text, element);
  readGeoJson(file, collection, sink, {
    tracksFromXml: true,
    pointsByNumber: true,
    timeElement,
    lineOf: (i) => lines[i] ?? 0,
    label: (i) => {
      const name = collection.features[i]?.properties?.name;
      return `${word} ${i + 1}${typeof name === 'string' && cleanName(name) ? ` (${cleanName(name)})` : ''}`;
    },
  });
}
