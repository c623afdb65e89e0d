// Pixel width of a PNG, JPEG or WebP from its header, to learn a raster tile set's tile size
// (256, or 512 for "retina" tiles) before choosing a zoom; null when the header is not understood.
export function imageWidth(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return view.getUint32(16);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // JPEG: walk the segments to the first start-of-frame marker (C0-CF but C4, C8, CC).
    for (let i = 2; i + 9 < bytes.length;) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return view.getUint16(i + 7);
      i += 2 + view.getUint16(i + 2);
    }
    return null;
  }
  if (bytes.length >= 30 && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') {
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    if (chunk === 'VP8 ') return view.getUint16(26, true) & 0x3fff;
    if (chunk === 'VP8L') return 1 + (view.getUint16(21, true) & 0x3fff);
    if (chunk === 'VP8X') return 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
  }
  return null;
}
