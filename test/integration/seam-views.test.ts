// Issue 20, done-when: a trans-Pacific flight on a world map shows its head at the right pixel on
// both sides of the map's seam in the movie (decoded frames), under a follow camera and in the
// preview, not only in the scene the still is drawn from (test/unit/scene/round-earth-paths.test.ts).
// The head is drawn magenta so it can be found among the map's and the trail's colours; where it
// should be comes from the projection of the great-circle position at each frame's time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { geoInterpolate } from 'd3-geo';
import { afterAll, describe, expect, it } from 'vitest';
import { frameTimeMs, renderMovie } from '../../dist/index.js';
import { startPreview } from '../browser/start-preview.js';
import { FFMPEG } from '../helpers/ffmpeg-tools.js';
import { createProjection } from '../../src/map/create-projection.js';
import { validateOptions, type ValidatedMovieOptions } from '../../src/options/render-options.js';
import { resolveMovieOptions } from '../../src/pipeline/resolve-movie-options.js';
import { loadTrajectories } from '../../src/pipeline/load-trajectories.js';
import { prepareScene } from '../../src/pipeline/prepare-scene.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 0, 1);
const SYD: [number, number] = [151.18, -33.95];
const LAX: [number, number] = [-118.41, 33.94];
const W = 480;
const H = 240;
const along = geoInterpolate(SYD, LAX);
const fraction = (tMs: number): number => (tMs - T0) / (14 * HOUR);

