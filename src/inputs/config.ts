import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { aliasTargets, expandedSize } from '../parse/alias-budget.js';
import { schemaText } from '../knowledge/validate.js';
import { validators } from 'virtual:netcompat-validators';
import type { Fact } from '../model/fact.js';
import type { IgnoreEntry } from '../model/ignore.js';
import type { Severity } from '../model/rule.js';
import { explicitFacts } from './options.js';
import { braceExpansions, MAX_BRACE_EXPANSIONS, MAX_GLOB_LENGTH } from './globs.js';
import { UsageError } from './usage-error.js';
import { type FailOn } from '../model/gate.js';

export { CONFIG_FILE } from './config-file.js';

export interface ClusterConfig {
  name: string;
  paths: string[];
  explicit: Fact[];
}

export interface Config {
  file: string;
  clusters: ClusterConfig[];
  ignore: IgnoreEntry[];
  severity: Record<string, Severity>;
  failOn?: FailOn;
  rules: string[];
  baseline?: string;
}

interface RawCluster {
  name: string;
  paths: string[];
  'node-os'?: string;
  'kernel-version'?: string;
  'kubernetes-version'?: string;
  'kube-proxy-mode'?: string;
  'calico-version'?: string;
  facts?: string[];
}

/** A config is small: more expanded nodes than this is an alias bomb. */
const MAX_CONFIG_NODES = 20_000;

/**
 * The config as plain data. Alias problems (a bomb, an alias before its anchor, too many uses) are usage
 * errors naming the line of the first alias, never a crash; the size is checked in linear time first.
 */
