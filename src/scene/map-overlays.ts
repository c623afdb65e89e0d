// Static overlays drawn over the basemap once, in the frame's own coordinates: they stay put when
// the map under them moves (a camera redraws only the basemap). Plain data for the Scene.
import type { Anchor } from '../style/decoration-style.js';

export interface MapOverlays {
  // A round distance about a fifth of the frame wide, measured at the frame's centre.
  scaleBar: { units: 'km' | 'mi'; anchor: Anchor } | null;
  // Points to true north at its own position.
  northArrow: { anchor: Anchor } | null;
  // PNG bytes (read and checked by the coordinator), drawn sizeFraction of the frame wide.
  logo: { png: Uint8Array; anchor: Anchor; sizeFraction: number } | null;
  // The credits the map's data requires (OpenStreetMap's, a basemap's), drawn small in one line;
  // absent or null: none.
  attribution?: { texts: string[]; anchor: Anchor } | null;
}

export const NO_OVERLAYS: MapOverlays = { scaleBar: null, northArrow: null, logo: null, attribution: null };

// The overlays with `text` added to the credits (once), at `anchor` unless they already have one.
export function withAttribution(overlays: MapOverlays, text: string, anchor: Anchor): MapOverlays {
  const current = overlays.attribution;
  if (current?.texts.includes(text)) return overlays;
  return { ...overlays, attribution: { texts: [...(current?.texts ?? []), text], anchor: current?.anchor ?? anchor } };
}
