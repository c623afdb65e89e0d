// The one error class trackreel throws. Callers branch on `code`, never on message text.
export type TrackreelErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_NO_POINTS'
  | 'INPUT_PARSE'
  | 'INPUT_COLUMN'
  | 'INVALID_OPTION'
  // A map source (coastline data, --overlay file) that is missing, unreadable or not the one expected.
  | 'MAP_SOURCE'
  | 'CONFIG_FILE'
  | 'OUTPUT_EXISTS'
  | 'OUTPUT_UNWRITABLE'
  | 'DISK_FULL'
  | 'FFMPEG_MISSING'
  | 'FFMPEG_ENCODER_MISSING'
  | 'FFMPEG_TOO_OLD'
  | 'FFMPEG_FAILED'
  | 'FFMPEG_TIMEOUT'
  | 'FRAME_COUNT_MISMATCH'
  | 'RENDER_FAILED'
  | 'WORKER_CRASHED'
  | 'CANCELLED'
  | 'INVALID_JOB'
  | 'QUEUE_UNAVAILABLE'
  | 'BASEMAP_UNREADABLE'
  | 'BASEMAP_UNSUPPORTED'
  | 'BASEMAP_FETCH_FAILED'
  | 'INTERNAL';

// Where an error happened; every field optional, all plain data so it crosses threads.
export interface TrackreelErrorContext {
  file?: string;
  line?: number;
  field?: string;
  option?: string;
  batchIndex?: number;
  frame?: number;
  attempt?: number;
  stderrTail?: string;
}

export interface TrackreelErrorData {
  name: 'TrackreelError';
  code: TrackreelErrorCode;
  message: string;
  retryable: boolean;
  context: TrackreelErrorContext;
  cause?: { name: string; message: string; stack?: string };
}

// A symbol from the global registry, so the brand check works across worker realms.
const BRAND = Symbol.for('trackreel.error');

export class TrackreelError extends Error {
  override readonly name = 'TrackreelError';
  readonly code: TrackreelErrorCode;
  readonly retryable: boolean;
  readonly context: TrackreelErrorContext;

  constructor(
    code: TrackreelErrorCode,
    message: string,
    options: { retryable?: boolean; context?: TrackreelErrorContext; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.context = options.context ?? {};
    Object.defineProperty(this, BRAND, { value: true });
  }

  toJSON(): TrackreelErrorData {
    const cause = this.cause instanceof Error
      ? { name: this.cause.name, message: this.cause.message, stack: this.cause.stack }
      : undefined;
    return { name: 'TrackreelError', code: this.code, message: this.message, retryable: this.retryable, context: this.context, cause };
  }
}

// True for a TrackreelError from any realm (worker thread, deserialised copy).
export function isTrackreelError(value: unknown): value is TrackreelError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

// Plain data for postMessage or a queue payload.
export function serializeError(error: unknown): TrackreelErrorData {
  if (isTrackreelError(error)) return error.toJSON();
  const e = error instanceof Error ? error : new Error(String(error));
  return {
    name: 'TrackreelError', code: 'INTERNAL', message: e.message, retryable: true, context: {},
    cause: { name: e.name, message: e.message, stack: e.stack },
  };
}

export function deserializeError(data: TrackreelErrorData): TrackreelError {
  const cause = data.cause ? Object.assign(new Error(data.cause.message), data.cause) : undefined;
  return new TrackreelError(data.code, data.message, { retryable: data.retryable, context: data.context, cause });
}

// Wraps anything thrown into a TrackreelError, keeping an existing one unchanged.
export function toTrackreelError(error: unknown, code: TrackreelErrorCode = 'INTERNAL'): TrackreelError {
  if (isTrackreelError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TrackreelError(code, message, { cause: error });
}
