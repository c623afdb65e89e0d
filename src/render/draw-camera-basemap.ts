// The background of a frame when the camera moves: the basemap drawn by Skia for the frame's view
// (the same drawBasemap as a fixed map, on the zoomed and shifted MapSpec, at the detail for the
// zoom, from geometry cached per worker in base pixels), then the overlays (title, legend, dial,
// scale bar...), drawn once by the coordinator into scene.background, blended over it.
import { frameView } from '../camera/camera-track.js';
import { viewMapSpec } from '../camera/view-map-spec.js';
import { createSurface, surfaceRgba } from './canvas.js';
import { drawBasemap } from './draw-basemap.js';
import { createPlanarBasemapCache } from './planar-basemap.js';
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
  const { surface, ctx } = createSurface(width, height);
  const overlay = sparseOverlay(scene.background);
  const planar = createPlanarBasemapCache(scene);
  return {
    draw(img, k) {
      const view = frameView(scene, k);
      const spec = viewMapSpec(scene.map, view);
      // save/restore: no drawing state passes from one frame to the next.
      ctx.save();
      drawBasemap(ctx, spec, width, height, planar.layersFor(spec.detail, view));
      ctx.restore();
      const data = img.data;
      data.set(surfaceRgba(surface));
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
