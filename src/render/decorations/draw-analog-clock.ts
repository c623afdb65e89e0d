// tracktable's analog clock: the dial (face, ring, hour ticks) is static and drawn once into the
// decoration layer; per frame the two hands and the hub are drawn over it by our rasteriser.
import { clockTime } from '../../clock/format-clock.js';
import { frameTimeMs } from '../../clock/timeline.js';
import { cssToRgb } from '../../style/colormaps.js';
import type { ClockStyle } from '../../style/decoration-style.js';
import type { Context2D } from '../raster/canvas.js';
import type { Box } from './decoration-layout.js';
import { drawCapsule } from '../raster/draw-capsule.js';
import { drawDisc } from '../raster/draw-disc.js';
import type { RgbaImage } from '../raster/rgba-image.js';
import type { Scene } from '../../scene/scene.js';

// Dial radius in pixels of a 600-pixel-high frame.
const RADIUS = 32;

// The dial's diameter in a width x height frame (its box is a square).
export function dialDiameter(width: number, height: number): number {
  return 2 * RADIUS * Math.min(width, height) / 600;
}

// Centre and radius of the dial in its box.
export function dialGeometry(box: Box): { cx: number; cy: number; r: number } {
  const r = box.w / 2;
  return { cx: box.x + r, cy: box.y + r, r };
}

export function drawClockDial(ctx: Context2D, clock: ClockStyle, box: Box): void {
  const { cx, cy, r } = dialGeometry(box);
  const rgb = cssToRgb(clock.color) ?? 0xffffff;
  const light = 0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255) > 128;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  ctx.fillStyle = light ? 'rgba(0, 0, 0, 0.6)' : 'rgba(255, 255, 255, 0.75)';
  ctx.fill();
  ctx.strokeStyle = clock.color;
  ctx.lineWidth = Math.max(1, r * 0.05);
  ctx.stroke();
  ctx.lineCap = 'round';
  for (let h = 0; h < 12; h++) {
    const a = (h / 12) * 2 * Math.PI;
    const inner = h % 3 === 0 ? 0.72 : 0.82;
    ctx.beginPath();
    ctx.moveTo(cx + Math.sin(a) * r * inner, cy - Math.cos(a) * r * inner);
    ctx.lineTo(cx + Math.sin(a) * r * 0.9, cy - Math.cos(a) * r * 0.9);
    ctx.lineWidth = Math.max(1, r * (h % 3 === 0 ? 0.06 : 0.035));
    ctx.stroke();
  }
}

// Draws frame k's hour and minute hands and the hub (over the dial, so after the decoration layer).
export function createClockHands(scene: Scene): (img: RgbaImage, k: number) => void {
  const { clock } = scene.decorations;
  const box = scene.decorationLayer.boxes.clock;
  if (!box) throw new Error('the analog clock has no place in the decoration layout');
  const { cx, cy, r } = dialGeometry(box);
  const rgb = cssToRgb(clock.color) ?? 0xffffff;
  return (img, k) => {
    const { hours, minutes, seconds } = clockTime(frameTimeMs(scene.timeline, k), clock);
    const minuteAngle = ((minutes + seconds / 60) / 60) * 2 * Math.PI;
    const hourAngle = (((hours % 12) + minutes / 60) / 12) * 2 * Math.PI;
    drawCapsule(img, cx, cy, cx + Math.sin(hourAngle) * r * 0.5, cy - Math.cos(hourAngle) * r * 0.5, r * 0.07, rgb, false);
    drawCapsule(img, cx, cy, cx + Math.sin(minuteAngle) * r * 0.78, cy - Math.cos(minuteAngle) * r * 0.78, r * 0.045, rgb, false);
    drawDisc(img, cx, cy, r * 0.1, rgb);
  };
}
