// The only file that imports @napi-rs/canvas (Skia). Fonts come from npm packages, never the
// system, so every machine draws the same glyphs: DejaVu (dejavu-fonts-ttf), and for the Chinese
// and Japanese characters DejaVu lacks, Noto Sans SC (@fontsource-variable/noto-sans-sc, which
// also covers kana and Japanese kanji).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, Image, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export type Surface = Canvas;
export type Context2D = SKRSContext2D;

const SANS_NAME = 'Trackreel DejaVu Sans';
const MONO_NAME = 'Trackreel DejaVu Sans Mono';
const CJK_NAME = 'Trackreel Noto Sans SC';
// Font family lists for ctx.font, after the size ("12px " + SANS_FAMILY): a glyph the first
// font lacks is drawn from the next, so a name in Chinese or Japanese is not a row of boxes.
export const SANS_FAMILY = `"${SANS_NAME}", "${CJK_NAME}"`;
export const MONO_FAMILY = `"${MONO_NAME}", "${CJK_NAME}"`;

let fontsRegistered = false;

// Registers the bundled fonts under private family names, once per process (thread). The CJK
// font comes as woff2 files of one unicode range each, all registered under one name.
export function registerFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const sans = GlobalFonts.registerFromPath(join(dir, 'DejaVuSans.ttf'), SANS_NAME);
  const mono = GlobalFonts.registerFromPath(join(dir, 'DejaVuSansMono.ttf'), MONO_NAME);
  if (!sans || !mono) throw new Error(`could not register the DejaVu fonts from ${dir}`);
  const cjkDir = join(dirname(require.resolve('@fontsource-variable/noto-sans-sc/package.json')), 'files');
  const cjkFiles = readdirSync(cjkDir).filter((f) => f.endsWith('.woff2')).sort();
  const cjk = cjkFiles.filter((f) => GlobalFonts.registerFromPath(join(cjkDir, f), CJK_NAME));
  if (cjk.length === 0) throw new Error(`could not register the Noto Sans SC fonts from ${cjkDir}`);
  fontsRegistered = true;
}

export function createSurface(width: number, height: number): { surface: Surface; ctx: Context2D } {
  registerFonts();
  const surface = createCanvas(width, height);
  return { surface, ctx: surface.getContext('2d') };
}

// Raw RGBA bytes of the surface. Skia's buffer is premultiplied, which equals straight alpha
// because every frame is opaque (the sea is painted first).
export function surfaceRgba(surface: Surface): Uint8Array {
  const data = surface.data();
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

// Opaque RGBA bytes -> PNG, through a Skia surface.
export async function encodeRgbaPng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  const { surface, ctx } = createSurface(width, height);
  const image = ctx.createImageData(width, height);
  image.data.set(rgba);
  ctx.putImageData(image, 0, 0);
  return surface.encode('png');
}

// PNG -> RGBA bytes (for snapshot tests and tools that compare frames).
export async function decodePngRgba(png: Buffer): Promise<{ width: number; height: number; data: Uint8Array }> {
  const image = await loadImage(png);
  const { ctx } = createSurface(image.width, image.height);
  ctx.drawImage(image, 0, 0);
  const pixels = ctx.getImageData(0, 0, image.width, image.height);
  return { width: image.width, height: image.height, data: new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength) };
}

// PNG bytes -> an image Skia can draw, decoded synchronously (for the logo in the background).
export function decodePngImage(png: Uint8Array): Image {
  const image = new Image();
  image.src = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!(image.width > 0 && image.height > 0)) throw new Error('the image has no pixels');
  return image;
}

// PNG, JPEG or WebP bytes -> straight RGBA pixels, decoded synchronously by Skia (raster basemap
// tiles); null when Skia cannot decode them.
export function decodeImageRgba(bytes: Uint8Array): { width: number; height: number; data: Uint8Array } | null {
  const image = new Image();
  image.src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(image.width > 0 && image.height > 0)) return null;
  const surface = createCanvas(image.width, image.height);
  const ctx = surface.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const pixels = ctx.getImageData(0, 0, image.width, image.height);
  return { width: image.width, height: image.height, data: new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength) };
}

// Straight RGBA pixels drawn over ctx at (0, 0), blended by their alpha (putImageData would
// replace what is under them).
export function drawRgbaOver(ctx: Context2D, rgba: Uint8Array, width: number, height: number): void {
  const layer = createCanvas(width, height);
  const layerCtx = layer.getContext('2d');
  const image = layerCtx.createImageData(width, height);
  image.data.set(rgba);
  layerCtx.putImageData(image, 0, 0);
  ctx.drawImage(layer, 0, 0);
}
