// The background of a frame when the camera moves: the basemap for the frame's view (the zoomed and
// shifted MapSpec, at the detail for the zoom, from geometry cached per worker in base pixels),
// drawn in JS into the frame (or by drawBasemap with Skia when it has text layers). The
// decorations are blended over the finished frame (decoration-layer.ts).
import { frameView, type FrameView } from '../../camera/camera-track.js';
import { viewMapSpec } from '../../camera/view-map-spec.js';
import { createSurface } from '../raster/canvas.js';
import { drawBasemap } from './draw-basemap.js';
import { userBasemap, type UserBasemap } from './draw-user-basemap.js';
import type { MapSpec } from '../../map/map-spec.js';
import { createPlanarBasemapCache, type PlanarLayers } from './planar-basemap.js';
import { canRasteriseInJs, createBasemapRasteriser, onlyKnownLayers } from './rasterise-basemap.js';
import type { RgbaImage } from '../raster/rgba-image.js';
import type { Scene } from '../../scene/scene.js';

export interface CameraBasemap {
  // Overwrites every pixel of img with frame k's background.
  draw(img: RgbaImage, k: number): void;
}

export function createCameraBasemap(scene: Scene): CameraBasemap {
  const { width, height } = scene;
  const planar = createPlanarBasemapCache(scene);
  const usePlanar = onlyKnownLayers(scene.map);
  // The --basemap's tiles need Skia (text, images); decoded once per worker, drawn per view.
  const user = scene.basemapTiles ? userBasemap(scene.basemapTiles) : null;
  const drawMap = canRasteriseInJs(scene.map) && !user ? jsBasemap(width, height) : skiaBasemap(width, height, user);
  return {
    draw(img, k) {
      const view = frameView(scene, k);
      const spec = viewMapSpec(scene.map, view);
      drawMap(img, spec, view, usePlanar ? planar.layersFor(spec.detail, view) : null);
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
function skiaBasemap(width: number, height: number, user: UserBasemap | null): DrawMap {
  const { ctx } = createSurface(width, height);
  return (img, spec, _view, planar) => {
    // save/restore: no drawing state passes from one frame to the next.
    ctx.save();
    drawBasemap(ctx, spec, width, height, planar, user);
    ctx.restore();
    // getImageData, not surface.data(): 2.6 against 21 ms at 1080p here. The map is opaque, so
    // its straight RGBA equals the premultiplied pixels.
    img.data.set(ctx.getImageData(0, 0, width, height).data);
  };
}
