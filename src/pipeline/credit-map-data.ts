// What the map's data requires of the movie: OpenStreetMap's credit on frames that show its
// coastline, and (for a moving camera, whose workers draw the map) its index built once here
// rather than by every worker at the same time.
import { maxZoom, type CameraTrack } from '../camera/camera-track.js';
import { detailForZoom } from '../camera/view-map-spec.js';
import type { MapSpec } from '../map/map-spec.js';
import { OSM_ATTRIBUTION } from '../map/osm-coast/coast-source.js';
import { ensureCoastIndex } from '../map/osm-coast/coast-index-cache.js';
import { withAttribution } from '../scene/map-overlays.js';
import type { UnpaintedScene } from '../scene/scene.js';
import type { Anchor } from '../style/decoration-style.js';

// Whether some frame draws OpenStreetMap land or coastlines (detail grows with the zoom).
export function showsOsmData(map: MapSpec, camera: CameraTrack | null): boolean {
  if (!map.layers.land && !map.layers.coastlines) return false;
  const detail = camera ? detailForZoom(map, Math.max(1, maxZoom(camera))) : map.detail;
  return detail === 'osm';
}

export function creditMapData(scene: UnpaintedScene, anchor: Anchor): UnpaintedScene {
  if (!showsOsmData(scene.map, scene.camera)) return scene;
  if (scene.camera) ensureCoastIndex();
  return { ...scene, overlays: withAttribution(scene.overlays, OSM_ATTRIBUTION, anchor) };
}