function configData(doc: Document.Parsed, lc: LineCounter, file: string): Record<string, unknown> {
  const targets = aliasTargets(doc);
  if (targets.size > 0) {
    const first = [...targets.keys()][0] as { range?: [number, number, number] };
    const line = lc.linePos(first.range?.[0] ?? 0).line;
    if (targets.size > 1000 || expandedSize(doc, MAX_CONFIG_NODES) > MAX_CONFIG_NODES) {
      throw new UsageError(`${file}:${line}: aliases would expand past ${MAX_CONFIG_NODES} nodes; write the values out`);
    }
    const unresolved = [...targets.entries()].find(([, target]) => target === undefined);
    if (unresolved) {
      const at = lc.linePos((unresolved[0] as { range?: [number, number, number] }).range?.[0] ?? 0).line;
      throw new UsageError(`${file}:${at}: alias without an anchor before it`);
    }
    try {
      return (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
    } catch {
      throw new UsageError(`${file}:${line}: aliases are used too often (more than 100 expansions); write the values out`);
    }
  }
  return (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
}

/**
 * Parses and validates `.netcompat.yaml`. Errors are UsageErrors that give the file, the line and what is
 * accepted, e.g. ".netcompat.yaml:7: /clusters/0/kube-proxy-mode must be equal to one of the allowed
 * values (iptables, ipvs, nftables)".
 */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new UsageError(`${file}:${lineCounter.linePos(err.pos[0]).line}: not valid YAML: ${err.message.split('\n')[0]}`);
  const data = configData(doc, lineCounter, file);
  const at: Where = { file, line: (path) => lineOf(doc, lineCounter, path) };
  validateConfig(data, at);
  const clusters = configClusters(data, at);
  const cfg: Config = {
    file,
    clusters,
    ignore: ignoreEntries(
      data,
      clusters.map((c) => c.name),
      at,
    ),
    severity: (data.severity ?? {}) as Record<string, Severity>,
    rules: (data.rules ?? []) as string[],
  };
  if (data['fail-on'] !== undefined) cfg.failOn = data['fail-on'] as FailOn;
  if (typeof data.baseline === 'string') cfg.baseline = data.baseline;
  return cfg;
}

/** The config file and the line of a path in it, for errors. */
interface Where {
  file: string;
  line(path: (string | number)[]): number;
}

/** Against schema/config.schema.json; the first error names its line and what is accepted. */
function validateConfig(data: Record<string, unknown>, at: Where): void {
  // Generated from schema/config.schema.json when the bundle was built (no schema compiler at run time).
  const validate = validators()['config.schema.json']!;
  if (validate(data)) return;
  const e = validate.errors![0]!;
  const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
  const extra = (e.params as { additionalProperty?: string }).additionalProperty;
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  const line = at.line(extra ? [...path, extra] : path);
  const what = extra
    ? `unknown key "${extra}"${e.instancePath ? ` in ${e.instancePath}` : ''}; accepted keys: ${acceptedKeys(e.instancePath)}`
    : `${e.instancePath || '/'} ${e.message}${allowed ? ` (${allowed.join(', ')})` : ''}`;
  throw new UsageError(`${at.file}:${line}: ${what}`);
}

/** Globs of the config: bounded length and brace expansion (`{a,b}` sixteen times is 65,536 patterns). */
function checkGlob(glob: string, path: (string | number)[], at: Where): void {
  if (glob.length > MAX_GLOB_LENGTH || braceExpansions(glob) > MAX_BRACE_EXPANSIONS) {
    const shown = JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}…` : glob);
    throw new UsageError(
      `${at.file}:${at.line(path)}: path ${shown} is too complex; expected a glob of at most ${MAX_GLOB_LENGTH} characters whose {a,b} sets expand to at most ${MAX_BRACE_EXPANSIONS} patterns`,
    );
  }
}

function configClusters(data: Record<string, unknown>, at: Where): Config['clusters'] {
  const clusters = ((data.clusters ?? []) as RawCluster[]).map((c, i) => {
    c.paths.forEach((p, j) => checkGlob(p, ['clusters', i, 'paths', j], at));
    try {
      // `config:` rather than `input:`: reports say the value came from the config file, not a flag.
      const explicit = explicitFacts(c).map((f) => ({ ...f, source: f.source.replace(/^input:/, 'config:') }));
      return { name: c.name, paths: c.paths, explicit };
    } catch (e) {
      throw new UsageError(`${at.file}:${at.line(['clusters', i])}: cluster "${c.name}": ${(e as Error).message}`);
    }
  });
  const seen = new Set<string>();
  const dup = clusters.map((c) => c.name).find((n) => seen.size === seen.add(n).size);
  if (dup) throw new UsageError(`${at.file}: cluster name "${dup}" is used twice`);
  return clusters;
}

function ignoreEntries(data: Record<string, unknown>, names: readonly string[], at: Where): IgnoreEntry[] {
  return ((data.ignore ?? []) as Omit<IgnoreEntry, 'line'>[]).map((g, i) => {
    // Without declared clusters, an entry names a cluster the repository's layout forms ("clusters/lab"),
    // known only after the scan; with declared clusters, a name outside them is a typo.
    if (g.cluster !== undefined && names.length > 0 && !names.includes(g.cluster)) {
      throw new UsageError(
        `${at.file}:${at.line(['ignore', i, 'cluster'])}: ignore names cluster "${g.cluster}"; defined clusters: ${names.join(', ') || 'none'}`,
      );
    }
    (g.paths ?? []).forEach((p, j) => checkGlob(p, ['ignore', i, 'paths', j], at));
    if (g.expires !== undefined && !isCalendarDate(g.expires)) {
      // The schema checks the shape only; "2027-13-45" would otherwise suppress for good.
      throw new UsageError(`${at.file}:${at.line(['ignore', i, 'expires'])}: expires "${g.expires}" is not a date; expected YYYY-MM-DD, e.g. 2027-03-31`);
    }
    return { ...g, line: at.line(['ignore', i]) };
  });
}

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function lineOf(doc: Document, lc: LineCounter, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return 1;
}

function acceptedKeys(instancePath: string): string {
  const schema = JSON.parse(schemaText('config.schema.json')) as { properties: Record<string, { items?: { properties?: object } }> };
  const top = instancePath.split('/')[1];
  const props = top ? schema.properties[top]?.items?.properties : schema.properties;
  return Object.keys(props ?? {}).join(', ');
}
