// Per-scene choices about a trajectory set's points, made once by the trail painter.
import type { Scene } from '../../scene/scene.js';

// Which whole points are drawn: one closer than minStep pixels to the previous drawn point of its
// trajectory is merged into the next segment, so dense tracks cost what their length on screen
// costs. Decided once per scene from the first point on, not per frame from the moving tail, so
// the trail's shape does not shimmer from frame to frame.
export function decimate(scene: Scene, minStep: number): Uint8Array {
  const { trajectories: set, screenX, screenY, cuts } = scene;
  const keep = new Uint8Array(set.t.length);
  const min2 = minStep * minStep;
  for (let i = 0; i < set.count; i++) {
    const begin = set.offsets[i];
    const end = set.offsets[i + 1];
    if (end <= begin) continue;
    let last = begin;
    keep[begin] = 1;
    for (let j = begin + 1; j < end - 1; j++) {
      const dx = screenX[j] - screenX[last];
      const dy = screenY[j] - screenY[last];
      // Both ends of a cut at the seam are kept: the trail stops at one and starts at the other.
      if (dx * dx + dy * dy >= min2 || (cuts && (cuts[j] || cuts[j - 1]))) { keep[j] = 1; last = j; }
    }
    keep[end - 1] = 1;
  }
  return keep;
}

// Per trajectory: 1 if its object is highlighted.
export function highlightedTrajectories(scene: Scene): Uint8Array | null {
  const ids = new Set(scene.style.highlight);
  if (ids.size === 0) return null;
  const set = scene.trajectories;
  const flags = new Uint8Array(set.count);
  for (let i = 0; i < set.count; i++) if (ids.has(set.objectIds[set.objectIndex[i]])) flags[i] = 1;
  return flags;
}

