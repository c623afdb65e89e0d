// Where the decorations go: each at its anchor, never over another. Items sharing an anchor are
// stacked away from the frame's edge in STACK_ORDER (the legend above the scale bar at
// bottom-left, the logo below the north arrow at top-right). Corner items are placed first; an item
// anchored at the top or bottom centre that would touch one is squeezed between them when it may
// be (the title's text), else moved inward past it. Pure geometry: the sizes come from the drawers.
import type { Anchor } from '../../style/decoration-style.js';

import type { Box, DecorationBoxes, DecorationName } from '../../scene/scene-layers.js';

export type { Box, DecorationBoxes, DecorationName };

// Nearest the edge first when items share an anchor.
// Credits keep to the very corner, as on web maps.
export const STACK_ORDER: readonly DecorationName[] = ['attribution', 'title', 'clock', 'northArrow', 'scaleBar', 'logo', 'legend'];


export interface DecorationRequest {
  name: DecorationName;
  anchor: Anchor;
  w: number;
  h: number;
  // The narrowest the item may be squeezed to (text drawn with a maximum width); absent: fixed.
  minW?: number;
}

// Top-left corner of a w x h box placed at `anchor`, `margin` pixels from the frame's edges.
export function anchorBox(anchor: Anchor, width: number, height: number, w: number, h: number, margin: number): { x: number; y: number } {
  const x = anchor.endsWith('left') ? margin : anchor.endsWith('right') ? width - margin - w : (width - w) / 2;
  const y = anchor.startsWith('top') ? margin : height - margin - h;
  return { x, y };
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const isCentre = (anchor: Anchor): boolean => anchor === 'top' || anchor === 'bottom';

// `margin` from the frame's edges, `gap` between items.
export function layoutDecorations(requests: readonly DecorationRequest[], width: number, height: number, margin: number, gap: number): DecorationBoxes {
  const order = [...requests].sort((a, b) => Number(isCentre(a.anchor)) - Number(isCentre(b.anchor)) || STACK_ORDER.indexOf(a.name) - STACK_ORDER.indexOf(b.name));
  const placed: Box[] = [];
  const boxes: DecorationBoxes = {};
  for (const request of order) {
    const fromTop = request.anchor.startsWith('top');
    const w = Math.min(request.w, width - 2 * margin);
    let box: Box = { ...anchorBox(request.anchor, width, height, w, request.h, margin), w, h: request.h };
    // Each step moves the box inward or narrows it, so this ends; the bound is a guard.
    for (let step = 0; step < 4 * placed.length + 1; step++) {
      const grown = { x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap };
      const hits = placed.filter((p) => boxesIntersect(grown, p));
      if (hits.length === 0) break;
      if (isCentre(request.anchor) && request.minW !== undefined) {
        // The widest centred box clear of every hit that lies wholly to one side of the centre.
        let half = Infinity;
        for (const hit of hits) {
          if (hit.x + hit.w <= width / 2) half = Math.min(half, width / 2 - (hit.x + hit.w) - gap);
          else if (hit.x >= width / 2) half = Math.min(half, hit.x - gap - width / 2);
          else half = -Infinity;
        }
        if (2 * half >= request.minW && 2 * half < box.w) {
          box = { ...box, x: width / 2 - half, w: 2 * half };
          continue;
        }
      }
      box = { ...box, y: fromTop ? Math.max(...hits.map((p) => p.y + p.h)) + gap : Math.min(...hits.map((p) => p.y)) - gap - box.h };
    }
    placed.push(box);
    boxes[request.name] = box;
  }
  return boxes;
}
