// lineclip ships no types; only what trackreel uses is declared.
declare module 'lineclip' {
  // The parts of a polyline inside [minX, minY, maxX, maxY].
  export function clipPolyline(points: number[][], bbox: [number, number, number, number], result?: number[][][]): number[][][];
}
