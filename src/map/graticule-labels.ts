// Where the graticule's lines leave the frame: meridians are labelled at the bottom edge and
// parallels at the left edge, found by walking each line in projected pixels (in a conic or on a
// globe they are curves, so the crossing is not simply the projected longitude).
import { visibleLonLatBox } from './clip-to-view.js';
import { createProjection } from './create-projection.js';
import type { MapSpec } from './map-spec.js';

export interface EdgeLabel {
  text: string;
  // The crossing: x along the bottom edge (y = height) or y along the left edge (x = 0).
  x: number;
  y: number;
  edge: 'bottom' | 'left';
}

const SAMPLES = 400;

// 74.5 -> "74.5°E"; the decimals the step needs and no more.
export function formatDegrees(value: number, positive: string, negative: string, step: number): string {
  const decimals = Math.min(4, (String(step).split('.')[1] ?? '').length);
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0 || (positive === 'E' && Number(text) === 180)) return `${text}°`;
  return `${text}°${value > 0 ? positive : negative}`;
}

// The first point where the polyline through `points` crosses coordinate `edge` on axis `axis`.
function crossing(points: Array<[number, number] | null>, axis: 0 | 1, edge: number): [number, number] | null {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const da = a[axis] - edge;
    const db = b[axis] - edge;
    if (da === 0) return a;
    if (da * db < 0) {
      const t = da / (da - db);
      // A seam (the globe's limb, a wrapped meridian) jumps across the frame: not a crossing.
      if (Math.abs(b[1 - axis] - a[1 - axis]) > 200) continue;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
  }
  return null;
}

export function graticuleEdgeLabels(spec: MapSpec, width: number, height: number): EdgeLabel[] {
  if (spec.projection === 'cartesian') return [];
  const projection = createProjection(spec);
  const project = projection as unknown as (p: [number, number]) => [number, number] | null;
  const step = spec.graticuleStepDeg;
  const box = visibleLonLatBox(projection, width, height, step) ?? [-180, -90, 180, 90];
  const [lon0, lat0, lon1, lat1] = [box[0], Math.max(-90, box[1]), box[2], Math.min(90, box[3])];
  // On a globe, points on the far side project onto the near side: keep only the near half.
  const facing = spec.projection === 'orthographic' ? [-spec.rotate[0], -spec.rotate[1]] : null;
  const visible = (lon: number, lat: number): boolean => {
    if (!facing) return true;
    const r = Math.PI / 180;
    const cos = Math.sin(lat * r) * Math.sin(facing[1] * r) + Math.cos(lat * r) * Math.cos(facing[1] * r) * Math.cos((lon - facing[0]) * r);
    return cos > 0.01;
  };
  const sample = (from: number, to: number, at: (v: number) => [number, number]): Array<[number, number] | null> =>
    Array.from({ length: SAMPLES + 1 }, (_, i) => {
      const p = at(from + ((to - from) * i) / SAMPLES);
      return visible(p[0], p[1]) ? project(p) : null;
    });
  const labels: EdgeLabel[] = [];
  for (let k = Math.ceil(lon0 / step); k * step <= lon1; k++) {
    const lon = k * step;
    const hit = crossing(sample(lat0, lat1, (lat) => [lon, lat]), 1, height);
    const wrapped = ((lon + 540) % 360) - 180;
    if (hit && hit[0] >= 0 && hit[0] <= width) labels.push({ text: formatDegrees(wrapped, 'E', 'W', step), x: hit[0], y: height, edge: 'bottom' });
  }
  for (let k = Math.ceil(lat0 / step); k * step <= lat1; k++) {
    const lat = k * step;
    if (Math.abs(lat) >= 90) continue;
    const hit = crossing(sample(lon0, lon1, (lon) => [lon, lat]), 0, 0);
    if (hit && hit[1] >= 0 && hit[1] <= height) labels.push({ text: formatDegrees(lat, 'N', 'S', step), x: 0, y: hit[1], edge: 'left' });
  }
  return labels;
}
