// The codecs trackreel knows: lossless intermediates for chunks, and final output formats.

export const INTERMEDIATE_CODECS = ['libx264rgb', 'ffv1', 'utvideo', 'ffvhuff'] as const;
export type IntermediateCodec = (typeof INTERMEDIATE_CODECS)[number];

export const OUTPUT_FORMATS = ['mp4', 'webm', 'gif', 'mov', 'mkv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

// Encoder arguments for each lossless intermediate; all take RGB so no colour conversion is lossy.
export function intermediateCodecArgs(codec: IntermediateCodec): string[] {
  switch (codec) {
    // qp 0 in RGB is mathematically lossless, and ~4x faster than FFV1 here (measured in bench/).
    case 'libx264rgb': return ['-c:v', 'libx264rgb', '-qp', '0', '-preset', 'ultrafast', '-pix_fmt', 'rgb24'];
    // tracktable's choice; slices let ffmpeg use a second thread.
    case 'ffv1': return ['-c:v', 'ffv1', '-level', '3', '-g', '1', '-slices', '4', '-pix_fmt', 'bgr0'];
    case 'utvideo': return ['-c:v', 'utvideo', '-pix_fmt', 'gbrp'];
    case 'ffvhuff': return ['-c:v', 'ffvhuff', '-pix_fmt', 'bgr0'];
  }
}

// The ffmpeg encoder that each output format needs (checked at start-up).
export function outputEncoder(format: OutputFormat, intermediate: IntermediateCodec): string {
  switch (format) {
    case 'mp4': return 'libx264';
    case 'webm': return 'libvpx-vp9';
    case 'gif': return 'gif';
    case 'mov': return 'prores_ks';
    case 'mkv': return intermediate;
  }
}

// Formats whose pixels are 4:2:0 need even width and height.
export function needsEvenSize(format: OutputFormat): boolean {
  return format === 'mp4' || format === 'webm';
}

export function formatFromPath(path: string): OutputFormat | null {
  const ext = path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return (OUTPUT_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as OutputFormat) : null;
}
