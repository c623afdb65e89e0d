// A hash of everything that decides the bytes of the chunks: the input files' bytes, the options
// that affect drawing, the chunks' encoding (lossless codec, or the segments' final codec), and
// trackreel's version. Chunks rendered under one key can be reused by a later render with the
// same key (resume).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { osmCoastSource } from '../map/osm-coast/coast-source.js';
import type { SegmentEncoding } from '../encode/segment-encoding.js';
import type { ResolvedMovieOptions } from './resolve-movie-options.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

async function hashFile(path: string, into: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(path)) into.update(chunk as Buffer);
}

// basemapDigest: the digest of the --basemap tiles the scene uses (their bytes, not the archive's).
export async function renderKey(
  inputs: readonly string[], options: ResolvedMovieOptions, segment: SegmentEncoding | null, basemapDigest: string | null = null, format: string | null = null,
): Promise<string> {
  const hash = createHash('sha256');
  // Encoding of the final movie, metadata and execution settings do not change chunk pixels.
  const { input, assembly, timeline, map, style, decorations, heatmap, camera } = options;
  // --offline decides where tiles come from, not what they are (their digest is hashed below).
  const drawnMap = { ...map, basemap: map.basemap ? { source: map.basemap.source, attribution: map.basemap.attribution } : null };
  hash.update(JSON.stringify({
    // The detailed coastline's data (package@version) draws the map of harbour views.
    version: VERSION, coastline: osmCoastSource(), input, assembly, timeline, map: drawnMap, style, decorations, heatmap, camera, intermediateCodec: options.output.intermediateCodec,
    // Segments hold the final encoding, so its settings decide their bytes too.
    segment,
    // The output format, always: renders of one data set into .mp4 and .webm never share a folder
    // (they would wait for each other), and chunks made for one format are never joined into another.
    format,
  }));
  for (const path of inputs) {
    hash.update(`\0file\0`);
    await hashFile(path, hash);
  }
  // Overlays are drawn into every chunk: their shapes (.shp) and projection (.prj) decide pixels.
  for (const { file } of options.map.overlays) {
    for (const path of /\.shp$/i.test(file) ? [file, file.replace(/\.shp$/i, '.prj')] : [file]) {
      hash.update(`\0overlay\0${path}\0`);
      await hashFile(path, hash).catch(() => hash.update('\0unreadable\0'));
    }
  }
  // The logo's pixels are in every chunk; an unreadable logo is reported when the scene is built.
  if (options.decorations.logo) {
    hash.update('\0logo\0');
    await hashFile(options.decorations.logo, hash).catch(() => hash.update('\0unreadable\0'));
  }
  if (basemapDigest) hash.update(`\0basemap\0${basemapDigest}`);
  return hash.digest('hex').slice(0, 20);
}
