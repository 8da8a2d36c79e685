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

const WORD = /[A-Za-z0-9_]/;
const RULE_CHARS = /[A-Z0-9, \t-]/;
const MARK = 'netcompat-ignore';

export function findDirectives(file: string, text: string): IgnoreDirective[] {
  if (!text.includes(MARK)) return [];
  const out: IgnoreDirective[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.includes(MARK)) return;
    const d = directiveIn(line);
    if (!d) return;
    const directive: IgnoreDirective = { file, line: i + 1, column: d.column, rules: d.rules };
    if (d.reason) directive.reason = d.reason;
    out.push(directive);
  });
  return out;
}

/**
 * The first `# netcompat-ignore RULES[: reason]` of a line, scanned by hand: the regex this replaces
 * backtracked in about n^4.5 on a comment of blanks and commas (0.4 KB took 29 s). Each `#` is tried at
 * most once and each try stops at the next character outside the rule list, so a line costs linear time.
 */
function directiveIn(line: string): { column: number; rules: string[]; reason?: string } | undefined {
  for (let hash = line.indexOf('#'); hash >= 0; hash = line.indexOf('#', hash + 1)) {
    let j = hash + 1;
    while (j < line.length && /\s/.test(line[j]!)) j++;
    if (!line.startsWith(MARK, j)) continue;
    j += MARK.length;
    // `\b`: the mark must not run on into a word character.
    if (j < line.length && WORD.test(line[j]!)) continue;
    const listStart = j;
    while (j < line.length && RULE_CHARS.test(line[j]!)) j++;
    const list = line.slice(listStart, j);
    let reason: string | undefined;
    if (j < line.length) {
      // After the rule list only `: reason` may follow; anything else is no directive at this `#`.
      if (line[j] !== ':') continue;
      reason = line.slice(j + 1).trim() || undefined;
    }
    const rules = list.split(/[\s,]+/).filter(Boolean);
    return reason ? { column: hash + 1, rules, reason } : { column: hash + 1, rules };
  }
  return undefined;
}
