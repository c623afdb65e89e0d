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

// 2 for bad usage: an option's value, an unknown option, a --config file that cannot be used
// (the same code commander gives for its own usage errors); 130 after Ctrl-C; 1 for everything
// that went wrong while doing what was asked (data, ffmpeg, the machine).
const USAGE_ERRORS: ReadonlySet<string> = new Set(['INVALID_OPTION', 'CONFIG_FILE']);

export function exitCodeFor(error: unknown): number {
  const { code } = toTrackreelError(error);
  if (code === 'CANCELLED') return 130;
  return USAGE_ERRORS.has(code) ? 2 : 1;
}
