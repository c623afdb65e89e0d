// A cylindrical map never shows past the poles (or Mercator's 85° cut): fitting a box to a 16:9
// frame keeps its aspect, and the extra height used to show empty bands beyond 90°. The map is
// moved so the band leaves the frame, and zoomed (about the frame's centre) when the whole
// world's height is less than the frame's, so a world map fills the frame, trimming the sides.

// Projected y of latitude `lat` (degrees) at scale 1, without the flip: equirectangular and Mercator.
function rawY(projection: 'equirectangular' | 'mercator', lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return projection === 'mercator' ? Math.log(Math.tan(Math.PI / 4 + phi / 2)) : phi;
}

export function keepWithinPoles(
  projection: 'equirectangular' | 'mercator', maxLat: number, fit: { scale: number; translate: [number, number] }, width: number, height: number,
): { scale: number; translate: [number, number] } {
  const top = rawY(projection, maxLat);
  let { scale } = fit;
  let [tx, ty] = fit.translate;
  // Screen y of a latitude is ty - scale * rawY; the world spans 2 * scale * top pixels.
  if (2 * scale * top < height) {
    const zoom = height / (2 * scale * top);
    tx = width / 2 + (tx - width / 2) * zoom;
    ty = height / 2 + (ty - height / 2) * zoom;
    scale *= zoom;
  }
  const north = ty - scale * top;
  const south = ty + scale * top;
  if (north > 0) ty -= north;
  else if (south < height) ty += height - south;
  return { scale, translate: [tx, ty] };
}
