import semver from 'semver';
import { knowledgeData } from 'virtual:netcompat-knowledge';

interface OperatorRow {
  operator: string;
  calico: string;
  verified: boolean;
  note?: string;
  patches?: Record<string, string>;
  references: string[];
}

interface ChartRow {
  names: string[];
  encoding: 'calico' | 'patch-revision' | 'build-suffix';
  installs?: 'calico' | 'crds';
  note?: string;
  references: string[];
}

interface Table {
  operators: OperatorRow[];
  charts: ChartRow[];
}

let table: Table | undefined;

/** data/operator-calico.yaml, validated once. */
export function operatorCalicoTable(): Table {
  if (!table) {
    // Parsed and validated against operator-calico.schema.json when the bundle was built.
    const data = knowledgeData('data/operator-calico.yaml');
    table = data as Table;
  }
  return table;
}

export interface CalicoForOperator {
  /** "3.27.0" when the exact operator release is known, else the release line "3.27". */
  calico: string;
  exact: boolean;
  verified: boolean;
  references: string[];
}

/** major.minor.patch of "1.32.3", "v1.32.3", "1.32.3-rc1"; undefined for anything else. */
function triple(v: string): [number, number, number | undefined] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])] : undefined;
}

/** The Calico release a tigera/operator version installs, or undefined for a line the table lacks. */
export function calicoForOperator(operatorVersion: string): CalicoForOperator | undefined {
  const t = triple(operatorVersion);
  if (!t) return undefined;
  const [major, minor, patch] = t;
  const row = operatorCalicoTable().operators.find((r) => r.operator === `${major}.${minor}`);
  if (!row) return undefined;
  const exact = patch === undefined ? undefined : row.patches?.[`${major}.${minor}.${patch}`];
  return { calico: exact ?? row.calico, exact: exact !== undefined, verified: row.verified, references: row.references };
}

export interface CalicoFromChart {
  calico: string;
  /** Set when the chart version differs from the Calico version it stands for. */
  note?: string;
}

function chartRow(chart: string): ChartRow | undefined {
  const name = chart.trim().toLowerCase().split('/').pop() ?? '';
  return operatorCalicoTable().charts.find((r) => r.names.includes(name));
}

/** Charts whose version names the running Calico (not the CRD-only chart). */
export function isCalicoChart(chart: string): boolean {
  const row = chartRow(chart);
  return row !== undefined && row.installs !== 'crds';
}

/**
 * The Calico version a chart version stands for: tigera-operator v3.27.3 → 3.27.3, rke2-calico
 * v3.32.100 → 3.32.1, rke2-canal v3.32.1-build2026072200 → 3.32.1, a range within one minor (`3.28.x`) →
 * 3.28 (any patch of it: rules decide only where every patch agrees). A placeholder such as the source tree's
 * `v0.0`, a range across minors, or a version of another scheme, gives undefined.
 */
export function calicoFromChartVersion(chart: string, version: string): CalicoFromChart | undefined {
  const row = chartRow(chart);
  if (!row || row.installs === 'crds') return undefined;
  const s = version.trim();
  // A range within one minor (Helm, Flux and Argo CD take `3.28.x`, `3.28.*`, `~3.28`, `~3.28.1`): a patch of
  // that minor, the newest that matched when it was installed. Every scheme keeps Calico's major.minor.
  const within = /^(?:v?3\.(\d+)\.[x*]|~\s*v?3\.(\d+)(?:\.\d+)?)$/i.exec(s);
  if (within) {
    const calico = `3.${within[1] ?? within[2]}`;
    return { calico, note: `${row.names[0]} chart ${s}: a Calico ${calico} patch, the newest that matched when it was installed` };
  }
  if (row.encoding === 'calico') {
    const m = /^v?(3\.\d+\.\d+)$/.exec(s);
    return m?.[1] ? { calico: m[1] } : undefined;
  }
  if (row.encoding === 'patch-revision') {
    const m = /^v?(3)\.(\d+)\.(\d*)(\d\d)$/.exec(s);
    if (!m) return undefined;
    const calico = `${m[1]}.${m[2]}.${m[3] === '' ? '0' : Number(m[3])}`;
    return { calico, note: `${row.names[0]} chart ${s} = Calico ${calico}, package revision ${m[4]}` };
  }
  const m = /^v?(3\.\d+\.\d+)-build\d+$/.exec(s);
  return m?.[1] ? { calico: m[1], note: `${row.names[0]} chart ${s} = Calico ${m[1]}` } : undefined;
}

/**
 * Recognition, not derivation: does the chart's version scheme read this text as a Calico release at all?
 * Extractors use it to decide what to emit (a pinned version, a range, nothing); which Calico version it
 * stands for is decoded in the context stage (src/context/decode.ts).
 */
export function isCalicoChartVersion(chart: string, version: string): boolean {
  return calicoFromChartVersion(chart, version) !== undefined;
}

/** Helm's constraint forms as node-semver reads them: `v` dropped, `,` as AND, Terraform's `~>` widened to its whole major or minor. */
function helmRange(text: string): string | undefined {
  const s = text
    .trim()
    .replace(/~>\s*v?(\d+)\.(\d+)\.(\d+)/g, (_m, a: string, b: string, c: string) => `>=${a}.${b}.${c} <${a}.${Number(b) + 1}.0`)
    .replace(/~>\s*v?(\d+)\.(\d+)/g, (_m, a: string, b: string) => `>=${a}.${b}.0 <${Number(a) + 1}.0.0`)
    .replace(/\bv(?=\d)/g, '')
    .replace(/\s*,\s*/g, ' ');
  return semver.validRange(s) ?? undefined;
}

/**
 * A chart version constraint over several Calico minors (`>=3.26`, `~> 3.28`, `>= 3.26.0, < 3.28`) as the
 * releases Helm may pick, for a chart whose version is the Calico version: each Calico 3 minor the range
 * reaches, as a minor (`3.27`: the engine decides a minor only where every patch agrees), up to the one after the
 * newest the operator table knows (a range open above admits releases not published yet). A rule then decides
 * only where all of them agree. A range within one minor is that minor (`calicoFromChartVersion`); undefined for
 * a text that is not such a range, or a chart of another scheme.
 */
export function calicoChartRange(chart: string, text: string): { candidates: string[]; shown: string } | undefined {
  const row = chartRow(chart);
  if (!row || row.installs === 'crds' || row.encoding !== 'calico' || !/[~^<>=*xX|,\s]/.test(text.trim())) return undefined;
  const range = helmRange(text);
  if (range === undefined) return undefined;
  const newest = Math.max(...operatorCalicoTable().operators.map((r) => Number(r.calico.split('.')[1])));
  const candidates: string[] = [];
  for (let m = 0; m <= newest + 1; m++) if (semver.intersects(range, `>=3.${m}.0 <3.${m + 1}.0`)) candidates.push(`3.${m}`);
  if (candidates.length === 0) return undefined;
  const open = candidates[candidates.length - 1] === `3.${newest + 1}`;
  const shown = open
    ? `Calico ${candidates[0]} or later`
    : candidates.length === 1
      ? `Calico ${candidates[0]}`
      : `Calico ${candidates[0]} to ${candidates[candidates.length - 1]}`;
  return { candidates, shown };
}

/** Recognition: is this text a version constraint the chart's scheme reads over Calico releases (`v3.27.x`)? */
export function isCalicoChartRange(chart: string, text: string): boolean {
  return calicoChartRange(chart, text) !== undefined;
}
