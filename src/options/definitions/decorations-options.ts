// Options: The clock, title, colour key, scale bar, north arrow and logo. One entry per option (see option-definition.ts).
import { z } from 'zod';
import { ANCHORS } from '../../style/decoration-style.js';
import { defaultClockFormat } from '../data-defaults.js';
import { parseNumber } from '../parse-values.js';
import { isClockFormat, colorName } from './schema-helpers.js';
import type { OptionDefinition } from './option-definition.js';

export const DECORATIONS_OPTIONS = [
  // decorations
  { key: 'clock', group: 'decorations', flag: '--no-clock', description: 'Do not draw the clock.', defaultText: 'on', expected: 'a boolean', schema: z.boolean() },
  { key: 'timeZone', group: 'decorations', flag: '--timezone <zone>', description: 'IANA time zone of the clock (e.g. America/New_York); wins over --utc-offset.',
    expected: 'an IANA time zone name', schema: z.string().min(1) },
  { key: 'utcOffsetHours', group: 'decorations', flag: '--utc-offset <hours>', description: 'Fixed offset of the clock from UTC.',
    defaultText: '0', expected: 'a number between -14 and 14', schema: z.number().min(-14).max(14), fromCli: parseNumber },
  { key: 'clockLabel', group: 'decorations', flag: '--clock-label <text>', description: 'Text after the clock time (default: the zone\'s abbreviation or UTC±hh:mm).',
    expected: 'a string', schema: z.string() },
  { key: 'title', group: 'decorations', flag: '--title <text>', description: 'Title drawn at the top of every frame and stored as the movie\'s title metadata.',
    expected: 'a string', schema: z.string() },
  { key: 'subtitle', group: 'decorations', flag: '--subtitle <text>', description: 'Smaller second line under the title.', expected: 'a string', schema: z.string() },
  { key: 'titleAnchor', group: 'decorations', flag: '--title-anchor <anchor>', description: `Where the title goes: ${ANCHORS.join(', ')}.`,
    defaultText: 'top', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'clockAnchor', group: 'decorations', flag: '--clock-anchor <anchor>', description: 'Where the clock goes (same anchors as --title-anchor).',
    defaultText: 'bottom-right', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'clockFormat', group: 'decorations', flag: '--clock-format <pattern>', description: 'strftime-like pattern of the digital clock, in its zone: %Y %y %m %d %e (day, space-padded) %j (day of year) %H %I (12-hour) %M %S %p (AM/PM) %b %B (month name) %a %A (weekday) %Z (zone name, or --clock-label) %z (+hhmm) %F (%Y-%m-%d) %T (%H:%M:%S) %R (%H:%M) %%; e.g. "%H:%M" or "%d %b %Y %H:%M". Or elapsed: the time since the movie\'s start (since 0 for relative times) as HH:MM:SS, Nd HH:MM:SS past a day, with tenths or less when frames are under a second apart.',
    defaultText: '%Y-%m-%d %H:%M:%S %Z; elapsed when the times are relative (plain numbers of seconds from 0, all under 1e8 s, as in deck.gl trips)', fromData: defaultClockFormat,
    expected: 'elapsed, or a strftime-like pattern of %Y %y %m %d %e %j %H %I %M %S %p %b %B %a %A %Z %z %F %T %R %%', schema: z.string().min(1).refine(isClockFormat) },
  { key: 'clockStyle', group: 'decorations', flag: '--clock-style <style>', description: 'digital (date and time as text) or analog (tracktable\'s dial with hour and minute hands, in the clock\'s zone).',
    defaultText: 'digital', expected: 'one of digital, analog', schema: z.enum(['digital', 'analog']) },
  { key: 'legendAnchor', group: 'decorations', flag: '--legend-anchor <anchor>', description: 'Where the colour bar or legend goes; decorations sharing an anchor are stacked, never drawn over each other.',
    defaultText: 'the first of bottom-left, top-left, top-right free of the title and clock', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'colorLabel', group: 'decorations', flag: '--color-label <text>', description: 'Title of the colour bar or legend, e.g. "speed (kn)".',
    defaultText: 'the property\'s name (derived scalars with their units)', expected: 'a string', schema: z.string().min(1) },
  { key: 'textColor', group: 'decorations', flag: '--text-color <color>', description: 'Colour of the title, clock, legend and colour bar text.', defaultText: 'from the theme', expected: 'a CSS colour', schema: colorName },
  { key: 'scaleBar', group: 'decorations', flag: '--scale-bar', description: 'Draw a scale bar: a round distance about a fifth of the frame wide, measured at the frame\'s centre.', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'scaleUnits', group: 'decorations', flag: '--scale-units <units>', description: 'Units of the scale bar: km or mi.', defaultText: 'km', expected: 'one of km, mi', schema: z.enum(['km', 'mi']) },
  { key: 'scaleBarAnchor', group: 'decorations', flag: '--scale-bar-anchor <anchor>', description: 'Where the scale bar goes (same anchors as --title-anchor).', defaultText: 'bottom-left', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'northArrow', group: 'decorations', flag: '--north-arrow', description: 'Draw an arrow pointing to true north where it stands (not always up: conic projections and globes turn it).', defaultText: 'false', expected: 'a boolean', schema: z.boolean() },
  { key: 'northArrowAnchor', group: 'decorations', flag: '--north-arrow-anchor <anchor>', description: 'Where the north arrow goes.', defaultText: 'top-right', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  // In the output group: it names a file, which a preview page request may not.
  { key: 'logo', group: 'output', flag: '--logo <png>', description: 'A PNG drawn into every frame (a logo or watermark; its own transparency is kept); placed by --logo-anchor and --logo-size.', expected: 'a path to a PNG file', schema: z.string().min(1) },
  { key: 'attributionAnchor', group: 'decorations', flag: '--attribution-anchor <anchor>', description: 'Where the map data\'s credit line goes ("© OpenStreetMap contributors" whenever OpenStreetMap data is on the frame), small, nearest the corner.', defaultText: 'bottom-right', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'logoAnchor', group: 'decorations', flag: '--logo-anchor <anchor>', description: 'Where the logo goes.', defaultText: 'top-left', expected: `one of ${ANCHORS.join(', ')}`, schema: z.enum(ANCHORS) },
  { key: 'logoSize', group: 'decorations', flag: '--logo-size <fraction>', description: 'Logo width as a fraction of the frame\'s width.', defaultText: '0.15', expected: 'a number between 0.01 and 1', schema: z.number().min(0.01).max(1), fromCli: parseNumber },
] as const satisfies readonly OptionDefinition[];
