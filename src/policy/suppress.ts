import { Minimatch } from 'minimatch';
import type { IgnoreEntry } from '../model/ignore.js';
import { factTree, isObjectFact } from '../model/fact.js';
import type { Diagnostic, Finding } from '../model/finding.js';
import type { IgnoreDirective } from '../parse/directives.js';

const compiled = new Map<string, Minimatch>();
/** Each glob compiled once, not once per finding, entry and place. */
function matcher(glob: string): Minimatch {
  let m = compiled.get(glob);
  if (!m) {
    m = new Minimatch(glob, { dot: true });
    compiled.set(glob, m);
  }
  return m;
}

/** Every place a finding's verdict rests on, derivations included. */
export function evidencePlaces(f: Pick<Finding, 'evidence'>): { file: string; line: number }[] {
  return factTree(f.evidence).flatMap(({ fact }) => (fact.place ? [fact.place] : []));
}

export interface SuppressionInput {
  ignore: readonly IgnoreEntry[];
  configFile?: string;
  directives: readonly IgnoreDirective[];
  /** YYYY-MM-DD; entries expiring on or before it no longer suppress. */
  today: string;
}

const liveEntries = (input: SuppressionInput) => input.ignore.filter((g) => g.expires === undefined || g.expires > input.today);

/** What is wrong with the user's suppressions: expired entries, comments without a reason. Said once a scan. */
export function suppressionDiagnostics(input: SuppressionInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const cfg = input.configFile ?? '.netcompat.yaml';
  for (const g of input.ignore) {
    if (g.expires !== undefined && g.expires <= input.today) {
      diagnostics.push({
        level: 'warning',
        message: `ignore entry for ${g.rule} expired on ${g.expires} and no longer suppresses (reason was: ${g.reason})`,
        place: { file: cfg, line: g.line, column: 1 },
      });
    }
  }
  for (const d of input.directives) {
    if (!d.reason) {
      diagnostics.push({
        level: 'warning',
        message: `netcompat-ignore ${d.rules.join(', ') || '(no rule id)'} has no reason and does not suppress; write "# netcompat-ignore RULE-ID: why"`,
        place: { file: d.file, line: d.line, column: d.column },
      });
    }
  }
  return diagnostics;
}

/**
 * Marks findings suppressed by config `ignore` entries or inline directives (any number of batches).
 * Suppressed findings stay in the result (reports show them as such) and never fail the build. Expired
 * entries and directives without a reason suppress nothing (suppressionDiagnostics says so).
 */
export function markSuppressed(findings: readonly Finding[], input: SuppressionInput): void {
  const cfg = input.configFile ?? '.netcompat.yaml';
  const live = liveEntries(input);
  const ruled = new Set([...live.map((g) => g.rule), ...input.directives.filter((d) => d.reason).flatMap((d) => d.rules)]);
  for (const f of findings) {
    // Most findings have no entry or comment naming their rule: their places are never gathered.
    if (!ruled.has(f.ruleId)) continue;
    const covered = coverage(f);
    const entry = live.find(
      (g) =>
        g.rule === f.ruleId &&
        (g.cluster === undefined || g.cluster === f.context) &&
        (!g.paths?.length || covered((p) => g.paths!.some((glob) => matcher(glob).match(p.file)))),
    );
    if (entry) {
      f.suppressed = { reason: entry.reason, by: `${cfg}:${entry.line}` };
      continue;
    }
    // Directives together: one on each Service's line covers a finding naming them all.
    const mine = input.directives.filter((x) => x.reason && x.rules.includes(f.ruleId));
    const at = (x: IgnoreDirective, p: { file: string; line: number }) => p.file === x.file && (p.line === x.line || p.line === x.line + 1);
    if (mine.length === 0 || !covered((p) => mine.some((x) => at(x, p)))) continue;
    const places = evidencePlaces(f);
    const d = mine.find((x) => places.some((p) => at(x, p)))!;
    f.suppressed = { reason: d.reason!, by: `${d.file}:${d.line}` };
  }
}

type PlaceTest = (p: { file: string; line: number }) => boolean;

/**
 * Whether a suppression's places cover a finding: one of the places of the cluster's own facts (the
 * kube-proxy line), or one place of each Service the finding names. A suppression on one Service's line
 * covers that Service, never the others listed beside it.
 */
function coverage(f: Pick<Finding, 'evidence'>): (test: PlaceTest) => boolean {
  const objects = f.evidence.filter((e) => isObjectFact(e.name));
  const own = evidencePlaces({ evidence: f.evidence.filter((e) => !isObjectFact(e.name)) });
  const perObject = objects.map((o) => evidencePlaces({ evidence: [o] }));
  return (test) => own.some(test) || (perObject.length > 0 && perObject.every((places) => places.some(test)));
}
