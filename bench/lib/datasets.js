// The data sets the benchmark renders: the public samples when ../shared/data is there (else the
// demo's generated flights, so the script still runs in a clone elsewhere).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoFlights } from '../../dist/internals.js';

const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export function benchDatasets() {
  if (existsSync(SHARED)) {
    return [
      { name: 'NYHarbor AIS', input: join(SHARED, 'NYHarbor_2020_06_30_first_hour.csv'), options: { trailDurationMs: '10m' } },
      { name: 'SampleFlightsUS', input: join(SHARED, 'SampleFlightsUS.csv'), options: { trailDurationMs: '2h' } },
    ];
  }
  console.warn(`note: ${SHARED} not found; benchmarking the demo's generated flights instead`);
  const dir = mkdtempSync(join(tmpdir(), 'trackreel-bench-data-'));
  const input = join(dir, 'demo-flights.csv');
  writeFileSync(input, generateDemoFlights());
  return [{ name: 'demo flights', input, options: { trailDurationMs: '90m', map: 'world' } }];
}
