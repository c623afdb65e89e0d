// What a file is, before any reader looks at it, from its extension (".gz" looked through) and
// its first bytes. 'delimited' leaves points vs AIS CSV vs trips CSV to detectFormat; 'json' is
// decided after parsing, from the document's structure (classify-json.ts).
import { own } from '../memory/name-records.js';
import { looksLikePlt } from './read-plt.js';
import { looksLikeAisNmea } from './read-ais-nmea.js';

export type FileKind = 'delimited' | 'traj' | 'json' | 'gpx' | 'kml' | 'tcx' | 'igc' | 'nmea' | 'ais-nmea' | 'plt' | 'parquet';

const BY_EXTENSION: Record<string, FileKind | 'text'> = {
  traj: 'traj', geojson: 'json', json: 'json', jsonl: 'json', ndjson: 'json', gpx: 'gpx', kml: 'kml', tcx: 'tcx', igc: 'igc', nmea: 'nmea', plt: 'plt', parquet: 'parquet',
  csv: 'text', tsv: 'text', txt: 'text', dat: 'text', log: 'text',
};

// A sentence such as "$GPRMC,..." or "$GNGGA,..." (talker, type, fields), possibly after a logger's
// own prefix ("12:00:01 $GPGGA,..."); AIS "!AIVDM" lines are not positions of the receiver.
const NMEA_SENTENCE = /\$[A-Z][A-Z0-9][A-Z]{3},/;

// Most of the first lines are NMEA sentences (a few lines of other text are allowed).
export function looksLikeNmea(text: string): boolean {
  const lines = text.split('\n', 40).map((l) => l.trim()).filter((l) => l !== '');
  const sample = lines.slice(0, 30);
  const nmea = sample.filter((l) => NMEA_SENTENCE.test(l)).length;
  return nmea >= Math.min(3, sample.length) && nmea * 2 > sample.length;
}

// An IGC flight log: the A record (manufacturer) first, then H headers and B fixes.
export function looksLikeIgc(text: string): boolean {
  return /^A[A-Z0-9]{3}/.test(text) && /^(H[FOP]DTE|B\d{13}[NS]\d{8}[EW])/m.test(text);
}

export function detectFileKind(path: string, head: string): FileKind {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  const byExt = dot > name.lastIndexOf('/') ? own(BY_EXTENSION, name.slice(dot + 1)) : undefined;
  const text = head.replace(/^\uFEFF/, '').trimStart();
  // An NMEA log is often saved as .txt, .log or even .csv; its sentences are unmistakable.
  // A raw AIS log (!AIVDM sentences) is saved as .nmea, .txt or .log alike.
  if ((byExt === undefined || byExt === 'text' || byExt === 'nmea') && looksLikeAisNmea(text)) return 'ais-nmea';
  if ((byExt === undefined || byExt === 'text') && looksLikeNmea(text)) return 'nmea';
  // So is an OziExplorer/GeoLife track's header, whatever the file is called.
  if ((byExt === undefined || byExt === 'text') && looksLikePlt(text)) return 'plt';
  if (byExt !== undefined && byExt !== 'text') return byExt;
  const csv = name.endsWith('.csv') || name.endsWith('.tsv');
  if (csv) return 'delimited';
  if (text.startsWith('PAR1')) return 'parquet';
  if (text.startsWith('*T*')) return 'traj';
  if (text.startsWith('<')) {
    if (/<gpx[\s>]/.test(text)) return 'gpx';
    if (/<kml[\s>]/.test(text)) return 'kml';
    if (/<TrainingCenterDatabase[\s>]/.test(text)) return 'tcx';
  }
  if (text.startsWith('[') || text.startsWith('{')) return 'json';
  if (looksLikeIgc(text)) return 'igc';
  return 'delimited';
}
