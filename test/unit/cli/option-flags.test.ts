import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addOptionFlags, movieOptionsFromFlags } from '../../../src/cli/option-flags.js';

function parse(args: string[]) {
  const command = addOptionFlags(new Command('render').exitOverride(), 'movie');
  command.parse(args, { from: 'user' });
  return movieOptionsFromFlags(command);
}

describe('CLI flags from the option definitions', () => {
  it('converts typed flags and keeps only what was given', () => {
    expect(parse(['--fps', '24', '--trail', '30m', '--size', '1920x1080', '--no-taper', '--id-column', 'MMSI'])).toEqual({
      fps: 24, trailDurationMs: 30 * 60_000, size: [1920, 1080], taper: false, idColumn: 'MMSI',
    });
    expect(parse([])).toEqual({});
  });

  it('takes --line-width as a number, taper or a property name, and --highlight as a list', () => {
    expect(parse(['--line-width', '3.5'])).toEqual({ lineWidth: 3.5 });
    expect(parse(['--line-width', 'taper'])).toEqual({ lineWidth: 'taper' });
    expect(parse(['--line-width', 'speed', '--line-width-range', '1,8'])).toEqual({ lineWidth: 'speed', lineWidthRange: [1, 8] });
    expect(parse(['--highlight', 'a, b', '--tail-opacity', '0.2', '--fade', '30s', '--z-order', 'alt', '--label', 'id'])).toEqual({
      highlight: ['a', 'b'], tailOpacity: 0.2, fadeMs: 30_000, zOrder: 'alt', label: 'id',
    });
    expect(() => parse(['--line-width', '3x'])).toThrow(/for --line-width but received "3x"/);
  });

  it('collects a repeated --overlay into a list, with the shared look flags', () => {
    expect(parse(['--overlay', 'lanes.geojson', '--overlay', 'zones.shp', '--overlay-color', 'orange', '--overlay-width', '2', '--overlay-fill', '0'])).toEqual({
      overlay: ['lanes.geojson', 'zones.shp'], overlayColor: 'orange', overlayWidth: 2, overlayFill: 0,
    });
    expect(parse(['--overlay', 'one.geojson'])).toEqual({ overlay: ['one.geojson'] });
    expect(parse(['--coastline-source', 'osm', '--attribution-anchor', 'top-left'])).toEqual({ coastlineSource: 'osm', attributionAnchor: 'top-left' });
  });

  it('splits --encoder-args into a list', () => {
    expect(parse(['--encoder-args', '-tune  animation'])).toEqual({ encoderArgs: ['-tune', 'animation'] });
  });

  it('reports a bad value with the flag name', () => {
    expect(() => parse(['--size', 'big'])).toThrow('Expected a size WIDTHxHEIGHT such as 1920x1080 for --size but received "big"');
    expect(() => parse(['--fps', '2.5'])).toThrow(/for --fps but received "2.5"/);
  });
});
