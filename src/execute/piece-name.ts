// File names of the pieces a batch writes, made from their frame ranges (so pieces of renders
// with other batch sizes never collide): lossless chunks of the two-pass path, or canonical
// segments in the final codec. A job payload carries these names and the worker checks them.
export type PieceKind = 'chunk' | 'segment';

const pad = (n: number): string => String(n).padStart(7, '0');

export function pieceName(kind: PieceKind, start: number, end: number): string {
  return `${kind}-${pad(start)}-${pad(end)}.nut`;
}

export const PIECE_NAME = /^(chunk|segment)-(\d{7})-(\d{7})\.nut$/;
