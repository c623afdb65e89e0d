// Records keyed by names that come from data or users (property columns, --label, --color-by,
// --map, a file's extension...). On a plain object "toString" or "constructor" would be found on
// Object.prototype, and assigning "__proto__" would replace the prototype instead of adding a
// key; such names are ordinary names here. Records are made without a prototype, and looked up
// by own keys only, because a structured clone (postMessage to a worker) gives them one back.
export function nameRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function own<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
