// Basemap geometry for a moving camera, projected once per worker into the base map's pixels and
// cut to the area any frame at that detail shows: each frame then only scales and shifts it (one
// multiply-add per point, in d3's geoIdentity) instead of re-projecting the world's coastlines.
// Built per Natural Earth detail on first use, from the scene alone, so every worker has the same.
import { geoIdentity, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { geoProject } from 'd3-geo-projection';
import { frameView, type FrameView } from '../../camera/camera-track.js';
import { detailForZoom } from '../../camera/view-map-spec.js';
import { basemapLayers, extraLayers } from '../../map/basemap-layers.js';
import { clipAreas, clipLines, visibleLonLatBox } from '../../map/clip-to-view.js';
import { createProjection } from '../../map/create-projection.js';
import type { MapSpec } from '../../map/map-spec.js';
import { osmLand, paddedBox } from './osm-land.js';
import type { Scene } from '../../scene/scene.js';

export interface PlanarLayerData {
  land: FeatureCollection | Feature;
  borders: MultiLineString;
  states: MultiLineString;
  coastlines: MultiLineString;
  lakes: FeatureCollection | Feature | null;
  provinces: MultiLineString | null;
  // OpenStreetMap land ('osm' detail; land is then empty): pixel rings filled with the nonzero rule.
  osmLand: Float64Array[] | null;
}

// What drawBasemap draws the layers from instead of projecting them itself.
export interface PlanarLayers {
  data: PlanarLayerData;
  // Base pixels -> frame pixels.
  view: FrameView;
}

// Frame pixels drawn beyond the frame's edge, for line widths (as drawBasemap's clip extent).
const EDGE = 8;

// The base-pixel box seen by the frames at each detail, widened by the edge margin.
function viewBoxesByDetail(scene: Scene): Map<MapSpec['detail'], [number, number, number, number]> {
  const boxes = new Map<MapSpec['detail'], [number, number, number, number]>();
  for (let k = 0; k < scene.timeline.frameCount; k++) {
    const v = frameView(scene, k);
    const detail = detailForZoom(scene.map, v.zoom);
    const x0 = (-EDGE - v.offsetX) / v.zoom; const x1 = (scene.width + EDGE - v.offsetX) / v.zoom;
    const y0 = (-EDGE - v.offsetY) / v.zoom; const y1 = (scene.height + EDGE - v.offsetY) / v.zoom;
    const b = boxes.get(detail);
    boxes.set(detail, b ? [Math.min(b[0], x0), Math.min(b[1], y0), Math.max(b[2], x1), Math.max(b[3], y1)] : [x0, y0, x1, y1]);
  }
  return boxes;
}

function buildLayers(map: MapSpec, detail: MapSpec['detail'], box: [number, number, number, number], maxZoom: number): PlanarLayerData {
  const [x0, y0, x1, y1] = box;
  // Resampled finely enough for the largest zoom (d3's default is 0.7 px at zoom 1).
  const projection = (createProjection(map) as GeoProjection).precision(0.7 / Math.max(1, maxZoom)).clipExtent([[x0, y0], [x1, y1]]);
  // The lon/lat box of the area, to skip far-away polygons before projecting them.
  const shifted = createProjection(map).translate([map.translate[0] - x0, map.translate[1] - y0]);
  const lonLat = visibleLonLatBox(shifted, x1 - x0, y1 - y0);
  const all = basemapLayers(detail);
  const { layers } = map;
  const extra = layers.lakes || layers.provinces ? extraLayers(detail) : null;
  const areas = <T extends FeatureCollection | Feature>(a: T): T => geoProject(lonLat ? clipAreas(a, lonLat) as T : a, projection);
  const lines = (l: MultiLineString): MultiLineString => geoProject(lonLat ? clipLines(l, lonLat) : l, projection);
  const none: MultiLineString = { type: 'MultiLineString', coordinates: [] };
  const osmBox = detail === 'osm' && (layers.land || layers.coastlines) ? paddedBox(visibleLonLatBox(shifted, x1 - x0, y1 - y0, 0)) : null;
  const osm = osmBox ? osmLand(map, createProjection(map), osmBox) : null;
  return {
    land: layers.land && !osm ? areas(all.land) : { type: 'FeatureCollection', features: [] },
    osmLand: layers.land && osm ? osm.rings : null,
    borders: layers.borders ? lines(all.borders) : none,
    states: layers.states ? lines(all.states) : none,
    coastlines: layers.coastlines ? lines(osm ? osm.coastlines : all.coastlines) : none,
    lakes: extra && layers.lakes ? areas(extra.lakes) : null,
    provinces: extra && layers.provinces ? lines(extra.provinces) : null,
  };
}

export interface PlanarBasemapCache {
  // The layers at `detail` for a frame seen through `view` (null for maps without those layers).
  layersFor(detail: MapSpec['detail'], view: FrameView): PlanarLayers | null;
}

export function createPlanarBasemapCache(scene: Scene): PlanarBasemapCache {
  const { map } = scene;
  const anyLayer = map.layers.land || map.layers.borders || map.layers.states || map.layers.coastlines || map.layers.lakes || map.layers.provinces;
  if (map.projection === 'cartesian' || !anyLayer) return { layersFor: () => null };
  let boxes: ReturnType<typeof viewBoxesByDetail> | null = null;
  let zoomMax = 1;
  const built = new Map<MapSpec['detail'], PlanarLayerData>();
  return {
    layersFor(detail, view) {
      let data = built.get(detail);
      if (!data) {
        if (!boxes) {
          boxes = viewBoxesByDetail(scene);
          for (let k = 0; k < scene.timeline.frameCount; k++) zoomMax = Math.max(zoomMax, frameView(scene, k).zoom);
        }
        const box = boxes.get(detail);
        if (!box) throw new Error(`no frame of this camera uses ${detail} detail`);
        data = buildLayers(map, detail, box, zoomMax);
        built.set(detail, data);
      }
      return { data, view };
    },
  };
}

// The affine frame view as a d3 projection of planar (base pixel) geometry, clipped to the frame.
export function planarViewProjection(view: FrameView, width: number, height: number): ReturnType<typeof geoIdentity> {
  return geoIdentity().scale(view.zoom).translate([view.offsetX, view.offsetY]).clipExtent([[-EDGE, -EDGE], [width + EDGE, height + EDGE]]);
}
