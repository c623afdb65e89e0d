// Commander flags generated from OPTION_DEFINITIONS, and the way back: the flags a user actually
// typed -> MovieOptions (flags left out stay undefined, so a --config file's values survive).
import { Command, Option } from 'commander';
import { TrackreelError } from '../errors/trackreel-error.js';
import { OPTION_DEFINITIONS, type OptionDefinition, type OptionGroup } from '../options/option-definitions.js';
import type { MovieOptions } from '../options/render-options.js';

const GROUPS_BY_COMMAND: Record<'movie' | 'input', readonly OptionGroup[]> = {
  movie: ['input', 'assembly', 'timeline', 'map', 'style', 'decorations', 'output', 'execution'],
  input: ['input', 'assembly'],
};

function helpText(def: OptionDefinition): string {
  return def.defaultText ? `${def.description} (default: ${def.defaultText})` : def.description;
}

export function addOptionFlags(command: Command, which: keyof typeof GROUPS_BY_COMMAND): Command {
  const groups = GROUPS_BY_COMMAND[which];
  for (const def of OPTION_DEFINITIONS as readonly OptionDefinition[]) {
    if (!groups.includes(def.group)) continue;
    const option = new Option(def.flag, helpText(def));
    // Commander would otherwise set --no-x flags to true by default, hiding config-file values.
    if (option.negate) option.default(undefined);
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
    if (typeof raw !== 'string' || !def.fromCli) { out[def.key] = raw; continue; }
    try {
      out[def.key] = def.fromCli(raw);
    } catch (error) {
      const flag = def.flag.split(' ')[0];
      throw new TrackreelError('INVALID_OPTION', `Expected ${(error as Error).message || def.expected} for ${flag} but received ${JSON.stringify(raw)}`,
        { context: { option: def.key } });
    }
  }
  return out as MovieOptions;
}
