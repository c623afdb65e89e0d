// A column option (0-based index or header name) -> index, with an INPUT_COLUMN error naming the known columns.
import { inputError } from '../errors/messages.js';

export function resolveColumn(
  file: string, option: string, value: number | string | undefined, fallback: number | string, header: string[] | undefined, fieldCount: number,
): number {
  const wanted = value ?? fallback;
  if (typeof wanted === 'number') {
    if (wanted >= fieldCount) {
      throw inputError('INPUT_COLUMN', `column ${wanted} does not exist: rows have ${fieldCount} fields (columns are 0-based)`, { file, field: option });
    }
    return wanted;
  }
  const key = wanted.trim().toLowerCase();
  const index = header ? header.findIndex((name) => name.trim().toLowerCase() === key) : -1;
  if (index < 0) {
    const known = header && header.length > 0
      ? `known columns: ${header.join(', ')}`
      : 'the file has no header line naming its columns; give a 0-based index instead';
    throw inputError('INPUT_COLUMN', `unknown column ${JSON.stringify(wanted)}; ${known}`, { file, field: option });
  }
  return index;
}
