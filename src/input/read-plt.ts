// OziExplorer track files (.plt), the format of Microsoft's GeoLife GPS trajectories: six header
// lines (the first names the program, the second the datum; GeoLife writes "Geolife trajectory",
// "WGS 84"), then one point a line: latitude, longitude, a segment-break flag, altitude in feet
// (-777: none), the time as days since 1899-12-30 (a Delphi date, UTC), and the date and time
// again as text. The time is taken from the text when it is ISO-like (GeoLife: 2008-10-23,
// 02:53:04, whole seconds exactly), else from the day count. One file is one track of one object,
// named after the file (GeoLife keeps one trajectory per file).
import { inputError } from '../errors/messages.js';
import { DocumentSink } from './document-sink.js';
import { fileObjectId } from './file-object-id.js';
import type { ChunkSource, FileReadResult, ReadContext } from './read-context.js';

const HEADER_LINES = 6;
const FEET = 0.3048;
const NO_ALTITUDE = -777;
// Days from the Delphi epoch (1899-12-30) to the Unix epoch.
const DELPHI_UNIX_DAYS = 25_569;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/;

// The header's first two lines: OziExplorer's own, or GeoLife's.
export function looksLikePlt(text: string): boolean {
  const [first = '', second = ''] = text.split(/\r?\n/, 2);
  return /^(OziExplorer Track Point File|Geolife trajectory)/i.test(first.trim()) && /^WGS\s*84/i.test(second.trim());
}

function textTimeMs(date: string | undefined, time: string | undefined): number | undefined {
  const d = ISO_DATE.exec(date?.trim() ?? '');
  const t = ISO_TIME.exec(time?.trim() ?? '');
  if (!d || !t) return undefined;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2])) + Math.round(Number(t[3]) * 1000);
}

export async function readPlt(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const sink = new DocumentSink(file, ctx);
  ctx.pointTimes.fromDates();
  const id = fileObjectId(file, 'track');
  let hasContent = false;
  let header = '';
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) {
      const text = chunk.text.slice(chunk.starts[i], chunk.ends[i]);
      const line = chunk.firstLine + i;
      if (line <= HEADER_LINES) { if (line <= 2) header += `${text}\n`; continue; }
      if (line <= ctx.options.skipLines || text.trim() === '') continue;
      hasContent = true;
      const fields = text.split(',');
      const lat = Number(fields[0]);
      const lon = Number(fields[1]);
      const altitude = Number(fields[3]);
      const days = Number(fields[4]);
      let tMs = textTimeMs(fields[5], fields[6]);
      if (tMs === undefined && fields[4] !== undefined && fields[4].trim() !== '' && Number.isFinite(days)) tMs = Math.round((days - DELPHI_UNIX_DAYS) * DAY_MS);
      if (tMs === undefined) {
        sink.rowsRead++;
        sink.fail('time', `no time: neither an ISO date and time (fields 6-7) nor a day count (field 5) in ${JSON.stringify(text.slice(0, 80))}`, line);
        continue;
      }
      const notNumber = !Number.isFinite(lat) || (fields[0] ?? '').trim() === '' ? ['latitude', fields[0]] : !Number.isFinite(lon) || (fields[1] ?? '').trim() === '' ? ['longitude', fields[1]] : null;
      if (notNumber) {
        sink.rowsRead++;
        sink.fail(notNumber[0]!, `${notNumber[0]} ${JSON.stringify(notNumber[1] ?? '')} is not a number`, line);
        continue;
      }
      const properties = Number.isFinite(altitude) && fields[3].trim() !== '' && altitude !== NO_ALTITUDE ? { altitude: altitude * FEET } : undefined;
      sink.pointAtMs(id, tMs, [lon, lat], 'point', properties, line);
    }
  }
  if (!looksLikePlt(header)) throw inputError('INPUT_PARSE', 'not an OziExplorer/GeoLife track file: its first lines should name the program and the datum (WGS 84)', { file });
  if (!hasContent) throw inputError('INPUT_NO_POINTS', `no track points after the ${HEADER_LINES} header lines`, { file });
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent: true, domainHint: 'terrestrial' };
}
