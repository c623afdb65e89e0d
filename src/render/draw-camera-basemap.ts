// The background of a frame when the camera moves: the basemap for the frame's view (the zoomed and
// shifted MapSpec, at the detail for the zoom, from geometry cached per worker in base pixels),
// drawn in JS into the frame (or by drawBasemap with Skia when it has text layers), then the
// overlays (title, legend, dial, scale bar...), drawn once by the coordinator into
// scene.background, blended over it.
import { frameView, type FrameView } from '../camera/camera-track.js';
import { viewMapSpec } from '../camera/view-map-spec.js';
import { createSurface } from './canvas.js';
import { drawBasemap } from './draw-basemap.js';
import type { MapSpec } from '../map/map-spec.js';
import { createPlanarBasemapCache, type PlanarLayers } from './planar-basemap.js';
import { canRasteriseInJs, createBasemapRasteriser, onlyKnownLayers } from './rasterise-basemap.js';
import type { RgbaImage } from './rgba-image.js';
import type { Scene } from './scene.js';

export interface CameraBasemap {
  // Overwrites every pixel of img with frame k's background.
  draw(img: RgbaImage, k: number): void;
}

// The overlay's visible pixels only (it is mostly transparent): pixel offsets and premultiplied RGBA.
function sparseOverlay(rgba: Uint8Array): { offsets: Uint32Array; values: Uint8Array } {
  let n = 0;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 0) n++;
  const offsets = new Uint32Array(n);
  const values = new Uint8Array(4 * n);
  for (let i = 0, j = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) continue;
    offsets[j] = i;
    values.set(rgba.subarray(i, i + 4), 4 * j);
    j++;
  }
  return { offsets, values };
}

export function createCameraBasemap(scene: Scene): CameraBasemap {
  const { width, height } = scene;
  const overlay = sparseOverlay(scene.background);
  const planar = createPlanarBasemapCache(scene);
  const usePlanar = onlyKnownLayers(scene.map);
  const drawMap = canRasteriseInJs(scene.map) ? jsBasemap(width, height) : skiaBasemap(width, height);
  return {
    draw(img, k) {
      const view = frameView(scene, k);
      const spec = viewMapSpec(scene.map, view);
      drawMap(img, spec, view, usePlanar ? planar.layersFor(spec.detail, view) : null);
      const data = img.data;
      const { offsets, values } = overlay;
      for (let j = 0, v = 0; j < offsets.length; j++, v += 4) {
        const o = offsets[j];
        const keep = (255 - values[v + 3]) / 255;
        data[o] = values[v] + data[o] * keep;
        data[o + 1] = values[v + 1] + data[o + 1] * keep;
        data[o + 2] = values[v + 2] + data[o + 2] * keep;
      }
    },
  };
}

type DrawMap = (img: RgbaImage, spec: MapSpec, view: FrameView, planar: PlanarLayers | null) => void;

// Straight into the frame, no read-back (rasterise-basemap.ts).
function jsBasemap(width: number, height: number): DrawMap {
  const rasteriser = createBasemapRasteriser(width, height);
  return (img, spec, view, planar) => rasteriser.draw(img, spec, view, planar);
}

// Maps with text (or other unknown) layers: drawBasemap into a Skia surface, read back; from the cached planar layers
// unless the map has layers they do not hold (planar null: drawBasemap projects everything itself).
function skiaBasemap(width: number, height: number): DrawMap {
  const { ctx } = createSurface(width, height);
  return (img, spec, _view, planar) => {
    // save/restore: no drawing state passes from one frame to the next.
    ctx.save();
    drawBasemap(ctx, spec, width, height, planar);
    ctx.restore();
    // getImageData, not surface.data(): 2.6 against 21 ms at 1080p here. The map is opaque, so
    // its straight RGBA equals the premultiplied pixels.
    img.data.set(ctx.getImageData(0, 0, width, height).data);
  };
}
