// Schemas and parsers shared by several option definitions.
import { z } from 'zod';
import { CAMERA_SYNTAX, parseCameraKeyframes } from '../../camera/parse-camera.js';
import { compileClockFormat } from '../../clock/format-clock.js';
import { INTERMEDIATE_CODECS } from '../../encode/codecs.js';
import { PROJECTION_NAMES } from '../../map/map-spec.js';
import { MOVIE_TYPES } from '../../heatmap/heatmap-style.js';
import { ANCHORS } from '../../style/decoration-style.js';
import {
  parseBbox, parseColumn, parseDurationMs, parseInstantMs, parseIntStrict, parseNumber, parseRange, parseSize,
} from '../parse-values.js';
export const int = (min: number, max: number) => z.number().int().min(min).max(max);
export const durationMs = z.union([z.number().min(0), z.string().transform((s, ctx) => {
  try { return parseDurationMs(s); } catch { ctx.addIssue({ code: 'custom', message: 'bad duration' }); return z.NEVER; }
})]);
export const instant = z.union([z.number(), z.string().transform((s, ctx) => {
  try { return parseInstantMs(s); } catch { ctx.addIssue({ code: 'custom', message: 'bad time' }); return z.NEVER; }
})]);
// Camera keyframes (config form; the API also takes the --camera text).
export const cameraKeyframes = z.array(z.union([
  z.object({ time: instant, center: z.tuple([z.number().min(-360).max(360), z.number().min(-90).max(90)]), radiusKm: z.number().positive() }).strict(),
  z.object({ time: instant, bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }).strict(),
])).min(1);
// Checked with the options, before any data is read.
export const isClockFormat = (pattern: string): boolean => {
  try { compileClockFormat(pattern); return true; } catch { return false; }
};
export const column = z.union([z.number().int().min(0), z.string().min(1)]);
export const colorName = z.string().min(1);
// "a,b" -> [a, b], with the pair's names in the error.
export const parsePair = (raw: string, names: string): [number, number] => {
  try { return parseRange(raw); } catch { throw new Error(`two numbers ${names}`); }
};
export const list = (raw: string): string[] => raw.split(',').map((s) => s.trim()).filter(Boolean);
// Object ids compare as text; a config file may write numeric ids (MMSIs) as numbers.
export const objectIdList = z.array(z.union([z.string().min(1), z.number()])).transform((ids) => ids.map(String));
