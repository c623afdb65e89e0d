// Reads one input in a process of its own (so its peak memory is its own) and prints the outcome
// with the peak resident set size: node read-memory-child.mjs <file> [--lenient]
import { readPoints, resolveMovieOptions, validateOptions } from '../../../dist/internals.js';

const [file, ...flags] = process.argv.slice(2);
const input = { ...resolveMovieOptions(validateOptions({}, [])).input, lenient: flags.includes('--lenient') };
const result = {};
try {
  const { table, report } = await readPoints([file], input);
  Object.assign(result, { points: table.length, skippedCount: report.skippedCount, skippedKept: report.skipped.length });
} catch (error) {
  Object.assign(result, { code: error.code, message: error.message });
}
result.maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(result));
