// The --camera flag: keyframes separated by ";", each TIME@LON,LAT,RADIUSkm (a centre and the km
// shown from it to the nearer frame edge) or TIME@minLon,minLat,maxLon,maxLat (a box to fit).
// TIME is anything --start takes (ISO 8601, epoch ms). Gives the same objects as the config key.
export type CameraKeyframeOption =
  | { time: string | number; center: [number, number]; radiusKm: number }
  | { time: string | number; bbox: [number, number, number, number] };

export const CAMERA_SYNTAX = 'keyframes TIME@LON,LAT,RADIUSkm or TIME@minLon,minLat,maxLon,maxLat, separated by ";"';

export function parseCameraKeyframes(raw: string): CameraKeyframeOption[] {
  const parts = raw.split(';').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error(CAMERA_SYNTAX);
  return parts.map((part, i) => {
    const at = part.lastIndexOf('@');
    const bad = (why: string): Error => new Error(`${CAMERA_SYNTAX} (keyframe ${i + 1}, "${part}": ${why})`);
    if (at <= 0) throw bad('no TIME@ before the view');
    const time = part.slice(0, at).trim();
    const fields = part.slice(at + 1).split(',').map((s) => s.trim());
    if (fields.length === 3) {
      const radius = /^(.*?)\s*(km)?$/i.exec(fields[2])![1];
      const [lon, lat, radiusKm] = [fields[0], fields[1], radius].map(Number);
      if (![lon, lat, radiusKm].every(Number.isFinite) || fields.slice(0, 2).some((f) => f === '') || radius === '') throw bad('not three numbers');
      if (!(radiusKm > 0)) throw bad('the radius must be > 0');
      return { time, center: [lon, lat], radiusKm };
    }
    if (fields.length === 4) {
      const box = fields.map(Number);
      if (!box.every(Number.isFinite) || fields.some((f) => f === '')) throw bad('not four numbers');
      return { time, bbox: box as [number, number, number, number] };
    }
    throw bad(`${fields.length} numbers, expected 3 or 4`);
  });
}
