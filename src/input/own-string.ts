// A copy of a string that does not keep alive the text it was cut from: V8 makes slices of 13 or
// more characters views into their parent, so an id sliced from a 1 MB chunk of a file would hold
// the whole chunk for as long as the id lives (every chunk, for a file of many objects).
export function ownString(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}
