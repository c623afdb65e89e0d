// The shape of one option's definition (the tables beside this file hold one per option).
import type { z } from 'zod';

export type OptionGroup = 'input' | 'assembly' | 'timeline' | 'map' | 'style' | 'decorations' | 'output' | 'execution';

export interface OptionDefinition {
  key: string;
  group: OptionGroup;
  // Commander flag syntax; a boolean defaulting to true is a '--no-x' flag.
  flag: string;
  description: string;
  // Human text for the default in help and docs.
  defaultText?: string;
  // What a valid value is, for error messages ("Expected <expected> for <key> ...").
  expected: string;
  schema: z.ZodType;
  // Turns the CLI string into the API value; absent for booleans.
  fromCli?: (raw: string) => unknown;
}
