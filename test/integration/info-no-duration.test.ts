// Issue 15.7: data with no duration is valid input. A snapshot (most objects seen once:
// SampleASDI) and points that all share one time (SampleHeatmapPoints) are described by
// `trackreel info`, with the defaults and with a --min-points they cannot meet.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { HAVE_SHARED_DATA, sample } from '../helpers/shared-data.js';
import { useTempFiles } from '../helpers/temp-files.js';

const file = useTempFiles('trackreel-no-duration-');

describe('trackreel info on data with no duration', () => {
  it('describes points that all share one time, saying nothing moves', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `ANON,2014-01-01 00:00:00,${-120 + i},${30 + i / 2}`);
    const path = await file('heat.csv', `# object_id timestamp longitude latitude\n${rows.join('\n')}\n`);
    for (const extra of [[], ['--min-points', '10']]) {
      const run = await runCli(['info', path, ...extra]);
      expect(run.stderr).not.toMatch(/^trackreel: [^w]/m);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^points: +30 read/m);
      expect(run.stdout).toContain('time span:     2014-01-01T00:00:00.000Z only: every point has this one time, so nothing moves');
    }
  }, 60_000);

  it.skipIf(!HAVE_SHARED_DATA)('describes SampleASDI (one report per flight) and SampleHeatmapPoints (one time) with the defaults and --min-points 10', async () => {
    const asdi = await runCli(['info', sample('SampleASDI.csv'), '--min-points', '10']);
    expect(asdi.code).toBe(0);
    expect(asdi.stdout).toMatch(/^objects: +92$/m);
    const heat = await runCli(['info', sample('SampleHeatmapPoints.csv')]);
    expect(heat.code).toBe(0);
    expect(heat.stdout).toMatch(/^points: +50000 read/m);
    expect(heat.stdout).toContain('only: every point has this one time');
  }, 120_000);
});
