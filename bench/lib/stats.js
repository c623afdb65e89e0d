// Medians with their spread: every benchmark figure is several runs, never one.
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// "12.3 (11.9–12.8)": the median and the range of the runs.
export function summary(values, digits = 1) {
  const m = median(values);
  if (values.length < 2) return { median: m, min: m, max: m, runs: values.length, text: m.toFixed(digits) };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: m, min, max, runs: values.length, text: `${m.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})` };
}

export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
