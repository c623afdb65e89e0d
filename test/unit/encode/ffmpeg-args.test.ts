import { describe, expect, it } from 'vitest';
import { chunkArgs, concatList, finalArgs, type FinalArgsInput } from '../../../src/encode/ffmpeg-args.js';
import { formatFromPath, needsEvenSize } from '../../../src/encode/codecs.js';

const base: FinalArgsInput = {
  concatListPath: '/w/chunks.txt', outputPath: '/o/movie.mp4', format: 'mp4', fps: 30, crf: null, preset: 'veryfast',
  metadata: { title: 'Ships', artist: null, comment: 'a comment' }, encoderArgs: [],
};

const after = (args: string[], flag: string): string | undefined => args[args.indexOf(flag) + 1];

describe('chunkArgs', () => {
  it('reads raw RGBA of the frame size from stdin and writes Matroska', () => {
    const args = chunkArgs({ width: 1920, height: 1080, fps: 30, codec: 'ffv1', outputPath: '/w/chunk.mkv.part' });
    expect(after(args, '-pix_fmt')).toBe('rgba');
    expect(after(args, '-s')).toBe('1920x1080');
    expect(after(args, '-i')).toBe('pipe:0');
    expect(after(args, '-c:v')).toBe('ffv1');
    expect(args.slice(-3)).toEqual(['-f', 'matroska', '/w/chunk.mkv.part']);
    expect(args).not.toContain('-nostdin');
  });

  it('uses lossless settings for libx264rgb', () => {
    const args = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 'x' });
    expect(after(args, '-qp')).toBe('0');
    expect(args).toContain('rgb24');
  });
});

describe('direct mode', () => {
  it('encodes chunks in the final codec (without MP4-only muxer flags) and joins them by copy', () => {
    const chunk = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 'c.mkv',
      direct: { format: 'mp4', crf: 20, preset: 'fast', encoderArgs: ['-tune', 'animation'] } });
    expect(after(chunk, '-c:v')).toBe('libx264');
    expect(after(chunk, '-crf')).toBe('20');
    expect(after(chunk, '-pix_fmt')).toBe('rgba');
    expect(chunk).toContain('yuv420p');
    expect(chunk).not.toContain('-movflags');
    expect(chunk.slice(-5, -3)).toEqual(['-tune', 'animation']);
    const join = finalArgs({ ...base, copy: true, encoderArgs: ['-tune', 'animation'] });
    expect(after(join, '-c:v')).toBe('copy');
    expect(join).toContain('+faststart');
    expect(join).not.toContain('-vf');
    expect(join).not.toContain('-tune');
  });
});

describe('concatList', () => {
  it('quotes paths the way the concat demuxer expects', () => {
    expect(concatList(['/a/b.mkv', "/it's/c.mkv"])).toBe("file '/a/b.mkv'\nfile '/it'\\''s/c.mkv'\n");
  });
});

describe('finalArgs', () => {
  it('encodes MP4 as H.264 yuv420p with regenerated timestamps and metadata', () => {
    const args = finalArgs(base);
    expect(after(args, '-f')).toBe('concat');
    expect(after(args, '-c:v')).toBe('libx264');
    expect(after(args, '-crf')).toBe('18');
    expect(after(args, '-vf')).toBe('setpts=N/(30*TB)');
    expect(after(args, '-vsync')).toBe('passthrough');
    expect(args).toContain('title=Ships');
    expect(args).toContain('comment=a comment');
    expect(args.join(' ')).not.toContain('artist=');
    expect(args.slice(-3)).toEqual(['-f', 'mp4', '/o/movie.mp4']);
  });

  it('passes encoder arguments through as separate list items, after the defaults', () => {
    const args = finalArgs({ ...base, encoderArgs: ['-tune', 'animation; rm -rf /'] });
    expect(args).toContain('animation; rm -rf /');
    expect(args.indexOf('-tune')).toBeGreaterThan(args.indexOf('-crf'));
  });

  it('builds a palette graph for GIF and maps its output', () => {
    const args = finalArgs({ ...base, format: 'gif', outputPath: 'x.gif' });
    expect(after(args, '-filter_complex')).toMatch(/setpts=N\/\(30\*TB\),split.*palettegen.*paletteuse.*\[v\]$/);
    expect(after(args, '-map')).toBe('[v]');
    expect(args).not.toContain('-vf');
  });

  it('copies the lossless chunks for MKV', () => {
    const args = finalArgs({ ...base, format: 'mkv', outputPath: 'x.mkv' });
    expect(after(args, '-c:v')).toBe('copy');
    expect(args.slice(-3, -1)).toEqual(['-f', 'matroska']);
  });

  it('uses VP9 with a CRF for WebM and ProRes for MOV', () => {
    expect(after(finalArgs({ ...base, format: 'webm', crf: 40 }), '-crf')).toBe('40');
    expect(after(finalArgs({ ...base, format: 'webm' }), '-c:v')).toBe('libvpx-vp9');
    expect(after(finalArgs({ ...base, format: 'mov' }), '-c:v')).toBe('prores_ks');
  });
});

describe('codecs', () => {
  it('knows formats by extension and which need even sizes', () => {
    expect(formatFromPath('/x/Movie.MP4')).toBe('mp4');
    expect(formatFromPath('movie.avi')).toBeNull();
    expect(needsEvenSize('mp4')).toBe(true);
    expect(needsEvenSize('gif')).toBe(false);
  });
});
