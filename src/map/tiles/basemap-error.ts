// The errors of --basemap sources, one shape: "--basemap <source>: what is wrong".
import { TrackreelError } from '../../errors/trackreel-error.js';

export type BasemapErrorCode = 'BASEMAP_UNREADABLE' | 'BASEMAP_UNSUPPORTED' | 'BASEMAP_FETCH_FAILED';

export function basemapError(code: BasemapErrorCode, source: string, message: string, cause?: unknown): TrackreelError {
  // A failed download may succeed on a retry of the render; a bad file will not.
  return new TrackreelError(code, `--basemap ${source}: ${message}`, {
    retryable: code === 'BASEMAP_FETCH_FAILED', context: { option: 'basemap', file: source }, cause,
  });
}
