// A user's own vector layer (--overlay: shipping lanes, zones, routes) as the MapSpec carries it:
// GeoJSON in lon/lat with polygon rings wound as d3 draws them, and its look.
import type { FeatureCollection } from 'geojson';

export interface OverlayLayer {
  // The file it was read from, for messages.
  name: string;
  features: FeatureCollection;
  color: string;
  // Line width in pixels of a 600-pixel-high frame.
  width: number;
  // Opacity of polygon fills (0: outlines only).
  fillOpacity: number;
}
