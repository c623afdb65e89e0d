// Whether parsed JSON from outside (a request body, a scene file's header) nests deeper than
// `maxDepth`. Iterative, so a hostile 5,000-deep value cannot overflow the stack here the way it
// would in any recursive walk after it (validation, reviving typed arrays).
export function exceedsJsonDepth(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
