/**
 * `# netcompat-ignore RULE-ID[, RULE-ID]: reason` comments. A directive covers evidence on its own line
 * (trailing comment) and on the line below (comment above). Collected from the raw text, so it works in
 * any YAML file, also ones that do not parse.
 */
export interface IgnoreDirective {
  file: string;
  line: number;
  column: number;
  rules: string[];
  /** Missing when the comment gives none: such a directive does not suppress and is reported. */
  reason?: string;
}

const DIRECTIVE = /#\s*netcompat-ignore\b[ \t]*([A-Z0-9, \t-]*?)[ \t]*(?::[ \t]*(.*?))?[ \t]*$/;

export function findDirectives(file: string, text: string): IgnoreDirective[] {
  if (!text.includes('netcompat-ignore')) return [];
  const out: IgnoreDirective[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const rules = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    const d: IgnoreDirective = { file, line: i + 1, column: (m.index ?? 0) + 1, rules };
    const reason = m[2]?.trim();
    if (reason) d.reason = reason;
    out.push(d);
  });
  return out;
}
