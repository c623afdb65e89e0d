import { describe, expect, it } from 'vitest';
import type { CameraKeyframe } from '../../../src/camera/camera-plan.js';
import { easeInOutCubic, followCenterAt, keyframeViewAt, type FollowPath } from '../../../src/camera/camera-track.js';
import { parseCameraKeyframes } from '../../../src/camera/parse-camera.js';

describe('easeInOutCubic', () => {
  it('starts and ends at rest and passes the middle at one half', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(0.25)).toBeCloseTo(0.0625, 12);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5, 12);
    expect(easeInOutCubic(0.75)).toBeCloseTo(0.9375, 12);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(-1)).toBe(0);
    expect(easeInOutCubic(2)).toBe(1);
  });
});

describe('keyframeViewAt', () => {
  const keyframes: CameraKeyframe[] = [
    { timeMs: 1000, x: 100, y: 50, zoom: 1 },
    { timeMs: 2000, x: 300, y: 150, zoom: 4 },
    { timeMs: 4000, x: 300, y: 350, zoom: 4 },
  ];
  it('holds the first view before the first keyframe and the last after the last', () => {
    expect(keyframeViewAt(keyframes, 0)).toEqual({ x: 100, y: 50, zoom: 1 });
    expect(keyframeViewAt(keyframes, 1000)).toEqual({ x: 100, y: 50, zoom: 1 });
    expect(keyframeViewAt(keyframes, 4000)).toEqual({ x: 300, y: 350, zoom: 4 });
    expect(keyframeViewAt(keyframes, 9000)).toEqual({ x: 300, y: 350, zoom: 4 });
  });
  it('is each keyframe exactly at its time', () => {
    expect(keyframeViewAt(keyframes, 2000)).toEqual({ x: 300, y: 150, zoom: 4 });
  });
  it('eases the centre and interpolates the zoom geometrically', () => {
    const mid = keyframeViewAt(keyframes, 1500);
    expect(mid.x).toBeCloseTo(200, 9);
    expect(mid.y).toBeCloseTo(100, 9);
    expect(mid.zoom).toBeCloseTo(2, 9); // the geometric mean of 1 and 4
    const quarter = keyframeViewAt(keyframes, 1250);
    expect(quarter.x).toBeCloseTo(100 + 200 * 0.0625, 9);
    expect(quarter.zoom).toBeCloseTo(4 ** 0.0625, 9);
    const second = keyframeViewAt(keyframes, 3500);
    expect(second.x).toBe(300);
    expect(second.y).toBeCloseTo(150 + 200 * 0.9375, 9);
  });
});

describe('followCenterAt', () => {
  // A straight run at constant speed from x=0 (t=0) to x=100 (t=100 s), then a stop until t=200 s.
  const path: FollowPath = { t: Float64Array.from([0, 50_000, 100_000, 200_000]), x: Float64Array.from([0, 50, 100, 100]), y: Float64Array.from([10, 10, 10, 10]) };
  it('is the position itself on a straight constant-speed run (a symmetric window averages to its middle)', () => {
    expect(followCenterAt(path, 20_000, 40_000)[0]).toBeCloseTo(40, 9);
    expect(followCenterAt(path, 20_000, 60_000)[0]).toBeCloseTo(60, 9);
  });
  it('averages over the window where the motion changes: a corner is cut', () => {
    // Window [80, 120] s: x rises 80 -> 100 over the first half, then stays at 100: mean 95.
    expect(followCenterAt(path, 20_000, 100_000)[0]).toBeCloseTo(95, 9);
  });
  it('shrinks the window near the ends, reaching the object there, and holds outside its time span', () => {
    expect(followCenterAt(path, 20_000, 5_000)[0]).toBeCloseTo(5, 9);
    expect(followCenterAt(path, 20_000, 0)).toEqual([0, 10]);
    expect(followCenterAt(path, 20_000, -30_000)).toEqual([0, 10]);
    expect(followCenterAt(path, 20_000, 200_000)).toEqual([100, 10]);
    expect(followCenterAt(path, 20_000, 900_000)).toEqual([100, 10]);
  });
  it('with no smoothing is the interpolated position', () => {
    expect(followCenterAt(path, 0, 75_000)).toEqual([75, 10]);
  });
});

describe('parseCameraKeyframes', () => {
  it('reads centre + radius and box keyframes', () => {
    expect(parseCameraKeyframes('2020-06-30T00:10:00Z@-74.05,40.65,5km; 2020-06-30T00:20:00Z@-74.3,40.4,-73.7,40.9')).toEqual([
      { time: '2020-06-30T00:10:00Z', center: [-74.05, 40.65], radiusKm: 5 },
      { time: '2020-06-30T00:20:00Z', bbox: [-74.3, 40.4, -73.7, 40.9] },
    ]);
    expect(parseCameraKeyframes('1593475800000@1,2,3')).toEqual([{ time: '1593475800000', center: [1, 2], radiusKm: 3 }]);
  });
  it('says what is wrong with a bad keyframe', () => {
    expect(() => parseCameraKeyframes('')).toThrow(/TIME@LON,LAT,RADIUSkm/);
    expect(() => parseCameraKeyframes('-74,40,5km')).toThrow(/keyframe 1.*no TIME@/);
    expect(() => parseCameraKeyframes('2020-06-30T00:10:00Z@-74,40,5km;2020-06-30T00:20:00Z@-74,40')).toThrow(/keyframe 2.*2 numbers, expected 3 or 4/);
    expect(() => parseCameraKeyframes('2020-06-30T00:10:00Z@-74,x,5')).toThrow(/not three numbers/);
    expect(() => parseCameraKeyframes('2020-06-30T00:10:00Z@-74,40,0km')).toThrow(/radius must be > 0/);
  });
});
