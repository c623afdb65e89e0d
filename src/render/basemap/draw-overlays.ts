// The user's --overlay layers over the map's lines and under its labels: polygons filled faintly
// and outlined, lines stroked, points as dots, each layer in its colour and width.
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { clipAreas, visibleLonLatBox } from '../../map/clip-to-view.js';
import type { MapProjection } from '../../map/create-projection.js';
import type { MapSpec } from '../../map/map-spec.js';
import type { OverlayLayer } from '../../map/overlays/overlay-layer.js';
import type { Context2D } from '../raster/canvas.js';

interface Parts { areas: FeatureCollection; lines: FeatureCollection; points: FeatureCollection }

const parts = new WeakMap<OverlayLayer, Parts>();

// A layer's geometries by how they are drawn (collections taken apart), split once per layer.
function partsOf(layer: OverlayLayer): Parts {
  let p = parts.get(layer);
  if (p) return p;
  const areas: Feature[] = []; const lines: Feature[] = []; const points: Feature[] = [];
  const add = (g: Geometry): void => {
    if (g.type === 'GeometryCollection') { g.geometries.forEach(add); return; }
    const feature: Feature = { type: 'Feature', properties: {}, geometry: g };
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') areas.push(feature);
    else if (g.type === 'LineString' || g.type === 'MultiLineString') lines.push(feature);
    else points.push(feature);
  };
  for (const f of layer.features.features) if (f.geometry) add(f.geometry);
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  p = { areas: fc(areas), lines: fc(lines), points: fc(points) };
  parts.set(layer, p);
  return p;
}

// `projection` is the frame's, clipped to it.
export function drawOverlays(ctx: Context2D, spec: MapSpec, projection: MapProjection, width: number, height: number): void {
  if (spec.overlays.length === 0) return;
  const box = visibleLonLatBox(projection, width, height);
  const path = geoPath(projection as Parameters<typeof geoPath>[0], ctx as unknown as Parameters<typeof geoPath>[1]);
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const layer of spec.overlays) {
    const { areas, lines, points } = partsOf(layer);
    const lineWidth = Math.max(0.5, layer.width * spec.lineScale);
    ctx.strokeStyle = layer.color;
    ctx.fillStyle = layer.color;
    ctx.lineWidth = lineWidth;
    if (areas.features.length > 0) {
      ctx.beginPath();
      path((box ? clipAreas(areas, box) : areas) as GeoPermissibleObjects);
      if (layer.fillOpacity > 0) {
        ctx.globalAlpha = layer.fillOpacity;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (layer.width > 0) ctx.stroke();
    }
    if (lines.features.length > 0 && layer.width > 0) {
      ctx.beginPath();
      path(lines);
      ctx.stroke();
    }
    if (points.features.length > 0) {
      ctx.beginPath();
      path.pointRadius(Math.max(2, 1 + 2 * lineWidth));
      path(points);
      ctx.fill();
    }
  }
  ctx.restore();
}
