// IGC flight logs (gliders, paragliders): parsed by igc-parser, which reads the date from HFDTE
// (also the "HFDTEDATE:ddmmyy,nn" form) and moves B fixes past midnight to the next day. Each B
// record is a point; the object is the glider (callsign, else registration, else pilot, else the
// file's name). Invalid B records are bad rows (strict: an error with the line; lenient: skipped).
import IGCParser from 'igc-parser';
import { inputError } from '../errors/messages.js';
import { DocumentSink } from './document-sink.js';
import { fileObjectId } from './file-object-id.js';
import type { FileReadResult, ReadContext } from './read-context.js';
import { readHead } from './read-head.js';
import { MAX_DOCUMENT_BYTES, readTextDocument } from './read-text-document.js';

function gliderId(file: string, igc: { callsign: string | null; registration: string | null; pilot: string | null }): string {
  for (const v of [igc.callsign, igc.registration, igc.pilot]) if (v && v.trim() !== '') return v.trim();
  return fileObjectId(file, 'glider');
}

export function readIgc(file: string, text: string, ctx: ReadContext): DocumentSink {
  const sink = new DocumentSink(file, ctx);
  // B records are times of day on the HFDTE date.
  ctx.pointTimes.fromDates();
  let igc: IGCParser.IGCFile;
  try {
    igc = IGCParser.parse(text, { lenient: true });
  } catch (error) {
    const message = (error as Error).message;
    const hint = /HFDTE/.test(message) ? 'no HFDTE date header, so the B records have no date' : message;
    throw inputError('INPUT_PARSE', `not a readable IGC file: ${hint}`, { file });
  }
  for (const error of igc.errors) {
    const m = /^Invalid (\w) record at line (\d+)/.exec(error.message);
    if (!m || m[1] !== 'B') continue;
    sink.rowsRead++;
    sink.fail('B record', `not a valid B record (HHMMSS DDMMmmmN DDDMMmmmE A ppppp ggggg)`, Number(m[2]));
  }
  const id = gliderId(file, igc);
  let skippedAtZero = 0;
  for (const fix of igc.fixes) {
    // Loggers write B records before the GPS has a position as 0,0 with validity V.
    if (!fix.valid && fix.latitude === 0 && fix.longitude === 0) { skippedAtZero++; continue; }
    const properties: Record<string, unknown> = {};
    const altitude = fix.gpsAltitude ?? fix.pressureAltitude;
    if (altitude !== null) properties.altitude = altitude;
    if (fix.pressureAltitude !== null) properties.pressure_altitude = fix.pressureAltitude;
    if (fix.gpsAltitude !== null) properties.gps_altitude = fix.gpsAltitude;
    sink.pointAtMs(id, fix.timestamp, [fix.longitude, fix.latitude], `B record ${fix.time}`, properties);
  }
  if (skippedAtZero > 0) sink.notice(`${skippedAtZero} B records without a GPS position (0,0, validity V) left out`);
  if (igc.fixes.length === 0) throw inputError('INPUT_NO_POINTS', 'no B records (position fixes) in the IGC file', { file });
  return sink;
}

export async function readIgcFile(file: string, ctx: ReadContext): Promise<FileReadResult> {
  const { gzip } = await readHead(file, 2);
  const text = await readTextDocument(file, gzip, MAX_DOCUMENT_BYTES, 'IGC');
  if (text.trim() === '') throw inputError('INPUT_EMPTY', 'the file is empty', { file });
  const sink = readIgc(file, text, ctx);
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent: true, domainHint: 'terrestrial' };
}
