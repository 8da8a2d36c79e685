import { clusterLabel, namesClusters } from './cluster-name.js';
import type { Finding, ScanResult, Undetermined } from '../model/finding.js';
import { formatPlace, type Place } from '../model/place.js';
import type { Severity } from '../model/rule.js';
import { activeFindings } from '../policy/verdict.js';
import { forChannel } from './channel.js';
import { evidenceLines } from './evidence.js';
import { truncateBytes, truncateChars } from './markdown.js';
import { severityRank } from '../model/gate.js';
import { byCode } from './sort.js';

/** The Checks API's levels; workflow commands call `failure` `error`. */
export type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** One annotation, independent of the channel (check run or workflow command). */
export interface Annotation {
  /** Unique per result: the fingerprint, with the kind. */
  key: string;
  kind: 'finding' | 'undetermined' | 'diagnostic';
  level: AnnotationLevel;
  /** For a diagnostic, only an ordering key: settings problems are warnings, next to medium findings. */
  severity: Severity;
  place?: Place;
  title: string;
  message: string;
  rawDetails: string;
}

/** Checks API: title ≤ 255 characters; message and raw_details ≤ 64 KB. */
export const MAX_TITLE_CHARS = 255;
export const MAX_DETAILS_BYTES = 64 * 1024 - 1;

const LEVEL: Record<Severity, AnnotationLevel> = { high: 'failure', medium: 'warning', low: 'notice' };

function findingAnnotation(f: Finding, many: boolean): Annotation {
  const details = [...evidenceLines(f.evidence), '', 'References:', ...f.references.map((r) => `- ${r}`)];
  return {
    key: `finding:${f.fingerprint}`,
    kind: 'finding',
    level: LEVEL[f.severity],
    severity: f.severity,
    ...(f.primary ? { place: f.primary } : {}),
    title: truncateChars(`${f.ruleId} ${f.title}`, MAX_TITLE_CHARS),
    message: truncateBytes(`${f.message}${many ? ` (${clusterLabel(f)})` : ''}\nFix: ${f.fix}`, MAX_DETAILS_BYTES),
    rawDetails: truncateBytes(details.join('\n'), MAX_DETAILS_BYTES),
  };
}

function undeterminedAnnotation(u: Undetermined, many: boolean): Annotation {
  const place = u.primary ?? u.missing.flatMap((m) => m.unresolvedAt ?? [])[0];
  // Annotations are the Action's: hints name its inputs, not the CLI's flags.
  const details = [...evidenceLines(u.evidence), ...u.missing.map((m) => `missing ${m.fact}: ${forChannel(m.hint, 'action')}`)];
  return {
    key: `undetermined:${u.fingerprint}`,
    kind: 'undetermined',
    level: 'notice',
    severity: u.severity,
    ...(place ? { place } : {}),
    title: truncateChars(`${u.ruleId} ${u.title}`, MAX_TITLE_CHARS),
    // The engine's message already names the missing facts and how to give them.
    message: truncateBytes(
      `Undetermined (${u.severity} if it applies; never fails the build)${many ? ` in ${clusterLabel(u)}` : ''}: ${forChannel(u.message, 'action')}`,
      MAX_DETAILS_BYTES,
    ),
    rawDetails: truncateBytes(details.join('\n'), MAX_DETAILS_BYTES),
  };
}

/** Every active finding (most severe first; suppressed and filtered ones are not annotated) and then every undetermined rule, each exactly once. */
export function annotationsOf(result: Pick<ScanResult, 'findings' | 'undetermined'> & Partial<Pick<ScanResult, 'contexts'>>): Annotation[] {
  const many = namesClusters(result);
  const byPlace = (a: Annotation, b: Annotation) =>
    byCode(a.place?.file ?? '\uffff', b.place?.file ?? '\uffff') || (a.place?.line ?? 0) - (b.place?.line ?? 0) || byCode(a.title, b.title);
  const bySeverity = (a: Annotation, b: Annotation) => severityRank(a.severity) - severityRank(b.severity) || byPlace(a, b);
  const findings = activeFindings(result)
    .map((f) => findingAnnotation(f, many))
    .sort(bySeverity);
  const undetermined = result.undetermined.map((u) => undeterminedAnnotation(u, many)).sort(bySeverity);
  const seen = new Set<string>();
  return [...findings, ...undetermined].filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true)));
}

/**
 * Settings problems (an expired ignore entry, a directive without a reason) as warnings on the line that
 * holds them: the user's own settings are not doing what they think.
 */
export function diagnosticAnnotations(result: Pick<ScanResult, 'diagnostics'>): Annotation[] {
  const seen = new Set<string>();
  const out: Annotation[] = [];
  for (const d of result.diagnostics ?? []) {
    const key = `diagnostic:${d.place ? formatPlace(d.place) : ''}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      key,
      kind: 'diagnostic',
      level: d.level === 'warning' ? 'warning' : 'notice',
      severity: 'medium',
      ...(d.place ? { place: d.place } : {}),
      title: 'netcompat settings',
      message: truncateBytes(d.message, MAX_DETAILS_BYTES),
      rawDetails: '',
    });
  }
  return out;
}

/** `@actions/core` annotation properties: columns only when the range sits on one line. */
export interface WorkflowAnnotationProps {
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export function workflowProps(a: Annotation): WorkflowAnnotationProps {
  const p = a.place;
  if (!p) return { title: a.title };
  const endLine = p.endLine ?? p.line;
  const props: WorkflowAnnotationProps = { title: a.title, file: p.file, startLine: p.line, endLine };
  if (endLine === p.line) {
    props.startColumn = p.column;
    props.endColumn = p.endColumn ?? p.column;
  }
  return props;
}

/** GitHub shows at most 10 workflow-command annotations per level per step (toolkit docs/problem-matchers.md). */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

export type WorkflowLevel = 'error' | 'warning' | 'notice';
export const WORKFLOW_LEVEL: Record<AnnotationLevel, WorkflowLevel> = { failure: 'error', warning: 'warning', notice: 'notice' };

export interface WorkflowSelection {
  emit: Annotation[];
  omitted: Annotation[];
}

/**
 * Chooses which annotations go out as workflow commands: most severe first, at most 10 per level,
 * minus the slots already used or reserved (the step's failure message is an error; the "N more"
 * notice takes a notice slot). Extra ones would be dropped silently by GitHub, so they are omitted
 * here and counted instead.
 */
export function selectWorkflowAnnotations(
  anns: readonly Annotation[],
  used: Partial<Record<WorkflowLevel, number>> = {},
  perLevel = WORKFLOW_ANNOTATIONS_PER_LEVEL,
): WorkflowSelection {
  const cap = (l: WorkflowLevel) => Math.max(0, perLevel - (used[l] ?? 0));
  const byLevel = (l: WorkflowLevel) => anns.filter((a) => WORKFLOW_LEVEL[a.level] === l);
  const overflow = (['error', 'warning'] as const).some((l) => byLevel(l).length > cap(l)) || byLevel('notice').length > cap('notice');
  const caps: Record<WorkflowLevel, number> = { error: cap('error'), warning: cap('warning'), notice: Math.max(0, cap('notice') - (overflow ? 1 : 0)) };
  const taken: Record<WorkflowLevel, number> = { error: 0, warning: 0, notice: 0 };
  const emit: Annotation[] = [];
  const omitted: Annotation[] = [];
  for (const a of anns) {
    const l = WORKFLOW_LEVEL[a.level];
    if (taken[l] < caps[l]) {
      taken[l]++;
      emit.push(a);
    } else omitted.push(a);
  }
  return { emit, omitted };
}
