// The trackreel command line: render, still, info, demo, worker. Exit codes: 0 done, 1 failed,
// 2 bad usage, 130 interrupted (Ctrl-C), with temporary files cleaned up in every case.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { demoCommand, infoCommand, renderCommand, stillCommand, type GlobalFlags } from './commands.js';
import { addOptionFlags } from './option-flags.js';
import { exitCodeFor, printError } from './print-error.js';
import { onFifoWait } from '../files/open-for-reading.js';
import { addPreviewFlags, previewCommand } from './preview-command.js';
import { addWorkerFlags, workerCommand } from './worker-command.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function globalFlags(command: Command): Command {
  return command
    .option('--config <file>', 'Read options from a JSON file (same keys as the library API); flags win over it.')
    .option('-q, --quiet', 'Print nothing but errors.')
    .option('--json', 'Print the result (or the error) as JSON on stdout, and no progress.')
    .option('--verbose', 'On failure, also print the error code and ffmpeg\'s last output.');
}

export async function main(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  let interrupted = 0;
  const onSigint = (): void => {
    interrupted++;
    if (interrupted > 1) process.exit(130);
    process.stderr.write('\ntrackreel: stopping (press Ctrl-C again to quit at once)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  onFifoWait((path) => process.stderr.write(`trackreel: waiting for a writer on the FIFO ${path} (Ctrl-C to stop)\n`));
  let failure: unknown = null;
  let flagsForError: GlobalFlags = {};

  const program = new Command('trackreel')
    .description('Render movies of moving-object trails on a map, in parallel, frame-exact.')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    // Set before the commands are added, which copy it: commander would otherwise exit(1) itself
    // on a subcommand's usage error.
    .exitOverride();
  const action = (run: (command: Command, flags: GlobalFlags) => Promise<void>) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const flags = command.opts<GlobalFlags>();
    flagsForError = flags;
    try { await run(command, flags); } catch (error) { failure = error; }
  };

  const render = globalFlags(program.command('render').description('Render a movie of the trails in the input files.')
    .argument('[inputs...]', 'point files (tracktable points, MarineCadastre AIS CSV); .gz works')
    .option('-o, --output <file>', 'Movie to write: .mp4 (H.264), .webm (VP9), .gif, .mov (ProRes), .mkv (lossless)'));
  addOptionFlags(render, 'movie').action(action((c) => renderCommand(c.args, c, c.opts(), controller.signal)));

  const still = globalFlags(program.command('still').description('Render one frame as a PNG (for previews).')
    .argument('[inputs...]', 'point files')
    .option('-o, --output <file>', 'PNG to write')
    .option('--at <time>', 'Time to show (ISO 8601; default: the first frame)')
    .option('--frame <n>', 'Or: frame number in the movie the same options would make'));
  addOptionFlags(still, 'still').action(action((c) => stillCommand(c.args, c, c.opts(), controller.signal)));

  const info = globalFlags(program.command('info').description('Describe the input: objects, points, time span, bounding box, skipped rows.')
    .argument('[inputs...]', 'point files'));
  addOptionFlags(info, 'input').action(action((c) => infoCommand(c.args, c, c.opts(), controller.signal)));

  const demo = globalFlags(program.command('demo').description('Generate one day of great-circle flights between real cities and render them (20 s movie).')
    .option('-o, --output <file>', 'Movie to write (default: demo.mp4)')
    .option('--save-data <file>', 'Also keep the generated point file here'));
  addOptionFlags(demo, 'movie').action(action((c) => demoCommand(c, c.opts(), controller.signal)));

  const preview = globalFlags(program.command('preview').description('Serve a local page to scrub through the movie, tune its options and render it.')
    .argument('[inputs...]', 'point files'));
  addOptionFlags(addPreviewFlags(preview), 'movie').action(action((c) => previewCommand(c.args, c, c.opts(), controller.signal)));

  const worker = program.command('worker').description('Render batches for distributed renders (--redis) until stopped; run one or more per machine.');
  addWorkerFlags(worker).action(action((c) => workerCommand(c.opts(), controller.signal)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Commander has already printed its usage message.
    const code = (error as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    onFifoWait(null);
  }
  if (failure) {
    printError(failure, flagsForError);
    return exitCodeFor(failure);
  }
  return 0;
}
