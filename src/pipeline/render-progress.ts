// What renderMovie reports while it works; the CLI only formats it.
// 'waiting': for another render of the same data to finish with the --work-dir folder.
export type RenderStage = 'reading' | 'waiting' | 'rendering' | 'encoding' | 'verifying' | 'done';

export interface RenderProgress {
  stage: RenderStage;
  framesDone: number;
  framesTotal: number;
  batchesDone: number;
  batchesTotal: number;
  // Frames per second of rendering so far, and the estimated time left for the rendering stage.
  framesPerSecond: number;
  etaMs: number | null;
  elapsedMs: number;
}

// Turns frame counts into progress events with a rate and an ETA.
export class ProgressTracker {
  private framesDone = 0;
  private batchesDone = 0;
  private readonly started = Date.now();
  private renderStarted = 0;
  private stage: RenderStage = 'reading';
  private framesTotal = 0;
  private batchesTotal = 0;

  constructor(private readonly listener?: (progress: RenderProgress) => void) {}

  setStage(stage: RenderStage, totals?: { frames: number; batches: number }): void {
    this.stage = stage;
    if (totals) { this.framesTotal = totals.frames; this.batchesTotal = totals.batches; }
    if (stage === 'rendering') this.renderStarted = Date.now();
    this.emit();
  }

  addFrames(delta: number): void { this.framesDone += delta; this.emit(); }

  addBatch(): void { this.batchesDone++; this.emit(); }

  snapshot(): RenderProgress {
    const now = Date.now();
    const renderSeconds = this.renderStarted ? (now - this.renderStarted) / 1000 : 0;
    const framesPerSecond = renderSeconds > 0 ? this.framesDone / renderSeconds : 0;
    const left = this.framesTotal - this.framesDone;
    return {
      stage: this.stage, framesDone: this.framesDone, framesTotal: this.framesTotal,
      batchesDone: this.batchesDone, batchesTotal: this.batchesTotal, framesPerSecond,
      etaMs: this.stage === 'rendering' && framesPerSecond > 0 ? (left / framesPerSecond) * 1000 : null,
      elapsedMs: now - this.started,
    };
  }

  private emit(): void { this.listener?.(this.snapshot()); }
}
