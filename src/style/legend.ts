// What the colour key shows: a colour bar for a numeric scalar (titled with its units), the
// categories' colours for a text property, the objects' colours for colouring by id (only when
// there are few enough to tell apart), nothing for progress.
import type { ScalarColumn } from './scalar-column.js';
import type { TrailStyle } from './trail-style.js';
import type { Legend } from './decoration-style.js';

export function buildLegend(style: TrailStyle, objectIds: readonly string[], coloring?: Pick<ScalarColumn, 'title' | 'categories'>): Legend | null {
  if (style.colorBy === 'progress') return null;
  const title = coloring?.title ?? style.colorBy;
  if (style.palette) {
    const palette = style.palette;
    if (coloring?.categories) {
      if (coloring.categories.length === 0) return null;
      return { kind: 'categories', title, entries: coloring.categories.map((label, i) => ({ label, color: palette[i] })) };
    }
    if (objectIds.length > palette.length) return null;
    return { kind: 'categories', title, entries: objectIds.map((label, i) => ({ label, color: palette[i] })) };
  }
  return {
    kind: 'colorbar', title, min: style.scalarMin, max: style.scalarMax,
    colormap: style.colormap, colormapRange: [...style.colormapRange],
  };
}
