// Options: How points become trajectories. One entry per option (see option-definition.ts).
import { z } from 'zod';
import { parseDurationMs, parseIntStrict, parseNumber } from '../parse-values.js';
import { int, durationMs, list, objectIdList } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';

export const ASSEMBLY_OPTIONS = [
  // assembly
  { key: 'separationTimeMs', group: 'assembly', flag: '--separation-time <duration>', description: 'Split a trajectory where consecutive points are further apart in time.',
    defaultText: '20m, or 10x the data\'s median step if longer', expected: 'a duration such as 20m', schema: durationMs, fromCli: parseDurationMs },
  { key: 'separationDistanceKm', group: 'assembly', flag: '--separation-distance <km>', description: 'Split a trajectory where consecutive points are further apart (km; plane units for cartesian data).',
    defaultText: '100, or 10x the data\'s 90th-percentile step if longer', expected: 'a number > 0', schema: z.number().positive(), fromCli: parseNumber },
  { key: 'minPoints', group: 'assembly', flag: '--min-points <n>', description: 'Drop trajectories with fewer points.',
    defaultText: '2', expected: 'an integer >= 1', schema: int(1, 1e9), fromCli: parseIntStrict },
  { key: 'objects', group: 'assembly', flag: '--objects <ids>', description: 'Only these object ids, comma-separated (config: an array); ids not in the data are reported.',
    defaultText: 'all', expected: 'a list of object ids', schema: objectIdList, fromCli: list },
  { key: 'exclude', group: 'assembly', flag: '--exclude <ids>', description: 'Leave out these object ids, comma-separated (config: an array).',
    defaultText: 'none', expected: 'a list of object ids', schema: objectIdList, fromCli: list },
] as const satisfies readonly OptionDefinition[];
