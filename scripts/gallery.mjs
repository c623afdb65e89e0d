// Renders the README gallery: small PNG stills of the shared samples, one per look.
// Run after `npm run build`: node scripts/gallery.mjs [dataDir]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderStill } from '../dist/index.js';

const data = process.argv[2] ?? '../shared/data';
const out = 'docs/gallery';
const size = [640, 400];
const harbor = join(data, 'NYHarbor_2020_06_30_first_hour.csv');
const flights = join(data, 'SampleFlightsUS.csv');
const cartesian = join(data, 'SamplePointsCartesian.csv');
const harborAt = '2020-06-30T00:40:00Z';

const looks = [
  ['dark-default', { input: harbor, at: harborAt, trailDurationMs: '20m', title: 'New York Harbor AIS', subtitle: 'dark theme (default)' }],
  ['light-theme', { input: flights, at: '2004-12-10T19:00:00Z', trailDurationMs: '4h', theme: 'light', map: 'conus', title: 'Sample flights', subtitle: '--theme light --map conus' }],
  ['speed-colorbar', { input: harbor, at: harborAt, trailDurationMs: '20m', colorBy: 'SOG', title: 'Speed over ground', subtitle: '--color-by SOG' }],
  ['categorical-legend', { input: cartesian, at: '2014-12-24T14:00:00Z', trailDurationMs: '2h', colorBy: 'id', theme: 'light', head: 'arrow', title: 'One colour per object', subtitle: '--color-by id (cartesian data)' }],
  ['orthographic', { input: flights, at: '2004-12-07T16:20:00Z', trailDurationMs: '4h', projection: 'orthographic', map: 'world', title: 'Orthographic globe', subtitle: '--projection orthographic --map world' }],
  ['vessel-type', { input: harbor, at: harborAt, trailDurationMs: '20m', colorBy: 'category:VesselType', title: 'Vessel type (AIS code)', subtitle: '--color-by category:VesselType' }],
  ['lambert-arrows', { input: flights, at: '2004-12-13T18:30:00Z', trailDurationMs: '4h', projection: 'lambert-conformal-conic', map: 'conus', head: 'arrow', clockAnchor: 'top-left', title: 'Lambert conformal conic', subtitle: '--head arrow --clock-anchor top-left', titleAnchor: 'bottom' }],
  ['heatmap', { input: harbor, at: '2020-06-30T00:59:00Z', movieType: 'heatmap', heatmapWindowMs: '1h', heatmapRadius: 10, title: 'Where the ships were', subtitle: '--movie-type heatmap --heatmap-window 1h --heatmap-radius 10' }],
  ['port-map', { input: harbor, at: harborAt, trailDurationMs: '20m', map: 'port:New York', mapRadiusKm: 20, theme: 'light', cities: 150000, graticuleLabels: true, scaleBar: true, northArrow: true, title: 'Port of New York', subtitle: '--map port:"New York" --cities 150000 --graticule-labels --scale-bar --north-arrow' }],
  ['labels-highlight', { input: harbor, at: harborAt, trailDurationMs: '20m', map: 'port:New York', mapRadiusKm: 12, colorBy: 'SOG', label: 'VesselName', highlight: ['367784630'], tailOpacity: 0.2, fadeMs: '2m', clockFormat: '%H:%M %Z', colorLabel: 'speed (kn)', title: 'Names and a highlight', subtitle: '--label VesselName --highlight 367784630 --tail-opacity 0.2' }],
  ['follow', { input: harbor, at: harborAt, trailDurationMs: '20m', follow: '367784630', followRadiusKm: 5, colorBy: 'SOG', scalarRange: [0, 20], scaleBar: true, title: 'Following HAPPY HAULER', subtitle: '--follow 367784630 --follow-radius 5 --color-by SOG --scale-bar' }],
];

mkdirSync(out, { recursive: true });
for (const [name, options] of looks) {
  const output = join(out, `${name}.png`);
  const started = performance.now();
  await renderStill({ size, overwrite: true, ...options, output });
  console.log(`${output} (${Math.round(performance.now() - started)} ms)`);
}
