// Which objects take part: the objects / exclude options as a keep-flag per object of the table,
// with the requested ids that the data does not have (so a typo is reported, not silently ignored).
import { TrackreelError } from '../errors/trackreel-error.js';

export interface ObjectSelection {
  // Per object of the table: 1 = kept.
  keep: Uint8Array;
  filtered: number;
  notFound: string[];
}

export function selectObjects(objectIds: readonly string[], objects?: readonly string[] | null, exclude?: readonly string[] | null): ObjectSelection {
  const keep = new Uint8Array(objectIds.length).fill(objects && objects.length ? 0 : 1);
  const indexOf = new Map(objectIds.map((id, i) => [id, i]));
  const notFound: string[] = [];
  const apply = (ids: readonly string[] | null | undefined, flag: number): void => {
    for (const id of ids ?? []) {
      const i = indexOf.get(id);
      if (i === undefined) { if (!notFound.includes(id)) notFound.push(id); } else keep[i] = flag;
    }
  };
  apply(objects, 1);
  apply(exclude, 0);
  let kept = 0;
  for (const k of keep) kept += k;
  if (kept === 0 && objectIds.length > 0) {
    const option = objects && objects.length ? 'objects' : 'exclude';
    const missing = notFound.length ? `; not in the data: ${listIds(notFound)}` : '';
    throw new TrackreelError('INVALID_OPTION',
      `No object is left after ${objects && objects.length ? '--objects' : ''}${objects && objects.length && exclude && exclude.length ? ' and ' : ''}${exclude && exclude.length ? '--exclude' : ''}${missing} ` +
      `(the data has ${objectIds.length} objects, e.g. ${listIds(objectIds)})`, { context: { option } });
  }
  return { keep, filtered: objectIds.length - kept, notFound };
}

// "a, b, c, d, e and 7 more": at most five ids, so a long list stays one readable line.
export function listIds(ids: readonly string[], shown = 5): string {
  const head = ids.slice(0, shown).join(', ');
  return ids.length > shown ? `${head} and ${ids.length - shown} more` : head;
}
