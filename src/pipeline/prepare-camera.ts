// The camera options plus what they are resolved against: the movie's own timeline (not the
// one-frame timeline of a still or a preview frame), so a still at time t uses the same camera
// as the movie's frame at t.
import { hasCamera } from '../camera/camera-plan.js';
import type { CameraInput } from '../scene/build-scene.js';
import type { TrajectorySet } from '../trajectory/trajectory-set.js';
import { planTimeline } from './plan-timeline.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

export function prepareCamera(trajectories: TrajectorySet, options: ResolvedMovieOptions): CameraInput | null {
  const request = options.camera;
  // Options that only apply with a camera still go to the plan, which refuses them with a message.
  if (!hasCamera(request) && request.followRadiusKm === null && request.followSmoothingMs === null) return null;
  const movie = planTimeline(trajectories, options.timeline);
  return {
    request,
    movieSpanMs: [movie.startMs, movie.endMs],
    dataMsPerMovieSecond: (movie.endMs - movie.startMs) / (options.timeline.durationMs / 1000),
  };
}
