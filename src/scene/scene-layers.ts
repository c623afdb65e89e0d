// The plain-data shapes of a scene's decoration layer: painted by render/ (decorations/), carried
// by the Scene to every worker and in the scene file.
export type DecorationName = 'title' | 'clock' | 'northArrow' | 'scaleBar' | 'logo' | 'legend' | 'attribution';

export interface Box { x: number; y: number; w: number; h: number }

// One box per decoration drawn.
export type DecorationBoxes = Partial<Record<DecorationName, Box>>;

export interface DecorationLayer {
  // Where each decoration is (the digital clock and the analog clock's hands are drawn per frame
  // in theirs).
  boxes: DecorationBoxes;
  // x, y, w, h per rectangle: together they hold every pixel of the layer that is not transparent.
  rects: Int32Array;
  // Premultiplied RGBA of the rectangles, one after the other, row by row.
  pixels: Uint8Array;
}
