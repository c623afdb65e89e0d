// Where JSON text first goes wrong, for a located message: Node 20's JSON.parse names the bad
// token but not its position. Iterative (an explicit stack), so deep nesting cannot overflow.
// Only runs after JSON.parse has failed.
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  // Per open container: 'a' array, 'o' object; what is expected next is tracked in `want`.
  const stack: string[] = [];
  type Want = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
  let want: Want = 'value';
  const ws = () => { while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++; };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return true; }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false; i += 6; continue; }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const afterValue = (): Want => (stack.length === 0 ? 'done' : 'commaOrEnd');
  for (;;) {
    ws();
    if (want === 'done') return i < n ? i : -1;
    if (i >= n) return n;
    const c = text[i];
    if (want === 'colon') { if (c !== ':') return i; i++; want = 'value'; continue; }
    if (want === 'commaOrEnd') {
      const top = stack[stack.length - 1];
      if (c === ',') { i++; want = top === 'o' ? 'key' : 'value'; continue; }
      if ((c === ']' && top === 'a') || (c === '}' && top === 'o')) { i++; stack.pop(); want = afterValue(); continue; }
      return i;
    }
    if (want === 'key' || want === 'keyOrEnd') {
      if (c === '}' && want === 'keyOrEnd') { i++; stack.pop(); want = afterValue(); continue; }
      if (c !== '"') return i;
      const start = i;
      if (!string()) return start;
      want = 'colon';
      continue;
    }
    // a value
    if (c === ']' && want === 'valueOrEnd') { i++; stack.pop(); want = afterValue(); continue; }
    if (c === '{') { i++; stack.push('o'); want = 'keyOrEnd'; continue; }
    if (c === '[') { i++; stack.push('a'); want = 'valueOrEnd'; continue; }
    if (c === '"') { const start = i; if (!string()) return start; want = afterValue(); continue; }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return i;
    i += literal[0].length;
    want = afterValue();
  }
}
