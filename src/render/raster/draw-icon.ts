// A head icon: an alpha mask (pointing up) turned to the direction (ux, uy), `size` px on a side,
// sampled bilinearly (which also anti-aliases its edges), as coverage for a symbol stamp.

// Coverage of the icon centred on (x, y) in an outSize x outSize mask.
export function iconCoverage(out: Uint8Array, outSize: number, mask: Uint8Array, maskSize: number, x: number, y: number, ux: number, uy: number,
  size: number): void {
  out.fill(0);
  if (!(size > 0)) return;
  const k = maskSize / size;
  const last = maskSize - 1;
  for (let py = 0; py < outSize; py++) {
    const dy = py + 0.5 - y;
    for (let px = 0; px < outSize; px++) {
      const dx = px + 0.5 - x;
      // Mask coordinates: forward is up (-v), right is +u; sample centres at half pixels.
      const u = (dx * -uy + dy * ux) * k + maskSize / 2 - 0.5;
      const v = -(dx * ux + dy * uy) * k + maskSize / 2 - 0.5;
      if (u < -1 || v < -1 || u > maskSize || v > maskSize) continue;
      const iu = Math.floor(u); const iv = Math.floor(v);
      const fu = u - iu; const fv = v - iv;
      // The four mask texels around (u, v); outside the mask is transparent.
      const inU0 = iu >= 0 && iu <= last; const inU1 = iu + 1 >= 0 && iu + 1 <= last;
      const row0 = iv >= 0 && iv <= last ? iv * maskSize : -1; const row1 = iv + 1 >= 0 && iv + 1 <= last ? (iv + 1) * maskSize : -1;
      const a00 = row0 >= 0 && inU0 ? mask[row0 + iu] : 0; const a10 = row0 >= 0 && inU1 ? mask[row0 + iu + 1] : 0;
      const a01 = row1 >= 0 && inU0 ? mask[row1 + iu] : 0; const a11 = row1 >= 0 && inU1 ? mask[row1 + iu + 1] : 0;
      const a = (a00 * (1 - fu) + a10 * fu) * (1 - fv) + (a01 * (1 - fu) + a11 * fu) * fv;
      if (a > 0) out[py * outSize + px] = Math.round(a);
    }
  }
}
