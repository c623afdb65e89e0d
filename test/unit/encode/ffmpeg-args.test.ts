import { describe, expect, it } from 'vitest';
import { chunkArgs, concatList, finalArgs, joinArgs, type FinalArgsInput } from '../../../src/encode/ffmpeg-args.js';
import { segmentSafeArgs } from '../../../src/encode/segment-encoding.js';
import { formatFromPath, needsEvenSize } from '../../../src/encode/codecs.js';

const base: FinalArgsInput = {
  concatListPath: '/w/chunks.txt', outputPath: '/o/movie.mp4', format: 'mp4', fps: 30, crf: null, preset: 'veryfast',
  metadata: { title: 'Ships', artist: null, comment: 'a comment' }, encoderArgs: [],
};

const after = (args: string[], flag: string): string | undefined => args[args.indexOf(flag) + 1];

describe('chunkArgs', () => {
  it('reads raw RGBA of the frame size from stdin and writes NUT (exact 1/fps timestamps), bit-exact', () => {
    const args = chunkArgs({ width: 1920, height: 1080, fps: 30, codec: 'ffv1', outputPath: '/w/chunk.nut.part' });
    expect(after(args, '-pix_fmt')).toBe('rgba');
    expect(after(args, '-s')).toBe('1920x1080');
    expect(after(args, '-i')).toBe('pipe:0');
    expect(after(args, '-c:v')).toBe('ffv1');
    expect(args.slice(-3)).toEqual(['-f', 'nut', '/w/chunk.nut.part']);
    expect(args.join(' ')).toContain('-fflags +bitexact -flags:v +bitexact');
    expect(args).not.toContain('-nostdin');
  });

  it('uses lossless settings for libx264rgb', () => {
    const args = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 'x' });
    expect(after(args, '-qp')).toBe('0');
    expect(args).toContain('rgb24');
  });
});

describe('segments', () => {
  const segment = { format: 'mp4', segmentFrames: 120, crf: 20, preset: 'fast', intermediateCodec: 'libx264rgb', encoderArgs: ['-tune', 'animation'] } as const;

  it('encode in the final codec with one key frame per segment, no scene cuts and a fixed thread count', () => {
    const args = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 's.nut', segment });
    expect(after(args, '-c:v')).toBe('libx264');
    expect(after(args, '-crf')).toBe('20');
    expect(after(args, '-g')).toBe('120');
    expect(after(args, '-keyint_min')).toBe('120');
    expect(after(args, '-x264-params')).toBe('scenecut=0:open-gop=0');
    expect(after(args, '-threads')).toBe('4');
    expect(args).toContain('yuv420p');
    expect(args).not.toContain('-movflags');
    expect(after(args, '-tune')).toBe('animation');
    const vp9 = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 's.nut', segment: { ...segment, format: 'webm', encoderArgs: [] } });
    expect(after(vp9, '-c:v')).toBe('libvpx-vp9');
    expect(after(vp9, '-threads')).toBe('4');
    const mpeg4 = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 's.nut', segment: { ...segment, encoderArgs: ['-c:v', 'mpeg4', '-q:v', '5'] } });
    expect(mpeg4.filter((a) => a === '-c:v')).toHaveLength(1);
    expect(after(mpeg4, '-c:v')).toBe('mpeg4');
    expect(after(mpeg4, '-q:v')).toBe('5');
    expect(after(mpeg4, '-g')).toBe('120');
    expect(mpeg4).not.toContain('-crf');
    const mkv = chunkArgs({ width: 8, height: 8, fps: 30, codec: 'libx264rgb', outputPath: 's.nut', segment: { ...segment, format: 'mkv', encoderArgs: [] } });
    expect(after(mkv, '-qp')).toBe('0');
    expect(after(mkv, '-g')).toBe('120');
  });

  it('are joined by stream copy, with faststart for MP4 and MOV, metadata and bit-exact muxing', () => {
    const join = joinArgs({ concatListPath: 'l.txt', outputPath: 'o.mov', format: 'mov', metadata: { title: 'Ships' } });
    expect(after(join, '-c:v')).toBe('copy');
    expect(join).toContain('+faststart');
    expect(join).toContain('title=Ships');
    expect(join).toContain('+bitexact');
    expect(join).not.toContain('-vf');
    expect(join.slice(-3, -1)).toEqual(['-f', 'mov']);
  });

  it('segmentSafeArgs() lets through only arguments that leave key frames, rate control and threads alone', () => {
    expect(segmentSafeArgs([], 'webm')).toBe(true);
    expect(segmentSafeArgs(['-tune', 'animation', '-profile:v', 'high'], 'mp4')).toBe(true);
    expect(segmentSafeArgs(['-c:v', 'mpeg4', '-q:v', '5'], 'mp4')).toBe(true);
    expect(segmentSafeArgs(['-c:v', 'mpeg4'], 'webm')).toBe(false);
    expect(segmentSafeArgs(['-c:v', 'libx265'], 'mp4')).toBe(false);
    expect(segmentSafeArgs(['-b:v', '2M'], 'mp4')).toBe(false);
    expect(segmentSafeArgs(['-g', '10'], 'mp4')).toBe(false);
    expect(segmentSafeArgs(['-tune'], 'mp4')).toBe(false);
  });
});

describe('concatList', () => {
  it('lists plain names, quoted the way the concat demuxer expects, with exact durations', () => {
    expect(concatList([{ name: 'b.nut', start: 0, end: 30 }, { name: "it's.nut", start: 30, end: 37 }], 30))
      .toBe("file 'b.nut'\nduration 1.000000\nfile 'it'\\''s.nut'\nduration 0.233333\n");
  });

  it('gives durations whose running sum is each file\'s exact start, rounded to a microsecond (no drift)', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => ({ name: `c${i}.nut`, start: i * 7, end: i * 7 + 7 }));
    const durations = concatList(entries, 12).split('\n').filter((l) => l.startsWith('duration')).map((l) => Math.round(Number(l.slice(9)) * 1e6));
    let sum = 0;
    for (const [i, d] of durations.entries()) { sum += d; expect(sum).toBe(Math.round(((i + 1) * 7 * 1e6) / 12)); }
  });

  it('refuses paths (a work directory with a line break must never reach the list)', () => {
    expect(() => concatList([{ name: '/w/x.nut', start: 0, end: 1 }], 30)).toThrow(RangeError);
    expect(() => concatList([{ name: 'a\nb.nut', start: 0, end: 1 }], 30)).toThrow(RangeError);
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
