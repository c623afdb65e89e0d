// One line per error for people (the code and ffmpeg's last words only with --verbose), or a
// JSON object with --json. Never a stack trace unless asked for.
import { toTrackreelError } from '../errors/trackreel-error.js';

export function printError(error: unknown, flags: { json?: boolean; verbose?: boolean }): void {
  const e = toTrackreelError(error);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: { code: e.code, message: e.message, context: e.context } })}\n`);
    return;
  }
  process.stderr.write(`trackreel: ${e.message}\n`);
  if (flags.verbose) {
    process.stderr.write(`  code: ${e.code}\n`);
    if (e.context.stderrTail) process.stderr.write(`  ffmpeg said:\n${e.context.stderrTail.replace(/^/gm, '    ')}\n`);
    if (e.code === 'INTERNAL' && e.cause instanceof Error && e.cause.stack) process.stderr.write(`${e.cause.stack}\n`);
  } else if (e.code === 'INTERNAL') {
    process.stderr.write('  (an internal error: run again with --verbose and report it)\n');
  }
}

export function exitCodeFor(error: unknown): number {
  return toTrackreelError(error).code === 'CANCELLED' ? 130 : 1;
}
