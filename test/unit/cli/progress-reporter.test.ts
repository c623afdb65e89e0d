import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine, ProgressReporter } from '../../../src/cli/progress-reporter.js';
import type { RenderProgress } from '../../../src/pipeline/render-progress.js';

const p = (over: Partial<RenderProgress>): RenderProgress => ({
  stage: 'rendering', framesDone: 150, framesTotal: 600, batchesDone: 1, batchesTotal: 8, framesPerSecond: 95.25, etaMs: 4700, elapsedMs: 2000, ...over,
});

class Sink { text = ''; write(s: string): boolean { this.text += s; return true; } }

describe('progress formatting', () => {
  it('formats durations for people', () => {
    expect(formatDuration(4700)).toBe('5 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_725_000)).toBe('1 h 2 min');
  });

  it('prints frames, percentage, rate and ETA', () => {
    expect(progressLine(p({}))).toBe('rendering: 150/600 frames (25%), 95.3 fps, ETA 5 s');
    expect(progressLine(p({ stage: 'encoding' }))).toBe('encoding…');
  });

  it('in line mode, prints each stage once and throttles frame updates', () => {
    const sink = new Sink();
    const r = new ProgressReporter('lines', sink as unknown as NodeJS.WriteStream);
    r.update(p({ stage: 'reading', framesDone: 0 }));
    r.update(p({ framesDone: 0 }));
    for (let i = 1; i < 50; i++) r.update(p({ framesDone: i }));
    r.update(p({ framesDone: 600 }));
    r.update(p({ stage: 'encoding' }));
    r.update(p({ stage: 'done' }));
    expect(sink.text.split('\n').filter(Boolean)).toEqual([
      'reading…', 'rendering: 0/600 frames (0%), 95.3 fps, ETA 5 s', 'rendering: 600/600 frames (100%), 95.3 fps, ETA 5 s', 'encoding…',
    ]);
  });

  it('prints nothing in quiet mode', () => {
    const sink = new Sink();
    new ProgressReporter('none', sink as unknown as NodeJS.WriteStream).update(p({}));
    expect(sink.text).toBe('');
  });
});
