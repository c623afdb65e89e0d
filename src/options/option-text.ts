// An option's value written back as a person types it on the command line (and in the preview
// page's fields): durations as "45m" rather than 2700000 ms, times as ISO 8601, sizes as 1280x720,
// lists comma-separated, camera keyframes in --camera's own syntax.
import { formatDurationFlag } from './parse-values.js';

interface Keyframe { time: number | string; bbox?: number[]; center?: number[]; radiusKm?: number }

const keyframeText = (kf: Keyframe): string => {
  const time = typeof kf.time === 'number' ? new Date(kf.time).toISOString() : kf.time;
  return kf.bbox ? `${time}@${kf.bbox.join(',')}` : `${time}@${(kf.center ?? []).join(',')},${kf.radiusKm}km`;
};

export function optionText(key: string, value: unknown): string {
  if (key === 'startTime' || key === 'endTime') return typeof value === 'number' ? new Date(value).toISOString() : String(value);
  if (typeof value === 'number' && key.endsWith('Ms')) return formatDurationFlag(value);
  if (key === 'camera' && Array.isArray(value)) return (value as Keyframe[]).map(keyframeText).join(';');
  if (key === 'size' && Array.isArray(value)) return value.join('x');
  if (key === 'encoderArgs' && Array.isArray(value)) return value.join(' ');
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

// Every option of a set as its text (objects that have no flag form, such as overlay entries with
// their own colours, are left out).
export function optionTexts(options: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) ? value.some((v) => typeof v === 'object' && key !== 'camera') : typeof value === 'object') continue;
    out[key] = optionText(key, value);
  }
  return out;
}
