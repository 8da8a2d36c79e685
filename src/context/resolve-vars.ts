import { normalizeEncapMode, normalizeIptablesBackend, normalizeProxyMode, normalizeVersion } from '../extract/values.js';
import type { Fact, FactName } from '../model/fact.js';
import { formatPlace } from '../model/place.js';
import type { PlaceText } from '../model/place-base.js';

/**
 * Settings written as references to other Ansible variables, resolved within one cluster (inventory
 * first, then role defaults): `{{ var }}`, `{{ var | default(x) }}` and `{{ 'A' if var else 'B' }}`, the
 * forms Kubespray's own defaults use (`ipip: true` → `ipip_mode` → `calico_ipip_mode`). Nothing is
 * executed: any other expression, a variable set differently in two places, or a chain deeper than
 * MAX_DEPTH stays unresolved. Also: kubeasz's `config.yml` placeholders (`__k8s_ver__`, `__calico__`),
 * which `ezctl new` fills from `ezdown`, give way to ezdown's values. `ansible.variable` facts are consumed
 * here and never reach the rules.
 */
export function resolveTemplates(
  facts: readonly Fact[],
  show: PlaceText = formatPlace,
  rendered: ReadonlySet<Fact> = NONE,
): { facts: Fact[]; replaced: Fact[] } {
  // The variable table is made when a reference is met (most clusters have none).
  let vars: Scope | undefined;
  const replaced: Fact[] = [];
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.name === 'ansible.variable') continue;
    if (f.unresolved && KUBEASZ_PLACEHOLDERS[f.value] === f.name && facts.some((o) => o.name === f.name && o.source === 'kubeasz-ezdown' && !o.unresolved)) {
      replaced.push({ ...f, note: [f.note, `filled by ezctl new from ezdown (${EZDOWN_KEYS[f.name] ?? ''})`].filter(Boolean).join('; ') });
      continue;
    }
    const r = f.unresolved && (ANSIBLE_SOURCES.has(f.source) || rendered.has(f)) ? resolveFact(f, (vars ??= { table: variableTable(facts), show })) : f;
    if (r) out.push(r);
    else replaced.push(f);
  }
  return { facts: out, replaced };
}

const ANSIBLE_SOURCES = new Set(['kubespray-group-vars', 'kubespray-ini-inventory']);

const NONE: ReadonlySet<Fact> = new Set();

/**
 * The facts without the extract stage's `renderedBy` mark (read by the cluster split and by resolveTemplates,
 * never shown), and the unmarked copies of the marked ones: taken once, before the facts are grouped, so a fact
 * every cluster shares stays one object.
 */
export function takeRenderedMarks(facts: readonly Fact[]): { facts: readonly Fact[]; rendered: ReadonlySet<Fact> } {
  if (!facts.some((f) => f.renderedBy)) return { facts, rendered: NONE };
  const rendered = new Set<Fact>();
  const out = facts.map((f) => {
    if (!f.renderedBy) return f;
    const { renderedBy: _mark, ...rest } = f;
    rendered.add(rest);
    return rest;
  });
  return { facts: out, rendered };
}
const KUBEASZ_PLACEHOLDERS: Record<string, FactName> = { __k8s_ver__: 'kubernetes.version', __calico__: 'calico.version' };
const EZDOWN_KEYS: Partial<Record<FactName, string>> = { 'kubernetes.version': 'K8S_BIN_VER', 'calico.version': 'calicoVer' };
const MAX_DEPTH = 8;

const bpf = (s: string): string | undefined => (truth(s) === true ? 'BPF' : truth(s) === false ? 'Iptables' : undefined);
const NORMALIZE: Partial<Record<FactName, (s: string) => string | undefined>> = {
  'kubernetes.version': normalizeVersion,
  'calico.version': normalizeVersion,
  'kubeProxy.mode': normalizeProxyMode,
  'calico.ipipMode': normalizeEncapMode,
  'calico.vxlanMode': normalizeEncapMode,
  'calico.iptablesBackend': normalizeIptablesBackend,
  'calico.featureDetectOverride': (s) => s.trim() || undefined,
  'calico.dataplane': bpf,
};

/** Variable name → the one value the cluster gives it: inventory values first, role defaults after. */
type Table = Map<string, Fact | undefined>;

/** The table, and how a step names a variable's place (under the front end's place base). */
interface Scope {
  table: Table;
  show: PlaceText;
}

function variableTable(facts: readonly Fact[]): Table {
  const table: Table = new Map();
  const variables = facts.filter((f) => f.name === 'ansible.variable');
  for (const tier of [(f: Fact) => f.origin !== 'default', (f: Fact) => f.origin === 'default']) {
    const byName = new Map<string, Fact[]>();
    for (const f of variables) {
      if (!f.key || f.unresolved || !tier(f) || table.has(f.key)) continue;
      byName.set(f.key, [...(byName.get(f.key) ?? []), f]);
    }
    // Two different values for one variable (two group_vars files): which wins depends on groups; not guessed.
    for (const [name, list] of byName) table.set(name, new Set(list.map((f) => f.value.trim())).size === 1 ? list[0] : undefined);
  }
  return table;
}

interface Value {
  text: string;
  steps: string[];
  used: Fact[];
}

