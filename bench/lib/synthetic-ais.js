// Generated MarineCadastre-style AIS CSV for the read benchmark: `vessels` ships reporting every
// `intervalS` seconds, rows in time order (vessels interleaved, as the real daily files are), ISO
// times, the full 17-column header with empty optional fields. Streamed to disk.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const HEADER = 'BaseDateTime,LON,LAT,MMSI,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TranscieverClass';
const T0 = Date.UTC(2024, 0, 1);

export async function writeSyntheticAis(path, { points, vessels = 2000, intervalS = 10 }) {
  const out = createWriteStream(path);
  let chunk = `${HEADER}\n`;
  const reports = Math.ceil(points / vessels);
  let written = 0;
  for (let r = 0; r < reports && written < points; r++) {
    const time = new Date(T0 + r * intervalS * 1000).toISOString().slice(0, 19);
    for (let v = 0; v < vessels && written < points; v++, written++) {
      const lon = -74.2 + ((v * 7919) % 5000) / 10000 + r * 0.00002 * ((v % 7) - 3);
      const lat = 40.4 + ((v * 104729) % 4000) / 10000 + r * 0.00002 * ((v % 5) - 2);
      const sog = ((v * 13 + r) % 200) / 10;
      const cog = (((v * 37 + r) % 3600) / 10 - 180).toFixed(1);
      const heading = v % 9 === 0 ? 511 : (v * 11) % 360;
      chunk += `${time},${lon.toFixed(5)},${lat.toFixed(5)},${366000000 + v},${sog.toFixed(1)},${cog},${heading}.0,VESSEL ${v},${v % 3 ? `IMO${9000000 + v}` : ''},CALL${v},${60 + (v % 30)}.0,${v % 4}.0,${50 + (v % 200)}.0,${10 + (v % 30)}.0,,${v % 2 ? '70.0' : ''},${v % 5 ? 'A' : 'B'}\n`;
      if (chunk.length > 1 << 20) { if (!out.write(chunk)) await once(out, 'drain'); chunk = ''; }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { points: written };
}