const dir = mkdtempSync(join(tmpdir(), 'trackreel-seam-views-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'qf11.csv');
writeFileSync(input, `QF11,${new Date(T0).toISOString()},${SYD.join(',')}\nQF11,${new Date(T0 + 14 * HOUR).toISOString()},${LAX.join(',')}\n`);

const LOOK = { size: [W, H] as [number, number], headColor: '#ff00ff', head: 'dot', headRadius: 3, clock: false, legend: false, graticule: false,
  separationDistanceKm: 20_000, separationTimeMs: 24 * HOUR };

// Where the projection of the map these options make puts a lon/lat (the still's own path).
async function projector(options: Record<string, unknown>): Promise<(p: [number, number]) => [number, number]> {
  const resolved = resolveMovieOptions(validateOptions<ValidatedMovieOptions>({ ...LOOK, ...options }));
  const { trajectories } = await loadTrajectories([input], resolved);
  const scene = prepareScene(trajectories, { fps: 1, frameCount: 1, startMs: T0, endMs: T0 }, resolved);
  const project = createProjection(scene.map) as (q: [number, number]) => [number, number] | null;
  return (p) => { const q = project(p); if (!q) throw new Error('not on the map'); return q; };
}

// The centre of the magenta pixels of an RGB(A) frame, or null when there are none.
function magentaCentre(pixels: Uint8Array | Uint8ClampedArray, channels: number): [number, number] | null {
  let sx = 0; let sy = 0; let n = 0;
  for (let i = 0, p = 0; i < pixels.length; i += channels, p++) {
    if (pixels[i] > 170 && pixels[i + 1] < 110 && pixels[i + 2] > 170) { sx += p % W; sy += Math.floor(p / W); n++; }
  }
  return n ? [sx / n + 0.5, sy / n + 0.5] : null;
}

function decodedFrames(movie: string): Uint8Array[] {
  const raw = execFileSync(FFMPEG, ['-v', 'error', '-i', movie, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 256 << 20 });
  const size = W * H * 3;
  return Array.from({ length: raw.length / size }, (_, k) => new Uint8Array(raw.buffer, raw.byteOffset + k * size, size));
}

// Frames with the trail behind the head over the seam: the head east of 180, the tail west of it.
const overTheSeam = (f: number): boolean => (along(f)[0] + 360) % 360 > 180 && (along(Math.max(0, f - 4 / 14))[0] + 360) % 360 < 180;

describe('a flight across the dateline on a world map', () => {
  for (const projection of ['equirectangular', 'mercator', 'robinson']) {
    it(`${projection}: in the movie, the head is where the flight is in every frame, and the trail shows at both edges over the seam`, async () => {
      const options = { map: 'world', projection, trailDurationMs: 4 * HOUR, greatCircleKm: 50 };
      const output = join(dir, `${projection}.mkv`);
      const result = await renderMovie({ ...LOOK, ...options, input, output, fps: 10, durationMs: 1_200, workers: 2, crf: 10 });
      const project = await projector(options);
      const frames = decodedFrames(output);
      expect(frames.length).toBe(result.frameCount);
      let seamFrames = 0;
      frames.forEach((frame, k) => {
        const f = fraction(frameTimeMs(result.timeline, k));
        const head = magentaCentre(frame, 3);
        const [x, y] = project(along(f) as [number, number]);
        expect(head, `frame ${k}`).not.toBeNull();
        expect(Math.hypot(head![0] - x, head![1] - y), `frame ${k} (f=${f.toFixed(2)})`).toBeLessThan(2);
        if (overTheSeam(f)) {
          seamFrames++;
          // Trail pixels (red to yellow, unlike the black sea and the grey land) in the outer 3% at
          // both sides, near the arc's latitude.
          const [, yLeft] = project([-179.9, along(f)[1]]);
          const bright = (x0: number, x1: number): number => {
            let n = 0;
            for (let yy = Math.max(0, Math.round(yLeft) - 40); yy < Math.min(H, Math.round(yLeft) + 40); yy++) {
              for (let xx = x0; xx < x1; xx++) { const i = (yy * W + xx) * 3; if (frame[i] - frame[i + 2] > 30) n++; }
            }
            return n;
          };
          const [xl] = project([-179.99, 0]); const [xr] = project([179.99, 0]);
          expect(bright(Math.max(0, Math.floor(xl)), Math.floor(xl + 0.03 * W)), `left edge, frame ${k}`).toBeGreaterThan(0);
          expect(bright(Math.ceil(xr - 0.03 * W), Math.min(W, Math.ceil(xr))), `right edge, frame ${k}`).toBeGreaterThan(0);
        }
      });
      expect(seamFrames).toBeGreaterThan(0);
    }, 60_000);
  }

  // Smoothing of a minute: the default (a second of the movie, here 12 hours of flight) averages
  // the curved path, which puts the head off centre by design.
  it('under --follow, the head stays at the centre through the crossing', async () => {
    const output = join(dir, 'follow.mkv');
    const result = await renderMovie({ ...LOOK, input, output, follow: 'QF11', followRadiusKm: 1500, followSmoothingMs: 60_000, trailDurationMs: 4 * HOUR, fps: 10, durationMs: 1_200, workers: 2, crf: 10 });
    const frames = decodedFrames(output);
    expect(frames.length).toBe(result.frameCount);
    frames.forEach((frame, k) => {
      const head = magentaCentre(frame, 3);
      expect(head, `frame ${k}`).not.toBeNull();
      expect(Math.hypot(head![0] - W / 2, head![1] - H / 2), `frame ${k}`).toBeLessThan(2);
    });
  }, 60_000);

  it('in the preview, a frame just after the crossing has the head where the flight is', async () => {
    const preview = await startPreview([input, '--size', `${W}x${H}`, '--map', 'world', '--head-color', '#ff00ff', '--head', 'dot', '--head-radius', '3', '--no-clock', '--no-legend', '--no-graticule', '--trail', '4h', '--separation-time', '24h', '--separation-distance', '20000', '--port', '0']);
    try {
      const project = await projector({ map: 'world', trailDurationMs: 4 * HOUR });
      for (const f of [0.45, 0.6, 0.8]) {
        const time = new Date(T0 + f * 14 * HOUR).toISOString();
        const res = await preview.api(`/api/frame?time=${encodeURIComponent(time)}`);
        expect(res.status, await (res.status === 200 ? Promise.resolve('') : res.clone().text())).toBe(200);
        const image = await loadImage(Buffer.from(await res.arrayBuffer()));
        const canvas = createCanvas(W, H);
        canvas.getContext('2d').drawImage(image, 0, 0);
        const head = magentaCentre(canvas.getContext('2d').getImageData(0, 0, W, H).data, 4);
        const [x, y] = project(along(f) as [number, number]);
        expect(head, `f=${f}`).not.toBeNull();
        expect(Math.hypot(head![0] - x, head![1] - y), `f=${f}`).toBeLessThan(2);
      }
    } finally {
      preview.child.kill('SIGTERM');
      await preview.exited;
    }
  }, 60_000);
});
