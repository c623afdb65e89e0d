import { describe, expect, it } from 'vitest';
import { decodeFailure, encodeFailure } from '../../../src/execute/bullmq/job-failure.js';
import { parseJobPayload } from '../../../src/execute/bullmq/job-payload.js';
import { TrackreelError } from '../../../src/errors/trackreel-error.js';

const good = {
  version: 2, renderId: 'trackreel-Ab12cD', sceneHash: 'a'.repeat(64),
  batch: { batchIndex: 1, start: 6, end: 12 }, codec: 'libx264rgb', segment: null,
  pieces: [{ start: 6, end: 12, name: 'chunk-0000006-0000012.nut' }],
};
const segment = { format: 'mp4', segmentFrames: 6, crf: null, preset: 'veryfast', intermediateCodec: 'libx264rgb', encoderArgs: ['-tune', 'animation'] };
const segmented = {
  ...good, batch: { batchIndex: 1, start: 6, end: 18 }, segment,
  pieces: [{ start: 6, end: 12, name: 'segment-0000006-0000012.nut' }, { start: 12, end: 18, name: 'segment-0000012-0000018.nut' }],
};

describe('job payloads', () => {
  it('parseJobPayload() accepts what the executor enqueues', () => {
    expect(parseJobPayload(good)).toEqual(good);
    expect(parseJobPayload(segmented)).toEqual(segmented);
  });

  for (const [what, bad] of [
    ['path traversal in the render id', { ...good, renderId: '../../etc' }],
    ['a render id starting with a dot', { ...good, renderId: '..' }],
    ['a chunk name with a slash', { ...good, pieces: [{ start: 6, end: 12, name: '../chunk-0000006-0000012.nut' }] }],
    ['a chunk name that does not match the frames', { ...good, pieces: [{ start: 6, end: 12, name: 'chunk-0000000-0000012.nut' }] }],
    ['a segment named as a chunk', { ...segmented, pieces: [{ start: 6, end: 12, name: 'chunk-0000006-0000012.nut' }] }],
    ['a piece outside the batch', { ...good, pieces: [{ start: 6, end: 13, name: 'chunk-0000006-0000013.nut' }] }],
    ['overlapping pieces', { ...segmented, pieces: [segmented.pieces[1], segmented.pieces[0]] }],
    ['no pieces', { ...good, pieces: [] }],
    ['free-form encoder arguments', { ...segmented, segment: { ...segment, encoderArgs: ['-f', 'exec'] } }],
    ['an encoder argument value with a space', { ...segmented, segment: { ...segment, encoderArgs: ['-tune', 'a b'] } }],
    ['the payload of an older trackreel', { ...good, version: 1 }],
    ['a string where a number belongs', { ...good, batch: { ...good.batch, start: '6' } }],
    ['an empty batch', { ...good, batch: { batchIndex: 1, start: 12, end: 12 }, pieces: [{ start: 12, end: 12, name: 'chunk-0000012-0000012.nut' }] }],
    ['an unknown codec', { ...good, codec: 'rawvideo -f exec' }],
    ['an extra key', { ...good, outputPath: '/etc/passwd' }],
    ['not an object', 'hello'],
  ] as const) {
    it(`parseJobPayload() rejects ${what}`, () => {
      expect(() => parseJobPayload(bad)).toThrow(expect.objectContaining({ code: 'INVALID_JOB' }));
    });
  }

  it('decodeFailure(encodeFailure()) keeps the code, retryability and context', () => {
    const e = decodeFailure(encodeFailure(new TrackreelError('FFMPEG_FAILED', 'boom', { retryable: true, context: { frame: 3 } })), 2);
    expect(e).toMatchObject({ code: 'FFMPEG_FAILED', message: 'boom', retryable: true, context: { frame: 3 } });
    expect(decodeFailure('job stalled more than allowable limit', 4)).toMatchObject({ code: 'RENDER_FAILED', context: { batchIndex: 4 } });
  });
});
