// Fills in the options left out that have a default read from the data (a `fromData` in
// OPTION_DEFINITIONS), in definition order, and says which it filled and with what: the render
// summary prints them with their flag and the result returns them.
import type { DataFacts } from '../trajectory/data-facts.js';
import { OPTION_DEFINITIONS, type OptionDefinition } from './option-definitions.js';
import { optionText } from './option-text.js';
import type { ValidatedMovieOptions } from './render-options.js';

export interface AppliedDefault {
  key: string;
  // The flag that overrides it, e.g. "--trail".
  flag: string;
  value: unknown;
  // The value as it would be typed after the flag ("3m12s").
  text: string;
}

const typed = (key: string, value: unknown): string => (typeof value === 'boolean' ? (value ? 'on' : 'off') : optionText(key, value));

export function applyDataDefaults<T extends ValidatedMovieOptions>(options: T, facts: DataFacts): { options: T; applied: AppliedDefault[] } {
  const values: Record<string, unknown> = { ...options };
  const applied: AppliedDefault[] = [];
  for (const def of OPTION_DEFINITIONS as readonly OptionDefinition[]) {
    if (!def.fromData || values[def.key] !== undefined) continue;
    const value = def.fromData({ facts, values });
    // undefined: this data has no default of its own for the option.
    if (value === undefined) continue;
    values[def.key] = value;
    applied.push({ key: def.key, flag: def.flag.split(' ')[0], value, text: typed(def.key, value) });
  }
  return { options: values as T, applied };
}

// "defaults: --duration 1m, --trail 1h5m (from the data), --size 1280x720; a flag changes one".
export function describeAppliedDefaults(applied: readonly AppliedDefault[], fixed: readonly AppliedDefault[] = []): string | null {
  if (applied.length + fixed.length === 0) return null;
  const list = (items: readonly AppliedDefault[]): string => items.map((a) => `${a.flag} ${a.text}`).join(', ');
  const parts = [applied.length ? `${list(applied)} (from the data)` : '', list(fixed)].filter(Boolean);
  return `defaults: ${parts.join(', ')}; give a flag to change one`;
}
