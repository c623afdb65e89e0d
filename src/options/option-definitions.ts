// One definition per option: its API/config key, CLI flag, parser, validation, default and docs.
// The zod schema, the commander flags and the README's option table are all generated from this
// table, kept by group in definitions/ (one file per group, in the order the README lists them).
import { INPUT_OPTIONS } from './definitions/input-options.js';
import { ASSEMBLY_OPTIONS } from './definitions/assembly-options.js';
import { TIMELINE_OPTIONS } from './definitions/timeline-options.js';
import { MAP_OPTIONS } from './definitions/map-options.js';
import { STYLE_OPTIONS } from './definitions/style-options.js';
import { DECORATIONS_OPTIONS } from './definitions/decorations-options.js';
import { OUTPUT_OPTIONS } from './definitions/output-options.js';
import { EXECUTION_OPTIONS } from './definitions/execution-options.js';
import type { OptionDefinition } from './definitions/option-definition.js';

export type { OptionDefinition, OptionGroup } from './definitions/option-definition.js';

export const OPTION_DEFINITIONS = [
  ...INPUT_OPTIONS,
  ...ASSEMBLY_OPTIONS,
  ...TIMELINE_OPTIONS,
  ...MAP_OPTIONS,
  ...STYLE_OPTIONS,
  ...DECORATIONS_OPTIONS,
  ...OUTPUT_OPTIONS,
  ...EXECUTION_OPTIONS,
] as const satisfies readonly OptionDefinition[];

export type OptionKey = (typeof OPTION_DEFINITIONS)[number]['key'];

export const OPTIONS_BY_KEY: ReadonlyMap<string, OptionDefinition> = new Map(OPTION_DEFINITIONS.map((d) => [d.key, d as OptionDefinition]));
