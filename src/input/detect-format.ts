// Format, delimiter and domain detection from the first lines of a file.
import type { Domain } from './point-table.js';
import { WHITESPACE, splitDelimited } from './split-delimited.js';


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

// The candidate whose split gives the most lines of one and the same field count (at least 2;
// quotes respected, so "42.7,141.6" inside quotes does not count), the header line included: a
// semicolon file with decimal commas splits its header only at the semicolons. Ties: , tab ; |.
// Whitespace when no candidate splits any line.
export function sniffDelimiter(sample: string[]): string {
  let best = ',';
  let bestScore = 0;
  const fields: string[] = [];
  for (const d of CANDIDATES) {
    const byCount = new Map<number, number>();
    for (const line of sample) {
      if (line.indexOf(d) === -1) continue;
      const n = splitDelimited(line, d, fields).length;
      if (n >= 2) byCount.set(n, (byCount.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, lines] of byCount) if (lines > score || (lines === score && n >= 4)) score = lines;
    if (score > bestScore) { best = d; bestScore = score; }
  }
  if (bestScore > 0) return best;
  const spaced = sample.filter((line) => splitDelimited(line, WHITESPACE, fields).length >= 4).length;
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
