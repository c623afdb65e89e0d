// How the decorations look and where they sit: the clock, title, colour key (drawn by
// render/decorations/). Lengths are in pixels of a 600-pixel-high frame.
import type { ClockFormat } from '../clock/format-clock.js';

// Where text and legends sit in the frame.
export const ANCHORS = ['top-left', 'top', 'top-right', 'bottom-left', 'bottom', 'bottom-right'] as const;
export type Anchor = (typeof ANCHORS)[number];

export interface ClockStyle extends ClockFormat {
  show: boolean;
  color: string;
  anchor: Anchor;
  // 'digital' text, or tracktable's 'analog' dial (drawn into the background; only the hands
  // are drawn per frame).
  kind: 'digital' | 'analog';
}

// A colour bar for a numeric property or a legend of categories, drawn into the background.
export type Legend =
  | { kind: 'colorbar'; title: string; min: number; max: number; colormap: string; colormapRange: [number, number] }
  | { kind: 'categories'; title: string; entries: Array<{ label: string; color: string }> };

export interface Decorations {
  clock: ClockStyle;
  title: string | null;
  subtitle: string | null;
  titleAnchor: Anchor;
  textColor: string;
  legend: Legend | null;
  // Where the colour key goes; null = the first corner free of the clock and the title.
  legendAnchor: Anchor | null;
  // --color-label: the key's title instead of the property's name.
  colorLabel: string | null;
}
