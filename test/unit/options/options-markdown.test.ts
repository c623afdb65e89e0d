import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionsMarkdown } from '../../../src/options/options-markdown.js';
import { OPTION_DEFINITIONS } from '../../../src/options/option-definitions.js';

describe('README option reference', () => {
  it('matches the option definitions (run `npm run docs` after changing an option)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.split('<!-- options:start -->\n')[1]?.split('<!-- options:end -->')[0];
    expect(section).toBe(optionsMarkdown());
    for (const d of OPTION_DEFINITIONS) expect(section).toContain(d.flag.split(' ')[0]);
  });
});
