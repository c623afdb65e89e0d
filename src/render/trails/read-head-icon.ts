// --head icon:FILE: the coordinator reads the image once (PNG, JPEG, WebP or SVG, whatever Skia
// decodes) and keeps its shape as an alpha mask in the Scene, so workers never touch the file and
// every machine draws the same pixels. The image points up; it is fitted into a square, centred.
import { inputError } from '../../errors/messages.js';
import { createSurface, decodePngImage } from '../raster/canvas.js';
import { readImageFile } from '../raster/read-image-file.js';

export const HEAD_ICON_SIZE = 64;

export function readHeadIcon(path: string): Uint8Array {
  const bytes = readImageFile(path, 'head', 'icon');
  let image;
  try {
    image = decodePngImage(bytes);
  } catch (error) {
    throw inputError('INPUT_PARSE', `head: cannot decode the icon as PNG, JPEG, WebP or SVG (${(error as Error).message})`, { file: path });
  }
  const { ctx } = createSurface(HEAD_ICON_SIZE, HEAD_ICON_SIZE);
  const scale = HEAD_ICON_SIZE / Math.max(image.width, image.height);
  const w = image.width * scale; const h = image.height * scale;
  ctx.drawImage(image, (HEAD_ICON_SIZE - w) / 2, (HEAD_ICON_SIZE - h) / 2, w, h);
  const rgba = ctx.getImageData(0, 0, HEAD_ICON_SIZE, HEAD_ICON_SIZE).data;
  const mask = new Uint8Array(new SharedArrayBuffer(HEAD_ICON_SIZE * HEAD_ICON_SIZE));
  for (let i = 0; i < mask.length; i++) mask[i] = rgba[4 * i + 3];
  if (mask.every((a) => a === 0)) throw inputError('INPUT_PARSE', 'head: the icon is fully transparent', { file: path });
  return mask;
}
