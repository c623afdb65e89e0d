// The options a preview page may send: the look and the timeline only. The data set (input and
// assembly options) is fixed when the server starts, and nothing from a request may name a file or
// a program (output and execution options), so those groups are refused with a message.
import { TrackreelError } from '../errors/trackreel-error.js';
import { OPTIONS_BY_KEY, type OptionGroup } from '../options/option-definitions.js';
import { validateOptions, type ValidatedMovieOptions } from '../options/render-options.js';
import { resolveMovieOptions, type ResolvedMovieOptions } from '../pipeline/resolve-movie-options.js';
import { resolveWithData } from '../pipeline/resolve-with-data.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

const PAGE_GROUPS: readonly OptionGroup[] = ['timeline', 'map', 'style', 'decorations'];
import { checkJsonDepth, checkSize, DEFAULT_RENDER_LIMITS, type RenderLimits } from './render-limits.js';

// ~ only as a home folder (~, ~/x, ~user/x): "~ NY Harbor ~" is a title, not a path.
const PATH_LIKE = /(^|[\\/])\.\.([\\/]|$)|^[\\/]|^~[\w.-]*([\\/]|$)|^[A-Za-z]:[\\/]|\0/;

const bad = (message: string, option?: string): TrackreelError =>
  new TrackreelError('INVALID_OPTION', message, option ? { context: { option } } : {});

function rejectPathLike(key: string, value: unknown): void {
  const strings = Array.isArray(value) ? value : [value];
  for (const s of strings) {
    if (typeof s === 'string' && PATH_LIKE.test(s)) {
      throw bad(`Expected no file path for ${key} but received ${JSON.stringify(s)}: the preview only renders the data it was started with`, key);
    }
  }
}

// JSON text (the `options` query parameter or a POST body field) -> validated page options.
export function parsePageOptions(raw: unknown, limits: RenderLimits = DEFAULT_RENDER_LIMITS): ValidatedMovieOptions {
  let value = raw;
  if (typeof raw === 'string') {
    rejectPathLike('options', raw.trim().startsWith('{') ? '' : raw);
    try { value = JSON.parse(raw); } catch { throw bad(`Expected JSON options such as {"theme":"light"} but received ${JSON.stringify(raw.slice(0, 80))}`, 'options'); }
  }
  if (value === undefined || value === null) return {};
  checkJsonDepth(value, 'options');
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) rejectPathLike(key, v);
  }
  const validated = validateOptions<ValidatedMovieOptions>(value, []);
  for (const key of Object.keys(validated)) {
    const group = OPTIONS_BY_KEY.get(key)?.group;
    if (group && !PAGE_GROUPS.includes(group)) {
      throw bad(`${key} cannot be changed from the preview page (${/^[aeiou]/.test(group) ? 'an' : 'a'} ${group} option); restart trackreel preview with it`, key);
    }
  }
  checkSize(validated.size, limits);
  return validated;
}

// The server's start options (from its command line), overridden by the page's.
// With the data, options left out take their defaults from it, as in a render.
export function mergePageOptions(base: ValidatedMovieOptions, page: ValidatedMovieOptions, trajectories?: TrajectorySet): { merged: ValidatedMovieOptions; resolved: ResolvedMovieOptions; key: string } {
  const merged = { ...base, ...page } as ValidatedMovieOptions;
  const resolved = trajectories ? resolveWithData(merged, trajectories).resolved : resolveMovieOptions(merged);
  return { merged, resolved, key: stableJson({ map: resolved.map, style: resolved.style, decorations: resolved.decorations, timeline: resolved.timeline, heatmap: resolved.heatmap, camera: resolved.camera }) };
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v));
}
