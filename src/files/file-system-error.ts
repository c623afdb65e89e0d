// One clear error for a failed file-system call: the path, what was being done and why, in words
// (a full disk, a read-only folder, no permission...). Branching is on the errno code only.
import { TrackreelError, isTrackreelError } from '../errors/trackreel-error.js';

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder, not a file',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  EIO: 'input/output error',
  EXDEV: 'not on the same file system',
};

export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

// True for a full disk or quota: the same condition whoever saw it (Node, or ffmpeg's stderr).
export function isDiskFull(error: unknown): boolean {
  const code = errnoCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

export function reasonFor(code: string | undefined): string | undefined {
  return code === undefined ? undefined : REASONS[code];
}

// For writing (work folder, output, temporary copies): DISK_FULL or OUTPUT_UNWRITABLE.
// `doing` completes "cannot ...", e.g. "write the chunk list".
export function fileSystemError(error: unknown, path: string, doing: string): TrackreelError {
  if (isTrackreelError(error)) return error;
  const code = errnoCode(error);
  const reason = reasonFor(code) ?? (error as Error)?.message ?? String(error);
  return new TrackreelError(isDiskFull(error) ? 'DISK_FULL' : 'OUTPUT_UNWRITABLE', `${path}: cannot ${doing}: ${reason}`,
    { cause: error, context: { file: path } });
}

// For reading an input file: INPUT_NOT_FOUND for a path that cannot be opened, INPUT_PARSE for a
// read that failed half-way; anything without an errno code is left as it is.
export function inputFileError(error: unknown, path: string): unknown {
  if (isTrackreelError(error)) return error;
  const code = errnoCode(error);
  const reason = reasonFor(code);
  if (!reason) return error;
  const cannotOpen = code !== 'EIO' && code !== 'EMFILE' && code !== 'ENFILE';
  return new TrackreelError(cannotOpen ? 'INPUT_NOT_FOUND' : 'INPUT_PARSE', `${path}: cannot read: ${reason}`, { cause: error, context: { file: path } });
}
