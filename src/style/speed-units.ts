// The unit speeds are shown in (--speed-units): the derived speed (computed in km/h) and AIS
// speed over ground (SOG, in knots by the standard) are converted to it, so a colour key, a label
// and `info` all say the same unit. x/y (cartesian) data keeps its own units per second.
export { knotsProperties } from '../input/ais-columns.js';

export const SPEED_UNITS = ['kn', 'km/h', 'mph'] as const;
export type SpeedUnit = (typeof SPEED_UNITS)[number];

const KMH_PER_UNIT: Record<SpeedUnit, number> = { 'km/h': 1, kn: 1.852, mph: 1.609344 };

export const kmhTo = (kmh: number, unit: SpeedUnit): number => kmh / KMH_PER_UNIT[unit];
export const knotsTo = (knots: number, unit: SpeedUnit): number => (knots * KMH_PER_UNIT.kn) / KMH_PER_UNIT[unit];

// Knots for data with an AIS speed over ground (ships are measured in knots), else km/h.
export function defaultSpeedUnit(knots: readonly string[]): SpeedUnit {
  return knots.length > 0 ? 'kn' : 'km/h';
}

// True when colouring by (or labelling with) `name` shows a speed the unit applies to: a knots
// property, or the derived speed when no property of that name hides it.
export function showsSpeed(name: string | null | undefined, numeric: readonly string[], knots: readonly string[], text: readonly string[] = []): boolean {
  if (!name) return false;
  if (knots.includes(name)) return true;
  return name === 'speed' && !numeric.includes(name) && !text.includes(name);
}