/** The fact with its reference resolved; itself when it cannot be; null when it resolves to nothing (`''`: not set). */
function resolveFact(f: Fact, vars: Scope): Fact | null {
  const normalize = NORMALIZE[f.name];
  const v = normalize ? evaluate(f.value, vars, 0) : undefined;
  if (v && v.text.trim() === '') return null;
  const value = v === undefined ? undefined : normalize?.(v.text);
  if (!v || value === undefined) return f;
  const resolved: Fact = { ...f, value, raw: f.value, note: [f.note, `${f.value} → ${v.steps.join(' → ')}`].filter(Boolean).join('; '), derivedFrom: v.used };
  delete resolved.unresolved;
  return resolved;
}

/**
 * A whole-value `{{ … }}` expression, one between literal text (`v{{ kube_version }}`: the text around it kept),
 * or plain text; undefined for anything else.
 */
function evaluate(text: string, vars: Scope, depth: number): Value | undefined {
  const s = text.trim();
  if (!s.includes('{{') && !s.includes('{%')) return { text: s, steps: [JSON.stringify(s)], used: [] };
  const open = s.indexOf('{{');
  const close = s.indexOf('}}');
  if (depth >= MAX_DEPTH || open < 0 || close < open || s.indexOf('{{', open + 2) >= 0 || s.indexOf('}}', close + 2) >= 0) return undefined;
  const before = s.slice(0, open);
  const after = s.slice(close + 2);
  if (/[{}%]/.test(before + after)) return undefined;
  const toks = tokenize(s.slice(open + 2, close));
  const v = toks ? expression(toks, vars, depth) : undefined;
  if (!v || (before === '' && after === '')) return v;
  return { ...v, text: `${before}${v.text.trim()}${after}` };
}

type Tok = { t: 'id' | 'str' | 'num' | 'op'; v: string };

/** Identifiers, quoted strings, numbers and the punctuation the supported forms use; one pass. */
function tokenize(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
    } else if (c === "'" || c === '"') {
      const end = src.indexOf(c, i + 1);
      if (end < 0) return undefined;
      out.push({ t: 'str', v: src.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '|' || c === '(' || c === ')') {
      out.push({ t: 'op', v: c });
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j]!)) j++;
      out.push({ t: 'id', v: src.slice(i, j) });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[0-9.]/.test(src[j]!)) j++;
      out.push({ t: 'num', v: src.slice(i, j) });
      i = j;
    } else {
      return undefined;
    }
  }
  return out;
}

const LITERALS = new Map([
  ['true', 'true'],
  ['True', 'true'],
  ['false', 'false'],
  ['False', 'false'],
]);

/** `x`, `x | default(y)` / `x | d(y)`, `x if [not] v else y`; x and y are variables or literals. */
function expression(toks: Tok[], vars: Scope, depth: number): Value | undefined {
  if (toks.length === 1) return operand(toks[0]!, vars, depth);
  if (toks.length === 6 && toks[1]?.v === '|' && (toks[2]?.v === 'default' || toks[2]?.v === 'd') && toks[3]?.v === '(' && toks[5]?.v === ')') {
    const first = toks[0]!;
    if (first.t === 'id' && !LITERALS.has(first.v) && !vars.table.has(first.v)) {
      const fallback = operand(toks[4]!, vars, depth);
      return fallback && { ...fallback, steps: [`${first.v} undefined, default`, ...fallback.steps] };
    }
    return operand(first, vars, depth);
  }
  const ifAt = toks.findIndex((t) => t.t === 'id' && t.v === 'if');
  const elseAt = toks.findIndex((t) => t.t === 'id' && t.v === 'else');
  if (ifAt === 1 && elseAt === toks.length - 2 && (elseAt === 3 || (elseAt === 4 && toks[2]?.v === 'not'))) {
    const negate = elseAt === 4;
    const cond = operand(toks[elseAt - 1]!, vars, depth);
    const t = cond && truth(cond.text);
    if (t === undefined || !cond) return undefined;
    const pick = operand((t !== negate ? toks[0] : toks[elseAt + 1])!, vars, depth);
    return (
      pick && {
        text: pick.text,
        steps: [...cond.steps.slice(0, -1), `${cond.steps[cond.steps.length - 1]} is ${t}`, ...pick.steps],
        used: [...cond.used, ...pick.used],
      }
    );
  }
  return undefined;
}

function operand(tok: Tok, vars: Scope, depth: number): Value | undefined {
  if (tok.t === 'str' || tok.t === 'num') return { text: tok.v, steps: [JSON.stringify(tok.v)], used: [] };
  if (tok.t !== 'id') return undefined;
  const literal = LITERALS.get(tok.v);
  if (literal) return { text: literal, steps: [literal], used: [] };
  const fact = vars.table.get(tok.v);
  if (!fact) return undefined;
  const inner = evaluate(fact.value, vars, depth + 1);
  const where = fact.place ? ` (${vars.show(fact.place)})` : '';
  return inner && { text: inner.text, steps: [`${tok.v}${where}`, ...inner.steps], used: [fact, ...inner.used] };
}

/** Ansible's truthiness of a YAML scalar as written; undefined when it is not a boolean. */
function truth(s: string): boolean | undefined {
  const v = s.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0', ''].includes(v)) return false;
  return undefined;
}
