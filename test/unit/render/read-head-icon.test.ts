// --head icon:FILE: the image becomes an alpha mask once; bad files are INPUT errors naming them.
import { describe, expect, it } from 'vitest';
import { HEAD_ICON_SIZE, readHeadIcon } from '../../../src/render/trails/read-head-icon.js';
import { useTempFiles } from '../../helpers/temp-files.js';

const writeFile = useTempFiles('trackreel-icon-');

describe('readHeadIcon', () => {
  it('turns an SVG into a mask: opaque where it is drawn, clear elsewhere', async () => {
    // A bar across the top half of the image.
    const file = await writeFile('bar.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect x="0" y="0" width="32" height="16" fill="#123"/></svg>');
    const mask = readHeadIcon(file);
    expect(mask.length).toBe(HEAD_ICON_SIZE * HEAD_ICON_SIZE);
    expect(mask[(HEAD_ICON_SIZE / 4) * HEAD_ICON_SIZE + HEAD_ICON_SIZE / 2]).toBe(255);
    expect(mask[(3 * HEAD_ICON_SIZE / 4) * HEAD_ICON_SIZE + HEAD_ICON_SIZE / 2]).toBe(0);
  });

  it('names the file when it is missing, not an image, or fully transparent', async () => {
    expect(() => readHeadIcon('/nonexistent/icon.png')).toThrow(expect.objectContaining({ code: 'INPUT_NOT_FOUND', message: expect.stringContaining('no such file') }));
    const text = await writeFile('icon.png', 'not an image');
    expect(() => readHeadIcon(text)).toThrow(expect.objectContaining({ code: 'INPUT_PARSE' }));
    const clear = await writeFile('clear.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"></svg>');
    expect(() => readHeadIcon(clear)).toThrow(expect.objectContaining({ code: 'INPUT_PARSE' }));
  });
});
