// How trails are drawn. Lengths are in pixels of a 600-pixel-high frame and scale with the
// frame's shorter side, so 800x600 and 3840x2160 look alike.
import type { SpeedUnit } from './speed-units.js';

export type HeadShape = 'dot' | 'arrow' | 'plane' | 'ship' | 'icon' | 'none';

export interface TrailStyle {
  // A matplotlib colour map name (viridis, plasma, inferno, magma, gist_heat, ...).
  colormap: string;
  // 'progress' = position along the visible trail (0 at the tail, 1 at the head); otherwise a
  // numeric point property.
  colorBy: string;
  // The scalar values mapped to the ends of the colour map.
  scalarMin: number;
  scalarMax: number;
  // The part of the colour map used, [start, end] within [0, 1]. Progress colouring starts past
  // gist_heat's black, which would vanish on the black sea.
  colormapRange: [number, number];
  // Trail width at the head; with taper, it narrows linearly to tailWidth at the tail.
  lineWidth: number;
  taper: boolean;
  tailWidth: number;
  // What marks the head: a dot, an arrow along the direction of motion, or nothing.
  head: HeadShape;
  // Length of plane, ship and icon heads (pixels of a 600-pixel-high frame).
  headSize: number;
  // Ships at true size from their AIS dimensions where that is at least a few pixels long.
  headScale: boolean;
  // Head dot radius (arrows are sized from it; 0 = no head) and colour ('scalar' = the colour
  // map's colour at the head).
  headRadius: number;
  headColor: string;
  // The colour map is quantised into this many bins so segments of one colour are stroked together.
  colorBins: number;
  // Colouring by id: the category colours (the scalar is index / (length - 1)); null otherwise.
  palette: string[] | null;
  // Categories and cyclic scalars (heading, time of day) are not blended between points: the mean
  // of two categories is a third one, and the mean of 350 and 10 degrees is 180. Such a value holds
  // from its point until the next one, so a segment takes its start point's value.
  steppedScalar: boolean;
  // Opacity at the tail end of each trail, rising linearly to 1 at the head (1 = opaque).
  tailOpacity: number;
  // Objects fade in over their first fadeMs and out over fadeMs after their last point (0 = off).
  fadeMs: number;
  // Width from a numeric point property (Scene.lineWidths) instead of lineWidth/taper; null = off.
  widthBy: string | null;
  // The widths the property's robust range maps to.
  lineWidthRange: [number, number];
  // Trajectories with a higher value of this numeric property at their head are drawn on top;
  // null = data order.
  zOrder: string | null;
  // Object ids drawn last, thicker and with a larger head.
  highlight: string[];
  // Text next to each head: 'id', a point property's current value, or null for none.
  label: string | null;
  labelSize: number;
  // When the label is a speed in knots (AIS SOG): the unit it is shown in, with the unit; else
  // null. Decided where the data's columns are known (a scene file does not keep shared columns).
  labelSpeedUnit: SpeedUnit | null;
}
