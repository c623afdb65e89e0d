// Options: Which times the frames show. One entry per option (see option-definition.ts).
import { z } from 'zod';
import { parseDurationMs, parseInstantMs, parseIntStrict } from '../parse-values.js';
import { int, durationMs, instant } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';
import { defaultDurationMs, defaultSkipIdle, defaultTrailMs } from '../data-defaults.js';

export const TIMELINE_OPTIONS = [
  // timeline
  { key: 'fps', group: 'timeline', flag: '--fps <n>', description: 'Frames per second.',
    defaultText: '30', expected: 'an integer between 1 and 240', schema: int(1, 240), fromCli: parseIntStrict },
  { key: 'skipIdle', group: 'timeline', flag: '--skip-idle [on|off]', description: 'Run through stretches where nothing is visible in a short pause (the clock keeps the true time; a marker such as "+6 h 12 min" says what was skipped).',
    defaultText: 'on when more than a third of the movie would show nothing', fromData: defaultSkipIdle, expected: 'on or off (a boolean)', schema: z.boolean(),
    fromCli: (raw: string) => { const v = raw.trim().toLowerCase(); if (['on', 'true', 'yes'].includes(v)) return true; if (['off', 'false', 'no'].includes(v)) return false; throw new Error('on or off'); } },
  { key: 'durationMs', group: 'timeline', flag: '--duration <duration>', description: 'Length of the movie (a bare number is seconds).',
    defaultText: 'from the data: its span in real time, between 10 s and 60 s (5 s when every point has one time)', fromData: defaultDurationMs, expected: 'a duration such as 60 or 2m', schema: durationMs, fromCli: parseDurationMs },
  { key: 'startTime', group: 'timeline', flag: '--start <time>', description: 'Time shown by the first frame (ISO 8601; without a zone, UTC).',
    defaultText: 'first point', expected: 'an ISO 8601 time', schema: instant, fromCli: parseInstantMs },
  { key: 'endTime', group: 'timeline', flag: '--end <time>', description: 'Time shown by the last frame.',
    defaultText: 'last point', expected: 'an ISO 8601 time', schema: instant, fromCli: parseInstantMs },
  { key: 'trailDurationMs', group: 'timeline', flag: '--trail <duration>', description: 'How far back in time each trail reaches (and how long a one-position object\'s dot shows).',
    defaultText: 'from the data: about 3 s of movie time, at least 3 sampling steps, at most a third of the span', fromData: defaultTrailMs, expected: 'a duration such as 30m', schema: durationMs, fromCli: parseDurationMs },
] as const satisfies readonly OptionDefinition[];
