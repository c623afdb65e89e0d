// --overlay files read once by the coordinator into the MapSpec's layers, each with its look:
// its own colour, width and fill, else --overlay-color/-width/-fill, else the theme's colour.
import { TrackreelError } from '../errors/trackreel-error.js';
import type { OverlayLayer } from '../map/overlays/overlay-layer.js';
import { readOverlay } from '../map/overlays/read-overlay.js';
import { cssToRgb } from '../style/colormaps.js';
import type { ThemeName } from '../style/themes.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

// Clear of the trails' colour maps: a light blue on the dark sea, a deep blue on the pale one.
const OVERLAY_COLORS: Record<ThemeName, string> = { dark: '#3ec7ff', light: '#0b5fa5' };

function checkedColor(color: string, option: string): string {
  if (cssToRgb(color) === null) throw new TrackreelError('INVALID_OPTION', `Expected a CSS colour for ${option} but received ${JSON.stringify(color)}`, { context: { option } });
  return color;
}

export function readOverlays(map: ResolvedMovieOptions['map']): OverlayLayer[] {
  const fallback = map.overlayColor === null ? OVERLAY_COLORS[map.theme] : checkedColor(map.overlayColor, 'overlayColor');
  return map.overlays.map((entry) => ({
    name: entry.file,
    features: readOverlay(entry.file),
    color: entry.color === null ? fallback : checkedColor(entry.color, 'overlay'),
    width: entry.width ?? map.overlayWidth,
    fillOpacity: entry.fill ?? map.overlayFill,
  }));
}
