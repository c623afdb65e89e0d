// Paints a built scene's two static layers (render-background.ts), once per movie by the
// coordinator: the basemap (none with a moving camera, which draws it per frame) and the decorations.
import type { Scene, UnpaintedScene } from '../scene/scene.js';
import { renderBasemapLayer, renderDecorationLayer } from './render-background.js';

export function paintSceneLayers(unpainted: UnpaintedScene): Scene {
  const { decorationMap, ...scene } = unpainted;
  return {
    ...scene,
    background: scene.camera ? new Uint8Array(new SharedArrayBuffer(0)) : renderBasemapLayer(scene.map, scene.width, scene.height, scene.basemapTiles),
    decorationLayer: renderDecorationLayer(decorationMap, scene.decorations, scene.overlays, scene.timeline, scene.width, scene.height),
  };
}
