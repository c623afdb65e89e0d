// Greedy label placement: each label, in the given order (most important first), takes the first
// of right, left, above, below of its point that stays in the frame and overlaps neither an
// earlier label nor any point's dot; a label with no such place is left out.
export interface LabelRect { x: number; y: number; w: number; h: number }

export interface LabelRequest {
  x: number;
  y: number;
  // Text size in pixels.
  w: number;
  h: number;
}

const overlaps = (a: LabelRect, b: LabelRect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// Top-left corners of the placed labels (null: not placed), in the order of `requests`.
export function placeLabels(requests: LabelRequest[], dotRadius: number, gap: number, width: number, height: number): Array<LabelRect | null> {
  const taken: LabelRect[] = requests.map((r) => ({ x: r.x - dotRadius, y: r.y - dotRadius, w: 2 * dotRadius, h: 2 * dotRadius }));
  return requests.map((r) => {
    const d = dotRadius + gap;
    const candidates: LabelRect[] = [
      { x: r.x + d, y: r.y - r.h / 2, w: r.w, h: r.h },
      { x: r.x - d - r.w, y: r.y - r.h / 2, w: r.w, h: r.h },
      { x: r.x - r.w / 2, y: r.y - d - r.h, w: r.w, h: r.h },
      { x: r.x - r.w / 2, y: r.y + d, w: r.w, h: r.h },
    ];
    const spot = candidates.find((c) => c.x >= 0 && c.y >= 0 && c.x + c.w <= width && c.y + c.h <= height && !taken.some((t) => overlaps(c, t)));
    if (!spot) return null;
    taken.push(spot);
    return spot;
  });
}
