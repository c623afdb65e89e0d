// Commander flags generated from OPTION_DEFINITIONS, and the way back: the flags a user actually
// typed -> MovieOptions (flags left out stay undefined, so a --config file's values survive).
import { Command, Option } from 'commander';
import { TrackreelError } from '../errors/trackreel-error.js';
import { OPTION_DEFINITIONS, type OptionDefinition, type OptionGroup } from '../options/option-definitions.js';
import type { MovieOptions } from '../options/render-options.js';

// The options each kind of command uses: whole groups, plus single keys of groups it otherwise
// has no use for. A still draws one frame into a PNG, so of the output group only the logo (drawn
// in the frame) and --overwrite apply, and no execution option does.
const PICTURE_GROUPS: readonly OptionGroup[] = ['input', 'assembly', 'timeline', 'map', 'style', 'decorations'];
export const OPTIONS_BY_COMMAND: Record<'movie' | 'still' | 'input', { groups: readonly OptionGroup[]; keys: readonly string[] }> = {
  movie: { groups: [...PICTURE_GROUPS, 'output', 'execution'], keys: [] },
  still: { groups: PICTURE_GROUPS, keys: ['logo', 'overwrite'] },
  input: { groups: ['input', 'assembly'], keys: ['speedUnits'] },
};

function helpText(def: OptionDefinition): string {
  return def.defaultText ? `${def.description} (default: ${def.defaultText})` : def.description;
}

export function addOptionFlags(command: Command, which: keyof typeof OPTIONS_BY_COMMAND): Command {
  const { groups, keys } = OPTIONS_BY_COMMAND[which];
  for (const def of OPTION_DEFINITIONS as readonly OptionDefinition[]) {
    if (!groups.includes(def.group) && !keys.includes(def.key)) continue;
    const option = new Option(def.flag, helpText(def));
    // Commander would otherwise set --no-x flags to true by default, hiding config-file values.
    if (option.negate) option.default(undefined);
    if (def.repeatable) option.argParser((value: string, previous: unknown) => [...(Array.isArray(previous) ? previous as string[] : []), value]);
    command.addOption(option);
  }
  return command;
}

// Only the flags given on the command line, converted with each option's own parser.
export function movieOptionsFromFlags(command: Command): MovieOptions {
  const values = command.opts();
  const out: Record<string, unknown> = {};
  for (const def of OPTION_DEFINITIONS as readonly OptionDefinition[]) {
    const attribute = new Option(def.flag).attributeName();
    if (command.getOptionValueSource(attribute) !== 'cli') continue;
    const raw = values[attribute] as unknown;
    if (Array.isArray(raw) && def.fromCli) {
      const convert = def.fromCli;
      out[def.key] = raw.map((value) => fromCliOrThrow(def, convert, value as string));
      continue;
    }
    if (typeof raw !== 'string' || !def.fromCli) { out[def.key] = raw; continue; }
    out[def.key] = fromCliOrThrow(def, def.fromCli, raw);
  }
  return out as MovieOptions;
}

function fromCliOrThrow(def: OptionDefinition, convert: (raw: string) => unknown, raw: string): unknown {
  try {
    return convert(raw);
  } catch (error) {
    const flag = def.flag.split(' ')[0];
    throw new TrackreelError('INVALID_OPTION', `Expected ${(error as Error).message || def.expected} for ${flag} but received ${JSON.stringify(raw)}`,
      { context: { option: def.key } });
  }
}
