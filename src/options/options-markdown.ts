// The README's option reference, generated from OPTION_DEFINITIONS so it cannot drift
// (test/unit/options/options-markdown.test.ts fails when the README is stale).
import { OPTION_DEFINITIONS, type OptionDefinition, type OptionGroup } from './option-definitions.js';

const GROUP_TITLES: Record<OptionGroup, string> = {
  input: 'Input', assembly: 'Trajectories', timeline: 'Timeline', map: 'Map', style: 'Trail style',
  decorations: 'Clock and title', output: 'Output and encoding', execution: 'Execution',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function optionsMarkdown(): string {
  const out: string[] = [];
  for (const group of Object.keys(GROUP_TITLES) as OptionGroup[]) {
    out.push(`**${GROUP_TITLES[group]}**`, '', '| CLI flag | API / config key | Default | Description |', '| --- | --- | --- | --- |');
    for (const d of OPTION_DEFINITIONS as readonly OptionDefinition[]) {
      if (d.group !== group) continue;
      out.push(`| \`${cell(d.flag)}\` | \`${d.key}\` | ${cell(d.defaultText ?? '')} | ${cell(d.description)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
