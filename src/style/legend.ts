// What the colour key shows: a colour bar for a numeric property, the objects' colours for
// colouring by id (only when there are few enough to tell apart), nothing for progress.
import { CATEGORY_PALETTE } from './colormaps.js';
import type { Legend, TrailStyle } from './trail-style.js';

export function buildLegend(style: TrailStyle, objectIds: readonly string[]): Legend | null {
  if (style.colorBy === 'progress') return null;
  if (style.colorBy === 'id') {
    if (objectIds.length > CATEGORY_PALETTE.length) return null;
    return { kind: 'categories', title: 'id', entries: objectIds.map((label, i) => ({ label, color: CATEGORY_PALETTE[i] })) };
  }
  return {
    kind: 'colorbar', title: style.colorBy, min: style.scalarMin, max: style.scalarMax,
    colormap: style.colormap, colormapRange: [...style.colormapRange],
  };
}
