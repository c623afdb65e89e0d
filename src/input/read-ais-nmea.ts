// Raw AIS logs: the !AIVDM / !AIVDO sentences a receiver (rtl-ais, AIS-catcher, a shore station
// feed) writes, decoded by ais-stream-decoder. Position reports (types 1, 2, 3 for class A, 18 for
// class B) are points of the vessel's MMSI, with SOG (knots), COG and Heading as properties;
// "not available" values (lat 91, lon 181, heading 511, SOG 102.3) are missing. A sentence has no
// time of its own: it comes from an NMEA 4.0 tag block (\s:station,c:unix seconds*hh\!AIVDM...),
// or from text before the sentence (an ISO time or a Unix time, as loggers prefix it), or from a
// Unix time after the checksum (",1671620143"). Other message types (static data, base
// stations) and sentences with a bad checksum are counted and left out.
import aisStreamDecoder from 'ais-stream-decoder';
import { inputError } from '../errors/messages.js';
import { DocumentSink } from './document-sink.js';
import type { ChunkSource, FileReadResult, ReadContext } from './read-context.js';

// "!AIVDM," / "!BSVDO," ... (any talker), possibly after a tag block or a logger's prefix.
const AIS_SENTENCE = /![A-Z]{2}VD[MO],/;

export function looksLikeAisNmea(text: string): boolean {
  const sample = text.split('\n', 40).map((l) => l.trim()).filter((l) => l !== '').slice(0, 30);
  const ais = sample.filter((l) => AIS_SENTENCE.test(l)).length;
  return ais >= Math.min(3, sample.length) && ais * 2 > sample.length;
}

interface Decoded { type: number; mmsi: number; lat?: number | null; lon?: number | null; speedOverGround?: number | null; courseOverGround?: number | null; heading?: number | null }

// A CommonJS module whose class is its `default` export: Node gives module.exports (the class is
// its .default), bundlers and test runners may give the class itself.
type AisDecoderClass = typeof aisStreamDecoder.default;
const AisDecoder: AisDecoderClass = typeof aisStreamDecoder === 'function' ? aisStreamDecoder as unknown as AisDecoderClass : aisStreamDecoder.default;

// The decoder is a Transform stream; a subclass that keeps what it pushes decodes synchronously
// (multi-part messages are joined across calls, as in the stream).
class LineDecoder extends AisDecoder {
  decoded: string[] = [];
  override push(chunk: unknown): boolean { if (typeof chunk === 'string') this.decoded.push(chunk); return true; }
  decode(sentence: string): { messages: Decoded[]; error: string | null } {
    this.decoded = [];
    let error: string | null = null;
    this._transform(Buffer.from(sentence), 'utf8', (e?: Error | null) => { if (e) error = e.message; });
    return { messages: this.decoded.map((m) => JSON.parse(m) as Decoded), error };
  }
}

const POSITION_TYPES = new Set([1, 2, 3, 18]);
const UNIX_SECONDS = /^\d{9,10}(\.\d+)?$/;
const UNIX_MS = /^\d{12,13}$/;

// Seconds or milliseconds since 1970 by magnitude.
const unixMs = (text: string): number => (UNIX_MS.test(text) ? Number(text) : Math.round(Number(text) * 1000));

const finite = (v: number | null | undefined, notAvailable?: (v: number) => boolean): number | undefined =>
  (typeof v === 'number' && Number.isFinite(v) && !(notAvailable?.(v)) ? v : undefined);

export async function readAisNmea(file: string, chunks: ChunkSource, ctx: ReadContext): Promise<FileReadResult> {
  const sink = new DocumentSink(file, ctx);
  // Tag-block and prefix times are dates.
  ctx.pointTimes.fromDates();
  const decoder = new LineDecoder();
  let hasContent = false;
  let untimed = 0;
  let badSentences = 0;
  let otherTypes = 0;
  let sentences = 0;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) {
      const text = chunk.text.slice(chunk.starts[i], chunk.ends[i]).trim();
      const line = chunk.firstLine + i;
      if (line <= ctx.options.skipLines || text === '') continue;
      hasContent = true;
      const match = AIS_SENTENCE.exec(text);
      if (!match) continue;
      sentences++;
      const before = text.slice(0, match.index);
      let sentence = text.slice(match.index);
      // A Unix time after the checksum ("...,0*24,1671620143"): the sentence ends at its checksum.
      const star = sentence.indexOf('*');
      let after = '';
      if (star >= 0 && sentence.length > star + 3) { after = sentence.slice(star + 3).replace(/^[,\s]+/, ''); sentence = sentence.slice(0, star + 3); }
      const tag = /(?:^|[\\,])c:(\d+(?:\.\d+)?)/.exec(before);
      const prefix = before.replace(/\\[^\\]*\\/g, '').trim();
      let tMs: number | undefined;
      if (tag) tMs = unixMs(tag[1]);
      else if (prefix !== '') tMs = UNIX_SECONDS.test(prefix) || UNIX_MS.test(prefix) ? unixMs(prefix) : sink.time(prefix);
      else if (UNIX_SECONDS.test(after) || UNIX_MS.test(after)) tMs = unixMs(after);
      const { messages, error } = decoder.decode(sentence);
      if (error) { badSentences++; ctx.skips.add(file, line, undefined, `not a valid AIS sentence (${error.toLowerCase()})`); continue; }
      for (const m of messages) {
        if (!POSITION_TYPES.has(m.type)) { otherTypes++; continue; }
        const lon = finite(m.lon, (v) => Math.abs(v) > 180);
        const lat = finite(m.lat, (v) => Math.abs(v) > 90);
        // A report without a position ("not available") says nothing about where the vessel is.
        if (lon === undefined || lat === undefined) { otherTypes++; continue; }
        if (tMs === undefined || Number.isNaN(tMs)) { untimed++; continue; }
        const properties: Record<string, unknown> = {};
        const sog = finite(m.speedOverGround, (v) => v >= 102.3);
        const cog = finite(m.courseOverGround, (v) => v >= 360);
        const heading = finite(m.heading, (v) => v >= 360);
        properties.SOG = sog ?? NaN;
        properties.COG = cog ?? NaN;
        properties.Heading = heading ?? NaN;
        sink.pointAtMs(String(m.mmsi), tMs, [lon, lat], 'position report', properties, line);
      }
    }
  }
  if (hasContent && sink.pointsKept === 0) {
    if (untimed > 0) {
      throw inputError('INPUT_PARSE', `${untimed} AIS position reports but no times: raw AIS sentences carry none; the log needs NMEA 4.0 tag blocks (\\c:unix-seconds\\!AIVDM...) or a time before each sentence`, { file });
    }
    throw inputError('INPUT_NO_POINTS', `no AIS position reports (types 1, 2, 3, 18) with a position among ${sentences} sentences`, { file });
  }
  if (untimed > 0) sink.notice(`${untimed} AIS position report${untimed === 1 ? '' : 's'} without a time left out`);
  if (badSentences > 0) sink.notice(`${badSentences} AIS sentence${badSentences === 1 ? '' : 's'} with a bad checksum or form skipped`);
  if (otherTypes > 0) sink.notice(`${otherTypes} AIS message${otherTypes === 1 ? '' : 's'} without a position (static data, base stations, other types) left out`);
  return { rowsRead: sink.rowsRead, pointsKept: sink.pointsKept, hasContent, domainHint: 'terrestrial' };
}
