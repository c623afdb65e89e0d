import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../../src/options/render-options.js';
import { OPTION_DEFINITIONS } from '../../../src/options/option-definitions.js';

describe('validateOptions', () => {
  it('accepts and converts human-friendly values', () => {
    const v = validateOptions<Record<string, unknown>>({ trailDurationMs: '30m', startTime: '2020-06-30T00:00:00Z', fps: 24 }, []);
    expect(v.trailDurationMs).toBe(30 * 60_000);
    expect(v.startTime).toBe(Date.UTC(2020, 5, 30));
    expect(v.fps).toBe(24);
  });

  it('names the option, what it expects and what it got', () => {
    expect(() => validateOptions({ fps: 0 }, [])).toThrow('Expected an integer between 1 and 240 for fps but received 0 of type number');
    expect(() => validateOptions({ size: '1920x1080' }, [])).toThrow(/for size but received "1920x1080" of type string/);
  });

  it('rejects unknown keys, suggesting the near one', () => {
    expect(() => validateOptions({ batch_size: 3 }, [])).toThrow('Unknown option "batch_size" (did you mean "batchSize"?)');
    expect(() => validateOptions({ output: 'x.mp4' }, [])).toThrow(/Unknown option "output"/);
    expect(validateOptions({ output: 'x.mp4' }, ['output'])).toEqual({ output: 'x.mp4' });
  });

  it('prefixes errors with where the options came from', () => {
    expect(() => validateOptions({ crf: 99 }, [], 'movie.json')).toThrow(/^movie\.json: Expected/);
  });

  it('has one unique key and flag per option, each documented', () => {
    const keys = OPTION_DEFINITIONS.map((d) => d.key);
    const flags = OPTION_DEFINITIONS.map((d) => d.flag.split(' ')[0]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(flags).size).toBe(flags.length);
    for (const d of OPTION_DEFINITIONS) expect(d.description.length).toBeGreaterThan(10);
  });
});
