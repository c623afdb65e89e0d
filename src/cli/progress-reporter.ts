// Formats RenderProgress for people: a live bar on a terminal, a plain line every few seconds
// (and per stage) when stderr is a file or a pipe, nothing with --quiet or --json.
import cliProgress from 'cli-progress';
import type { RenderProgress } from '../pipeline/render-progress.js';

export type ProgressMode = 'bar' | 'lines' | 'none';

const LINE_INTERVAL_MS = 5_000;

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function progressLine(p: RenderProgress): string {
  if (p.stage !== 'rendering') return `${p.stage}…`;
  const pct = p.framesTotal ? Math.floor((100 * p.framesDone) / p.framesTotal) : 0;
  const eta = p.etaMs === null ? '' : `, ETA ${formatDuration(p.etaMs)}`;
  return `rendering: ${p.framesDone}/${p.framesTotal} frames (${pct}%), ${p.framesPerSecond.toFixed(1)} fps${eta}`;
}

export class ProgressReporter {
  private bar: cliProgress.SingleBar | null = null;
  private lastStage = '';
  private lastLine = 0;

  constructor(private readonly mode: ProgressMode, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  static modeFor(flags: { quiet?: boolean; json?: boolean }): ProgressMode {
    if (flags.quiet || flags.json) return 'none';
    return process.stderr.isTTY ? 'bar' : 'lines';
  }

  update = (p: RenderProgress): void => {
    if (this.mode === 'none') return;
    if (this.mode === 'bar') this.updateBar(p);
    else this.updateLines(p);
  };

  private updateBar(p: RenderProgress): void {
    if (p.stage === 'rendering') {
      if (!this.bar) {
        this.bar = new cliProgress.SingleBar({
          stream: this.stream, hideCursor: true, clearOnComplete: false, etaBuffer: 50,
          format: 'rendering {bar} {percentage}% | {value}/{total} frames | {fps} fps | ETA {etaText}',
        }, cliProgress.Presets.shades_classic);
        this.bar.start(p.framesTotal, 0, { fps: '0.0', etaText: '…' });
      }
      this.bar.update(p.framesDone, { fps: p.framesPerSecond.toFixed(1), etaText: p.etaMs === null ? '…' : formatDuration(p.etaMs) });
    } else if (p.stage !== this.lastStage) {
      this.stop();
      if (p.stage !== 'done') this.stream.write(`${p.stage}…\n`);
    }
    this.lastStage = p.stage;
  }

  private updateLines(p: RenderProgress): void {
    const now = Date.now();
    const stageChanged = p.stage !== this.lastStage;
    const finished = p.stage === 'rendering' && p.framesDone === p.framesTotal;
    if (stageChanged || finished || now - this.lastLine >= LINE_INTERVAL_MS) {
      if (p.stage !== 'done' && (stageChanged || p.stage === 'rendering')) this.stream.write(`${progressLine(p)}\n`);
      this.lastLine = now;
    }
    this.lastStage = p.stage;
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
