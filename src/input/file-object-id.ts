// The object id of a file that records one thing without naming it (a GPS receiver's NMEA log,
// an IGC log without glider ids): the file's name without its extensions.
import { basename } from 'node:path';

export function fileObjectId(file: string, fallback: string): string {
  return basename(file).replace(/\.gz$/i, '').replace(/\.[^.]*$/, '') || fallback;
}
