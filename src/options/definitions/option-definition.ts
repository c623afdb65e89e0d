// The shape of one option's definition (the tables beside this file hold one per option).
import type { z } from 'zod';
import type { DataDefault } from '../data-defaults.js';

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
  // The flag may be given several times: the API value is the list of the values given.
  repeatable?: boolean;
  // The default read from the data when the option is not given (see ../data-defaults.ts); it is
  // printed in the render summary with the flag and returned in the result.
  fromData?: DataDefault;
}
