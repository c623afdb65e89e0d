// The MapSpec a frame's view shows: the base map zoomed and shifted. d3 applies scale and
// translate after the projection proper, so this is exactly the affine view of the base map's
// pixels, for every projection; the Natural Earth detail follows the zoom.
import type { MapSpec } from '../map/map-spec.js';
import { chooseDetail } from '../map/resolve-map-spec.js';
import type { FrameView } from './camera-track.js';

export function basePixelsPerDegree(map: MapSpec): number {
  const midLat = ((map.extent[1] + map.extent[3]) / 2) * Math.PI / 180;
  return (map.scale * Math.PI / 180) / (map.projection === 'mercator' ? Math.cos(midLat) : 1);
}

// Natural Earth detail for the base map zoomed by `zoom` (the base map's own below zoom 1).
export function detailForZoom(map: MapSpec, zoom: number): MapSpec['detail'] {
  if (map.projection === 'cartesian' || zoom <= 1) return map.detail;
  return chooseDetail(basePixelsPerDegree(map) * zoom, map.coastlineSource);
}

export function viewMapSpec(map: MapSpec, view: FrameView): MapSpec {
  return {
    ...map,
    scale: map.scale * view.zoom,
    translate: [view.zoom * map.translate[0] + view.offsetX, view.zoom * map.translate[1] + view.offsetY],
    detail: detailForZoom(map, view.zoom),
  };
}
