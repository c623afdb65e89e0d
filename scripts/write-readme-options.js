// Regenerates the option tables in README.md from the option definitions: `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { optionsMarkdown } from '../dist/options/options-markdown.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const start = '<!-- options:start -->';
const end = '<!-- options:end -->';
const [before, rest] = readme.split(start);
const after = rest.split(end)[1];
writeFileSync(path, `${before}${start}\n${optionsMarkdown()}${end}${after}`);
