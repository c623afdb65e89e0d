// The preview page in a real browser (Debian's chromium through playwright-core): scrubbing shows
// renderStill's pixels, options redraw, the command line it shows reproduces the frame, and a
// movie rendered from the page has the planned frame count. Skipped, with the reason, when no
// chromium is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../helpers/ffmpeg-tools.js';
import { BIN } from '../helpers/run-cli.js';
import { startPreview, type PreviewChild } from './start-preview.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`skipping the preview page's browser tests: no chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`);

const { generateDemoFlights, frameTimeMs } = await import('../../dist/internals.js');
const { renderStill } = await import('../../dist/index.js');
const { decodePngRgba } = await import('../../dist/render/raster/canvas.js');

const START = { durationMs: 2000, fps: 5, size: [320, 240] as [number, number], trailDurationMs: '90m', map: 'world' };
const START_FLAGS = ['--duration', '2', '--fps', '5', '--size', '320x240', '--trail', '90m', '--map', 'world'];

// Splits a POSIX shell line as the page quotes it (single quotes, '\'' for a quote).
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/(?:'[^']*'|\\'|[^\s'\\]+)+/g)) {
    words.push(m[0].replace(/'([^']*)'|\\(')/g, (_all, quoted: string | undefined, q: string | undefined) => quoted ?? q ?? ''));
  }
  return words;
}

const sameRgba = async (a: Buffer, b: Buffer): Promise<boolean> =>
  Buffer.from((await decodePngRgba(a)).data).equals(Buffer.from((await decodePngRgba(b)).data));

describe.skipIf(!HAVE_CHROMIUM)('the preview page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trackreel-page-'));
  const data = join(dir, 'flights.csv');
  let preview: PreviewChild;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(data, generateDemoFlights());
    preview = await startPreview([data, ...START_FLAGS, '--output-dir', join(dir, 'renders')]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(preview.url);
    await page.waitForFunction(() => (document.getElementById('frame') as HTMLImageElement).dataset.time !== undefined);
  });
  afterAll(async () => {
    await browser?.close();
    preview?.child.kill('SIGINT');
    await preview?.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  // Waits until the image shows time t with these page options; returns its PNG bytes.
  async function frameShown(t: number, pageOptions: object): Promise<Buffer> {
    await page.waitForFunction(([time, options]) => {
      const img = document.getElementById('frame') as HTMLImageElement;
      return img.dataset.time === String(time) && img.dataset.options === options;
    }, [t, JSON.stringify(pageOptions)] as const);
    const bytes = await page.evaluate(async () => {
      const res = await fetch((document.getElementById('frame') as HTMLImageElement).src);
      return [...new Uint8Array(await res.arrayBuffer())];
    });
    return Buffer.from(bytes);
  }

  async function still(at: number, extra: object = {}): Promise<Buffer> {
    const out = join(dir, `still-${at}-${Object.keys(extra).length}.png`);
    await renderStill({ input: data, output: out, overwrite: true, at: new Date(at).toISOString(), ...START, ...extra });
    return readFileSync(out);
  }

  const timeline = { fps: 5, frameCount: 10, startMs: 0, endMs: 0 };

  it('shows the overview, then moving the slider shows renderStill\'s frame for that time', async () => {
    const summary = await (await preview.api('/api/summary')).json() as { timeline: typeof timeline; objects: number };
    Object.assign(timeline, summary.timeline);
    expect(await page.textContent('#overview-text')).toContain(`${summary.objects} objects`);
    const first = await frameShown(timeline.startMs, {});
    await page.locator('#slider').fill('6');
    const t6 = frameTimeMs(timeline, 6);
    const sixth = await frameShown(t6, {});
    expect(sixth.equals(first)).toBe(false);
    expect(await sameRgba(sixth, await still(t6))).toBe(true);
    expect(await page.textContent('#clock')).toContain(new Date(t6).toISOString().slice(0, 16).replace('T', ' '));
  });

  it('changing the colour map redraws the frame', async () => {
    const t6 = frameTimeMs(timeline, 6);
    const before = await frameShown(t6, {});
    await page.selectOption('select[name=colormap]', 'viridis');
    const after = await frameShown(t6, { colormap: 'viridis' });
    expect(after.equals(before)).toBe(false);
    expect(await sameRgba(after, await still(t6, { colormap: 'viridis' }))).toBe(true);
  });

  it('the command line it shows, run as is, renders the same frame', async () => {
    await page.locator('#slider').fill('0');
    const shown = await frameShown(timeline.startMs, { colormap: 'viridis' });
    const line = (await page.textContent('#cli-still'))!;
    expect(line).toMatch(/^trackreel still .* --colormap viridis/);
    const words = shellWords(line);
    const cwd = mkdtempSync(join(dir, 'cli-'));
    execFileSync(process.execPath, [BIN, ...words.slice(1)], { cwd, stdio: 'pipe' });
    expect(await sameRgba(readFileSync(join(cwd, 'frame.png')), shown)).toBe(true);
    // The render variant makes the movie the page previews: the planned number of frames.
    const render = shellWords((await page.textContent('#cli'))!);
    expect(render.slice(0, 2)).toEqual(['trackreel', 'render']);
    execFileSync(process.execPath, [BIN, ...render.slice(1), '--quiet'], { cwd, stdio: 'pipe' });
    expect(probe(join(cwd, 'movie.mp4'))).toMatchObject({ width: 320, height: 240, frames: timeline.frameCount });
  });

  it('its fields show the options the server was started with, and its command lines write them as a person types them', async () => {
    expect(await page.inputValue('[name=trailDurationMs]')).toBe('1h30m');
    expect(await page.inputValue('[name=size]')).toBe('320x240');
    expect(await page.inputValue('[name=fps]')).toBe('5');
    expect(await page.inputValue('[name=durationMs]')).toBe('2s');
    const line = (await page.textContent('#cli'))!;
    expect(line).toContain('--trail 1h30m');
    expect(line).toContain('--duration 2s');
    expect(line).not.toMatch(/\d+ms\b/);
    expect(JSON.parse((await page.textContent('#config'))!)).toMatchObject({ trailDurationMs: '1h30m', durationMs: '2s', size: [320, 240] });
  });

  it('renders a movie from the page with progress and a download link', async () => {
    await page.fill('#render-file', 'from-page.mp4');
    await page.click('#render');
    await page.waitForSelector('#movie-link:not([hidden])', { timeout: 60_000 });
    expect(await page.textContent('#render-status')).toBe('done');
    expect(await page.evaluate(() => (document.getElementById('progress') as HTMLProgressElement).position)).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#movie-link')]);
    const saved = join(dir, 'downloaded.mp4');
    await download.saveAs(saved);
    expect(probe(saved)).toMatchObject({ width: 320, height: 240, frames: timeline.frameCount });
  });

  it('camera fields: follow offers the data\'s ids; follow, its radius and keyframes reach the frame, the command line and the config', async () => {
    const offered = await page.evaluate(() => [...(document.getElementById('follow-ids') as HTMLDataListElement).options].map((o) => o.value));
    expect(offered).toContain('DEMO001');
    // Typed as a user does: the field changes when it loses focus.
    const type = async (selector: string, text: string): Promise<void> => { await page.fill(selector, text); await page.press(selector, 'Tab'); };
    await type('input[name=follow]', 'DEMO001');
    await type('input[name=followRadiusKm]', '400');
    const followed = { colormap: 'viridis', follow: 'DEMO001', followRadiusKm: 400 };
    const shown = await frameShown(timeline.startMs, followed);
    expect(shown.equals(await frameShown(timeline.startMs, followed))).toBe(true);
    const line = (await page.textContent('#cli-still'))!;
    expect(line).toMatch(/ --follow DEMO001 --follow-radius 400( |$)/);
    expect(JSON.parse((await page.textContent('#config'))!)).toMatchObject(followed);
    // The still command line shown reproduces the followed frame.
    const cwd = mkdtempSync(join(dir, 'cli-follow-'));
    execFileSync(process.execPath, [BIN, ...shellWords(line).slice(1)], { cwd, stdio: 'pipe' });
    expect(await sameRgba(readFileSync(join(cwd, 'frame.png')), shown)).toBe(true);
    expect(await sameRgba(shown, await still(timeline.startMs, followed))).toBe(true);

    // Keyframes instead: the text as typed, in the command line (quoted) and in the config.
    await type('input[name=follow]', '');
    await type('input[name=followRadiusKm]', '');
    const camera = `${new Date(frameTimeMs(timeline, 2)).toISOString()}@2.5,49,1500km;${new Date(frameTimeMs(timeline, 8)).toISOString()}@-74,40.6,800km`;
    await type('textarea[name=camera]', camera);
    const keyed = { colormap: 'viridis', camera };
    const keyframed = await frameShown(timeline.startMs, keyed);
    expect(await sameRgba(keyframed, await still(timeline.startMs, keyed))).toBe(true);
    expect(keyframed.equals(shown)).toBe(false);
    expect(shellWords((await page.textContent('#cli'))!)).toEqual(expect.arrayContaining(['--camera', camera]));
    expect(JSON.parse((await page.textContent('#config'))!)).toMatchObject(keyed);
  });
});
