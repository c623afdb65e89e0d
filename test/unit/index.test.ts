// Locks the public surface: adding or removing an export must be a deliberate change here too.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'TrackreelError', 'describeInput', 'frameTimeMs', 'isTrackreelError', 'planBatches', 'renderMovie', 'renderStill',
    ]);
  });
});
