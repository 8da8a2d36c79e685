import type { Fact, FactName } from '../model/fact.js';
import { KUBESPRAY_VARS } from './kubespray-group-vars.js';
import type { TextExtractor } from './types.js';
import { envDefault, isPlaceholder, normalizeProxyMode } from './values.js';

const ID = 'kubespray-ini-inventory';

/** Variables kubeasz keeps in its INI `hosts` file, next to Kubespray's own names. */
const KUBEASZ_VARS: readonly { key: string; fact: FactName; normalize: (s: string) => string | undefined }[] = [
  { key: 'PROXY_MODE', fact: 'kubeProxy.mode', normalize: normalizeProxyMode },
];

/** Which plugin variable names the CNI: Kubespray's `kube_network_plugin`, kubeasz's `CLUSTER_NETWORK`. */
const PLUGIN_KEYS = ['kube_network_plugin', 'CLUSTER_NETWORK'];

/** File names an Ansible INI inventory goes by (see docs/sources-b.md). */
export const INI_INVENTORY_PATH = /(^|\/)(hosts|inventory)(\.(?!(ya?ml|json|md|txt|[jt]s|py|sh|go)$)[a-z][\w-]*)?$|\.ini$/;

interface IniVar {
  key: string;
  value: string;
  line: number;
  column: number;
  endColumn: number;
}

/**
 * The value without a trailing ` # comment` / ` ; comment`: cut at the blanks before the first `#` or `;`
 * that follows a blank. A scan, not `/\s+[#;].*$/`, which is quadratic on a long run of blanks.
 */
function stripIniComment(rest: string): string {
  for (let i = 1; i < rest.length; i++) {
    if ((rest[i] === '#' || rest[i] === ';') && /\s/.test(rest[i - 1]!)) {
      let start = i - 1;
      while (start > 0 && /\s/.test(rest[start - 1]!)) start--;
      return rest.slice(0, start);
    }
  }
  return rest;
}

/** `key=value` lines of `[...:vars]` sections; values may be quoted, and `#`/`;` start comments. */
function iniVars(text: string): IniVar[] {
  const out: IniVar[] = [];
  let inVars = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const section = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (section) {
      inVars = /:vars$/.test(section[1] ?? '');
      return;
    }
    if (!inVars || /^\s*[#;]/.test(line)) return;
    const m = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*=\s*/.exec(line);
    if (!m) return;
    const start = (m[0] ?? '').length;
    let rest = line.slice(start);
    const q = /^(["'])(.*?)\1/.exec(rest);
    rest = q ? q[0] : stripIniComment(rest).trimEnd();
    out.push({ key: m[2] ?? '', value: q ? (q[2] ?? '') : rest, line: i + 1, column: start + 1, endColumn: start + 1 + rest.length });
  });
  return out;
}

/**
 * Facts from an Ansible INI inventory (`hosts`, `inventory.ini`): Kubespray variables set under
 * `[all:vars]` and kubeasz's `PROXY_MODE`, placed at the value. Calico variables count only when the
 * inventory's plugin variable is absent, templated or calico.
 */
export function iniInventoryFacts(file: string, text: string): Fact[] {
  const vars = iniVars(text);
  const plugin = vars.find((v) => PLUGIN_KEYS.includes(v.key))?.value.trim();
  const calicoPossible = plugin === undefined || isPlaceholder(plugin) || plugin.toLowerCase() === 'calico';
  const table = [...KUBESPRAY_VARS, ...KUBEASZ_VARS];
  const facts: Fact[] = [];
  for (const v of vars) {
    const spec = table.find((t) => t.key === v.key);
    if (!spec || ('calico' in spec && spec.calico && !calicoPossible)) continue;
    const place = { file, line: v.line, column: v.column, endLine: v.line, endColumn: v.endColumn };
    const base = { name: spec.fact, origin: 'repository' as const, place, source: ID };
    const dflt = envDefault(v.value);
    if (dflt === undefined && isPlaceholder(v.value)) {
      facts.push({ ...base, value: v.value, unresolved: true });
      continue;
    }
    const value = spec.normalize(dflt ?? v.value);
    if (value === undefined) continue;
    facts.push({ ...base, value, ...(value === v.value ? {} : { raw: v.value }), note: dflt === undefined ? `inventory ${v.key}` : `default of ${v.value}` });
  }
  return facts;
}

/** Ansible INI inventories are not YAML: read line by line. */
export const kubesprayIniInventory: TextExtractor = {
  id: ID,
  description: 'Kubespray and kubeasz variables in an Ansible INI inventory (`[all:vars]` key=value lines)',
  input: 'text',
  paths: INI_INVENTORY_PATH,
  // Variables are read from `[...:vars]` sections only.
  triggers: [':vars]'],
  extract: (file) => iniInventoryFacts(file.path, file.text),
};
