// Format, delimiter and domain detection from the first lines of a file.
import type { Domain } from './point-table.js';
import { WHITESPACE, splitDelimited } from './split-delimited.js';
import { headerNames, isAisHeader } from './ais-columns.js';


// Non-blank, non-comment lines after the skipped ones: what sniffing looks at.
export function sampleDataLines(lines: string[], firstLine: number, skipLines: number, max = 50): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < max; i++) {
    if (firstLine + i <= skipLines) continue;
    const t = lines[i].trim();
    if (t !== '' && t.charCodeAt(0) !== 35) out.push(lines[i]);
  }
  return out;
}

// 'ais-csv' when the header names MMSI, time, longitude and latitude columns (ais-columns.ts):
// the header is the first data line, or a delimited '#' line before it (the DMA writes "# Timestamp,...").
export function detectFormat(lines: string[], firstLine = 1, skipLines = 0): 'ais-csv' | 'tracktable-points' {
  for (let i = 0; i < lines.length && i < 100; i++) {
    if (firstLine + i <= skipLines) continue;
    const line = lines[i].trim();
    if (line === '') continue;
    const comment = line.charCodeAt(0) === 35;
    const delimiter = sniffDelimiter([comment ? line.slice(1) : line]);
    if ((!comment || delimiter !== WHITESPACE) && isAisHeader(headerNames(line, delimiter))) return 'ais-csv';
    if (!comment) break;
  }
  return 'tracktable-points';
}

// A header token starts with a letter or '_' ("object_id", "altitude"); data values do not all do.
function isNameLike(token: string): boolean {
  const c = token.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || token.charCodeAt(0) === 95;
}

// True when every non-empty field is name-like and there are at least two.
export function looksLikeHeader(fields: string[]): boolean {
  let names = 0;
  for (const f of fields) {
    const t = f.trim();
    if (t === '') continue;
    if (!isNameLike(t)) return false;
    names++;
  }
  return names >= 2;
}

const CANDIDATES = [',', '\t', ';', '|'];

// The candidate that gives the most lines at least 4 fields (ties: , tab ; |); whitespace when none does.
// Counting lines rather than characters lets data rows outvote free-text lines before them.
export function sniffDelimiter(sample: string[]): string {
  let best = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    let score = 0;
    for (const line of sample) {
      let count = 0;
      for (let i = line.indexOf(d); i !== -1 && count < 3; i = line.indexOf(d, i + 1)) count++;
      if (count >= 3) score++;
    }
    if (score > bestScore) { best = d; bestScore = score; }
  }
  if (bestScore > 0) return best;
  const tokens: string[] = [];
  const spaced = sample.filter((line) => splitDelimited(line, WHITESPACE, tokens).length >= 4).length;
  return spaced > 0 ? WHITESPACE : ',';
}

// Domain from the names of the x and y columns, when a header names them:
// exactly "x" and "y" -> cartesian; lat/lon-like names -> terrestrial; anything else -> no opinion.
export function domainFromHeader(xName: string | undefined, yName: string | undefined): Domain | undefined {
  const x = xName?.trim().toLowerCase();
  const y = yName?.trim().toLowerCase();
  if (x === undefined || y === undefined) return undefined;
  if (x === 'x' && y === 'y') return 'cartesian';
  const geo = /^(lon|lng|long|longitude|lat|latitude)$/;
  if (geo.test(x) || geo.test(y)) return 'terrestrial';
  return undefined;
}

// Share of points outside lon [-180, 180] / lat [-90, 90] above which data without a header
// hint is taken as cartesian; below it the outliers are bad rows of terrestrial data.
export const CARTESIAN_OUTLIER_SHARE = 0.05;

// Domain from the values when neither the options nor a header decided it.
export function domainFromValues(outOfRange: number, total: number): Domain {
  return total > 0 && outOfRange > total * CARTESIAN_OUTLIER_SHARE ? 'cartesian' : 'terrestrial';
}
