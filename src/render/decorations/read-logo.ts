// --logo: the coordinator reads the PNG once and the bytes travel in the Scene, so workers never
// touch the file.
import { inputError } from '../../errors/messages.js';
import { decodePngImage } from '../raster/canvas.js';
import { readImageFile } from '../raster/read-image-file.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readLogo(path: string): Uint8Array {
  const bytes = readImageFile(path, 'logo', 'logo');
  if (bytes.length < 8 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) {
    throw inputError('INPUT_PARSE', 'logo: not a PNG file', { file: path });
  }
  try {
    decodePngImage(bytes);
  } catch (error) {
    throw inputError('INPUT_PARSE', `logo: cannot decode the PNG (${(error as Error).message})`, { file: path });
  }
  return bytes;
}
