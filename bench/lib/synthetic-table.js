// Deterministic synthetic flights over the US (a PointTable): TRACKS tracks of one point every
// 10 s for an hour, gentle curves at 0.02-0.17 degrees per point.
const STEP_MS = 10_000;
const SPAN_MS = 3_600_000;

// Deterministic pseudo-random tracks: gentle curves at 0.02-0.17 degrees per point.
export function syntheticTable(TRACKS) {
  const perTrack = SPAN_MS / STEP_MS + 1;
  const length = TRACKS * perTrack;
  const t = new Float64Array(length);
  const lon = new Float64Array(length);
  const lat = new Float64Array(length);
  const objectIndex = new Uint32Array(length);
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0, p = 0; i < TRACKS; i++) {
    let x = -120 + 50 * random();
    let y = 27 + 20 * random();
    const heading = random() * 2 * Math.PI;
    const speed = 0.02 + 0.15 * random();
    for (let j = 0; j < perTrack; j++, p++) {
      x += speed * Math.cos(heading + j * 0.01);
      y += 0.5 * speed * Math.sin(heading + j * 0.01);
      t[p] = j * STEP_MS; lon[p] = x; lat[p] = y; objectIndex[p] = i;
    }
  }
  return {
    source: 'bench', domain: 'terrestrial', length, t, lon, lat, objectIndex,
    objectIds: Array.from({ length: TRACKS }, (_, i) => `track-${i}`), line: new Uint32Array(length), numeric: {}, text: {},
  };
}
