// Worker thread of the preview server: draws one frame at a time, so the HTTP thread stays
// responsive. Scenes (projection, background, colours) are kept per options key; each request
// only swaps in a one-frame timeline at the asked time, exactly as renderStill --at does.
import { parentPort, workerData } from 'node:worker_threads';
import { computeCameraTrack } from '../camera/camera-track.js';
import type { Timeline } from '../clock/timeline.js';
import { serializeError } from '../errors/trackreel-error.js';
import { prepareMovieScene } from '../pipeline/prepare-scene.js';
import type { ResolvedMovieOptions } from '../pipeline/resolve-movie-options.js';
import { createFrameRenderer } from '../render/create-frame-renderer.js';
import { frameIndexReach } from '../scene/build-scene.js';
import type { Scene } from '../scene/scene.js';
import { buildFrameIndex } from '../trajectory/frame-index.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';

export interface FrameRequest { id: number; key: string; resolved: ResolvedMovieOptions; timeMs: number }
export type FrameReply = { id: number; ok: true; png: Uint8Array } | { id: number; ok: false; error: ReturnType<typeof serializeError> };

const SCENES_KEPT = 4;
const trajectories = (workerData as { trajectories: TrajectorySet }).trajectories;
const scenes = new Map<string, Scene>();

async function sceneAt(key: string, resolved: ResolvedMovieOptions, timeMs: number): Promise<Scene> {
  const timeline: Timeline = { fps: resolved.timeline.fps, frameCount: 1, startMs: timeMs, endMs: timeMs };
  let base = scenes.get(key);
  if (!base) {
    base = await prepareMovieScene(trajectories, timeline, resolved);
    scenes.set(key, base);
    if (scenes.size > SCENES_KEPT) scenes.delete(scenes.keys().next().value as string);
  } else {
    scenes.delete(key);
    scenes.set(key, base);
  }
  // The camera is a function of time: its view at this frame's time.
  const camera = base.camera ? computeCameraTrack(base.camera.plan, timeline, base) : null;
  return { ...base, timeline, camera, frameIndex: buildFrameIndex(trajectories, timeline, frameIndexReach(base)) };
}

parentPort?.on('message', (request: FrameRequest) => {
  void (async () => {
    let reply: FrameReply;
    try {
      const renderer = createFrameRenderer(await sceneAt(request.key, request.resolved, request.timeMs));
      const png = await renderer.renderFramePng(0);
      renderer.dispose();
      reply = { id: request.id, ok: true, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: serializeError(error) };
    }
    parentPort?.postMessage(reply);
  })();
});
