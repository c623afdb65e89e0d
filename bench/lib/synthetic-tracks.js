// Generated data for the scaling benchmark: `trajectories` tracks of `points` points one minute
// apart, starting at times spread evenly so that about `visible` tracks are on screen at once
// (span = trajectories x track length / visible). Streamed to disk: 10 M points is ~450 MB.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const MINUTE = 60_000;
const T0 = Date.UTC(2024, 0, 1);

export async function writeSyntheticTracks(path, { trajectories, points, visible }) {
  const trackMs = (points - 1) * MINUTE;
  const spanMs = Math.max(trackMs, (trajectories * trackMs) / visible);
  const out = createWriteStream(path);
  let chunk = '';
  for (let i = 0; i < trajectories; i++) {
    const start = T0 + Math.floor((i / trajectories) * spanMs);
    // A straight-ish track across a 40 x 20 degree box, different for every object.
    const lon0 = -120 + ((i * 7919) % 4000) / 100;
    const lat0 = 25 + ((i * 104729) % 2000) / 100;
    const dLon = (((i * 31) % 21) - 10) / 1000;
    const dLat = (((i * 17) % 21) - 10) / 1000;
    for (let p = 0; p < points; p++) {
      chunk += `T${i},${start + p * MINUTE},${(lon0 + p * dLon).toFixed(4)},${(lat0 + p * dLat).toFixed(4)},${(200 + p).toString()}\n`;
    }
    if (chunk.length > 1 << 20) { if (!out.write(chunk)) await once(out, 'drain'); chunk = ''; }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { points: trajectories * points, spanMs };
}
