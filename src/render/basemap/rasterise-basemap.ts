// The basemap of a moving-camera frame drawn in JS straight into the frame: polygons with the
// accumulation filler, lines with the capsule rasteriser, from the layers cached in base pixels
// (planar-basemap.ts). The same layers, order, colours and widths as drawBasemap, without Skia:
// at 1080p, reading Skia's pixels back alone cost 20-50 ms a frame on this machine. Text layers
// (graticule labels, cities) need Skia, so maps with them use drawBasemap instead.
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FrameView } from '../../camera/camera-track.js';
import { visibleGraticule } from '../../map/clip-to-view.js';
import { createProjection } from '../../map/create-projection.js';
import type { LineLayerName, MapSpec } from '../../map/map-spec.js';
import { cssToRgb } from '../../style/colormaps.js';
import { isRectangular } from './draw-basemap.js';
import { drawCapsule } from '../raster/draw-capsule.js';
import { createLineStroker, createPolygonFiller } from '../raster/fill-polygons.js';
import { createRingTracer, type RingSink } from './osm-land.js';
import { planarViewProjection, type PlanarLayers } from './planar-basemap.js';
import type { RgbaImage } from '../raster/rgba-image.js';

// The layers this file and planar-basemap.ts know; a map with any other layer on is drawn by
// drawBasemap itself (a layer added there then still appears, only slower).
const GEOMETRY_LAYERS: ReadonlySet<string> = new Set(['land', 'lakes', 'coastlines', 'borders', 'states', 'provinces', 'graticule']);

export function onlyKnownLayers(map: MapSpec): boolean {
  return Object.entries(map.layers).every(([name, on]) => !on || GEOMETRY_LAYERS.has(name) || name === 'graticuleLabels' || name === 'cities');
}

// Text layers and --overlay layers (translucent fills) are drawn by Skia.
export function canRasteriseInJs(map: MapSpec): boolean {
  return onlyKnownLayers(map) && !map.layers.graticuleLabels && !(map.layers.cities && map.cities.length > 0) && map.overlays.length === 0;
}

type PathSink = Parameters<typeof geoPath>[1];

export interface BasemapRasteriser {
  // Draws `spec` (the frame's view of the map) over every pixel of img.
  draw(img: RgbaImage, spec: MapSpec, view: FrameView, planar: PlanarLayers | null): void;
}

export function createBasemapRasteriser(width: number, height: number): BasemapRasteriser {
  const filler = createPolygonFiller(width, height);
  const tracer = createRingTracer(width, height);
  const rgbOf = (css: string): number => cssToRgb(css) ?? 0;
  return {
    draw(img, spec, view, planar) {
      const { layers, colors } = spec;
      const rectangular = isRectangular(spec);
      // Opaque background: little-endian RGBA as one 32-bit word.
      const bg = rgbOf(rectangular ? colors.sea : colors.space);
      new Uint32Array(img.data.buffer, img.data.byteOffset, width * height).fill((0xff000000 | ((bg & 255) << 16) | (bg & 0xff00) | (bg >> 16)) >>> 0);
      const anyLayer = Object.values(layers).some(Boolean);
      if (spec.projection === 'cartesian' || (rectangular && !anyLayer)) return;
      const projection = createProjection(spec).clipExtent([[-8, -8], [width + 8, height + 8]]);
      const lonLatPath = (object: GeoPermissibleObjects, sink: PathSink): void => {
        geoPath(projection as Parameters<typeof geoPath>[0], sink)(object);
      };
      const planarPath = (object: GeoPermissibleObjects, sink: PathSink): void => {
        geoPath(planarViewProjection(view, width, height), sink)(object);
      };
      const stroke = (color: string, layer: LineLayerName, draw: (sink: PathSink) => void): void => {
        const radius = Math.max(0.5, spec.lineWidths[layer] * spec.lineScale) / 2;
        const rgb = rgbOf(color);
        draw(createLineStroker((x0, y0, x1, y1, skipStart) => drawCapsule(img, x0, y0, x1, y1, radius, rgb, skipStart)) as unknown as PathSink);
      };
      const fill = (color: string, draw: (sink: PathSink) => void): void => {
        draw(filler as unknown as PathSink);
        filler.fill(img, rgbOf(color));
      };
      if (!rectangular) fill(colors.sea, (sink) => lonLatPath({ type: 'Sphere' }, sink));
      if (layers.graticule) {
        const graticule = visibleGraticule(projection, width, height, spec.graticuleStepDeg);
        stroke(colors.graticule, 'graticule', (sink) => lonLatPath(graticule, sink));
      }
      if (planar) {
        const { data } = planar;
        if (layers.land) {
          fill(colors.land, (sink) => {
            planarPath(data.land, sink);
            if (data.osmLand) tracer.trace(sink as unknown as RingSink, data.osmLand, view);
          });
        }
        if (data.lakes) {
          const lakes = data.lakes;
          fill(colors.lakes, (sink) => planarPath(lakes, sink));
          stroke(colors.coastlines, 'lakes', (sink) => planarPath(lakes, sink));
        }
        if (layers.borders) stroke(colors.borders, 'borders', (sink) => planarPath(data.borders, sink));
        if (layers.states) stroke(colors.states, 'states', (sink) => planarPath(data.states, sink));
        if (data.provinces) { const provinces = data.provinces; stroke(colors.states, 'provinces', (sink) => planarPath(provinces, sink)); }
        if (layers.coastlines) stroke(colors.coastlines, 'coastlines', (sink) => planarPath(data.coastlines, sink));
      }
      if (!rectangular) stroke(colors.coastlines, 'coastlines', (sink) => lonLatPath({ type: 'Sphere' }, sink));
    },
  };
}
