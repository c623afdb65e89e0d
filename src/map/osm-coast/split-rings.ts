// Cuts polygon rings into the cells of a whole-degree grid by recursive halving (each ring is clipped
// against one line per level, so the cost is points x log(cells), not points x cells): the ocean's
// outer ring alone has 239,000 points and crosses thousands of cells. Coordinates are integers in
// COORD_UNITS per degree, so cut points lie exactly on cell edges.

// The source has five decimals: integers of 1e-5 degree hold it exactly.
export const COORD_UNITS = 100_000;

export interface CellRing {
  // Flat x,y pairs, not closed (the last point is not the first again).
  points: Int32Array;
  // From a polygon's outer ring (sea) or one of its holes (land inside the sea).
  hole: boolean;
}

interface Piece extends CellRing {
  x0: number; y0: number; x1: number; y1: number;
}

function withBounds(points: Int32Array, hole: boolean): Piece {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i]; const y = points[i + 1];
    if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
  }
  return { points, hole, x0, y0, x1, y1 };
}

// Sutherland-Hodgman against one axis-aligned line: keeps the side where sign * (p[axis] - at) >= 0.
// The ring's orientation is kept; pieces joined along the line become zero-width bridges, which
// fill to nothing.
function clipHalf(points: Int32Array, axis: 0 | 1, at: number, sign: 1 | -1): Int32Array | null {
  const n = points.length / 2;
  const out: number[] = [];
  // A cut point may fall on a vertex: repeated points are left out.
  const push = (x: number, y: number): void => {
    if (out.length === 0 || out[out.length - 2] !== x || out[out.length - 1] !== y) out.push(x, y);
  };
  const inside = (i: number): boolean => (points[2 * i + axis] - at) * sign >= 0;
  let prevIn = inside(n - 1);
  for (let i = 0; i < n; i++) {
    const hereIn = inside(i);
    if (hereIn !== prevIn) {
      const p = (i + n - 1) % n;
      const ax = points[2 * p]; const ay = points[2 * p + 1];
      const bx = points[2 * i]; const by = points[2 * i + 1];
      if (axis === 0) push(at, Math.round(ay + ((by - ay) * (at - ax)) / (bx - ax)));
      else push(Math.round(ax + ((bx - ax) * (at - ay)) / (by - ay)), at);
    }
    if (hereIn) push(points[2 * i], points[2 * i + 1]);
    prevIn = hereIn;
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out.length >= 6 ? Int32Array.from(out) : null;
}

// Calls `emit(cellX, cellY, rings)` for every cell of `cellDeg` degrees that some ring reaches, with
// the rings clipped to it. cellX = floor(lon / cellDeg) + 180 / cellDeg, cellY likewise from -90.
export function splitRingsIntoCells(rings: CellRing[], cellDeg: number, emit: (cellX: number, cellY: number, rings: CellRing[]) => void): void {
  const cell = cellDeg * COORD_UNITS;
  const cols = Math.round(360 / cellDeg);
  const rows = Math.round(180 / cellDeg);
  const recurse = (pieces: Piece[], cx0: number, cy0: number, cx1: number, cy1: number): void => {
    if (pieces.length === 0) return;
    if (cx1 - cx0 === 1 && cy1 - cy0 === 1) {
      emit(cx0, cy0, pieces.map(({ points, hole }) => ({ points, hole })));
      return;
    }
    const alongX = cx1 - cx0 >= cy1 - cy0;
    const mid = alongX ? (cx0 + cx1) >> 1 : (cy0 + cy1) >> 1;
    const at = (alongX ? mid * cell - 180 * COORD_UNITS : mid * cell - 90 * COORD_UNITS);
    const low: Piece[] = []; const high: Piece[] = [];
    for (const piece of pieces) {
      const lo = alongX ? piece.x0 : piece.y0;
      const hi = alongX ? piece.x1 : piece.y1;
      if (hi <= at) { low.push(piece); continue; }
      if (lo >= at) { high.push(piece); continue; }
      const axis = alongX ? 0 : 1;
      const below = clipHalf(piece.points, axis, at, -1);
      const above = clipHalf(piece.points, axis, at, 1);
      if (below) low.push(withBounds(below, piece.hole));
      if (above) high.push(withBounds(above, piece.hole));
    }
    if (alongX) { recurse(low, cx0, cy0, mid, cy1); recurse(high, mid, cy0, cx1, cy1); }
    else { recurse(low, cx0, cy0, cx1, mid); recurse(high, cx0, mid, cx1, cy1); }
  };
  recurse(rings.map((r) => withBounds(r.points, r.hole)), 0, 0, cols, rows);
}
