// Tokens that mean "no value" in a field: a column of numbers with such tokens stays numeric, and
// a coordinate written so is a row without a position. --na-values adds tokens of its own.
export const DEFAULT_NA_TOKENS: ReadonlySet<string> = new Set(['null', 'na', 'n/a', 'nan', 'none', '-', 'nil', '#n/a']);

// The default tokens plus the option's (comma-separated or a list), compared in lower case.
export function naTokens(extra: readonly string[] | undefined): ReadonlySet<string> {
  if (!extra || extra.length === 0) return DEFAULT_NA_TOKENS;
  const out = new Set(DEFAULT_NA_TOKENS);
  for (const t of extra) if (t.trim() !== '') out.add(t.trim().toLowerCase());
  return out;
}
