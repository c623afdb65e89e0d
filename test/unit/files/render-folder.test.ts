import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRenderFolder } from '../../../src/files/render-folder.js';

describe('defaultRenderFolder', () => {
  const home = mkdtempSync(join(tmpdir(), 'trackreel-home-'));
  const savedHome = process.env.HOME;
  afterAll(() => { process.env.HOME = savedHome; rmSync(home, { recursive: true, force: true }); });

  it('is the video folder of XDG_VIDEOS_DIR, else ~/Videos, else ~/Movies, else the temporary folder; never the working directory', () => {
    process.env.HOME = home;
    expect(defaultRenderFolder({})).toBe(join(tmpdir(), 'trackreel-renders'));
    mkdirSync(join(home, 'Movies'));
    expect(defaultRenderFolder({})).toBe(join(home, 'Movies', 'trackreel'));
    mkdirSync(join(home, 'Videos'));
    expect(defaultRenderFolder({})).toBe(join(home, 'Videos', 'trackreel'));
    const xdg = mkdtempSync(join(home, 'clips-'));
    expect(defaultRenderFolder({ XDG_VIDEOS_DIR: xdg })).toBe(join(xdg, 'trackreel'));
    expect(defaultRenderFolder({ XDG_VIDEOS_DIR: join(home, 'absent') })).toBe(join(home, 'Videos', 'trackreel'));
    expect(defaultRenderFolder({})).not.toBe(join(process.cwd(), 'trackreel-renders'));
  });
});
