// Parsers for human-friendly option values ("30m", "1920x1080", "-75,40,-73,41", ISO times).
// Each throws a plain Error whose message says what was expected; callers add the option name.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

// "90" (seconds), "90s", "5m", "1h30m", "1500ms", "2d" -> milliseconds.
export function parseDurationMs(value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const re = /(\d+(?:\.\d+)?)\s*(ms|sec|min|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) { total += Number(m[1]) * UNIT_MS[m[2]]; matched = re.lastIndex; }
  if (matched === 0 || matched !== text.length) throw new Error('a duration such as 90s, 5m, 1h30m or 1500ms');
  return total;
}

// Milliseconds -> the duration as a person would type it for parseDurationMs ("45m", "1h30m",
// "2d3h", "90s", "1500ms"): whole units from days down, ms only below a second or for a remainder.
export function formatDurationFlag(ms: number): string {
  let rest = Math.round(ms);
  if (rest <= 0) return '0s';
  let out = '';
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) { out += `${n}${unit}`; rest -= n * size; }
  }
  return rest > 0 ? `${out}${rest}ms` : out;
}

// "1920x1080" -> [1920, 1080].
export function parseSize(value: string): [number, number] {
  const m = /^\s*(\d+)\s*[x×,]\s*(\d+)\s*$/i.exec(value);
  if (!m) throw new Error('a size WIDTHxHEIGHT such as 1920x1080');
  return [Number(m[1]), Number(m[2])];
}

// "minLon,minLat,maxLon,maxLat" -> numbers.
export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) throw new Error('four numbers minLon,minLat,maxLon,maxLat');
  return parts as [number, number, number, number];
}

// "0,30" -> [0, 30].
export function parseRange(value: string): [number, number] {
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p))) throw new Error('two numbers MIN,MAX');
  return parts as [number, number];
}

// An ISO 8601 time (a time without zone is UTC), or epoch milliseconds -> epoch ms.
export function parseInstantMs(value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (/^-?\d+$/.test(text)) return Number(text);
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(text);
  const iso = text.replace(' ', 'T');
  const ms = Date.parse(hasZone || !/T\d/.test(iso) ? iso : `${iso}Z`);
  if (!Number.isFinite(ms)) throw new Error('an ISO 8601 time such as 2020-06-30T00:30:00Z');
  // A bare date ("2020-06-30") parses as UTC midnight in JavaScript already.
  return ms;
}

export function parseIntStrict(value: string): number {
  if (!/^[+-]?\d+$/.test(value.trim())) throw new Error('an integer');
  return Number(value);
}

export function parseNumber(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error('a number');
  return n;
}

// A column given as a 0-based index ("2") or a header name ("LON").
export function parseColumn(value: string): number | string {
  return /^\d+$/.test(value.trim()) ? Number(value) : value;
}
