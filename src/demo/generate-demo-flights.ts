// The demo's data: deterministic great-circle flights between real cities over one day, written
// as a tracktable point file (object_id, timestamp, lon, lat, altitude, speed), so the demo
// renders a real movie without downloading anything.
import { geoDistance, geoInterpolate } from 'd3-geo';
import { DEMO_CITIES } from './demo-cities.js';

export interface DemoFlightsOptions {
  flights: number;
  // The day the flights depart on (UTC midnight, epoch ms).
  dayStartMs: number;
  // Seconds between reported positions.
  reportIntervalSec: number;
  seed: number;
}

export const DEFAULT_DEMO_FLIGHTS: DemoFlightsOptions = {
  flights: 120, dayStartMs: Date.UTC(2024, 5, 1), reportIntervalSec: 60, seed: 20240601,
};

const EARTH_RADIUS_KM = 6371;
const CRUISE_KMH = 850;
const CRUISE_ALTITUDE_M = 11_000;

// mulberry32: a tiny seeded generator, so every run (and every test) sees the same flights.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function crossesAntimeridian(from: { lon: number; lat: number }, to: { lon: number; lat: number }): boolean {
  const along = geoInterpolate([from.lon, from.lat], [to.lon, to.lat]);
  let previous = from.lon;
  for (let i = 1; i <= 64; i++) {
    const lon = along(i / 64)[0];
    if (Math.abs(lon - previous) > 180) return true;
    previous = lon;
  }
  return false;
}

export function generateDemoFlights(options: DemoFlightsOptions = DEFAULT_DEMO_FLIGHTS): string {
  const next = random(options.seed);
  const lines = ['# object_id,timestamp,longitude,latitude,altitude,speed'];
  for (let f = 0; f < options.flights; f++) {
    const from = DEMO_CITIES[Math.floor(next() * DEMO_CITIES.length)];
    let to = DEMO_CITIES[Math.floor(next() * DEMO_CITIES.length)];
    // Routes over the antimeridian would wrap across the whole world map; pick another city.
    for (let i = 1; to === from || crossesAntimeridian(from, to); i++) to = DEMO_CITIES[(DEMO_CITIES.indexOf(to) + i) % DEMO_CITIES.length];
    const a: [number, number] = [from.lon, from.lat];
    const b: [number, number] = [to.lon, to.lat];
    const km = geoDistance(a, b) * EARTH_RADIUS_KM;
    const durationSec = (km / CRUISE_KMH) * 3600 + 1800;
    // Departures spread over the day; long flights leave early enough to land the same day or next.
    const departMs = options.dayStartMs + Math.floor(next() * 20 * 3600) * 1000;
    const steps = Math.max(2, Math.ceil(durationSec / options.reportIntervalSec));
    const along = geoInterpolate(a, b);
    const id = `DEMO${String(f + 1).padStart(3, '0')}`;
    for (let s = 0; s <= steps; s++) {
      const u = s / steps;
      const [lon, lat] = along(u);
      // Climb over the first and descend over the last 10% of the flight.
      const climb = Math.min(1, u / 0.1, (1 - u) / 0.1);
      const altitude = Math.round(CRUISE_ALTITUDE_M * climb);
      const speed = Math.round(250 + (CRUISE_KMH - 250) * climb);
      const time = new Date(departMs + Math.round(u * durationSec) * 1000).toISOString().replace('.000Z', 'Z');
      lines.push(`${id},${time},${lon.toFixed(5)},${lat.toFixed(5)},${altitude},${speed}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
