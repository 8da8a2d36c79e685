import { isMap, type Node } from 'yaml';
import type { Fact, FactOrigin } from '../model/fact.js';
import { entries, get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { factAt } from './fact-at.js';
import { isVarsDocument, KUBESPRAY_TRIGGERS } from './kubespray-group-vars.js';
import { isPlainMapping } from './objects.js';
import type { YamlExtractor } from './types.js';

const ID = 'ansible-variables';

/** Role defaults (`roles/<role>/defaults/`) apply only where the inventory says nothing. */
// Nested roles too (Kubespray: roles/network_plugin/calico/defaults/); each step consumes a `/`, so it stays linear.
const ROLE_DEFAULTS = /(^|\/)roles\/([^/]+\/)+defaults\//;

/**
 * An inventory's variables file (`group_vars/all.yml`, `host_vars/cp1/vars.yml`): read whatever names it holds,
 * since a config Ansible renders (a task's content, a playbook's own role template) may use any of them.
 */
const INVENTORY_VARS_FILE = /(^|\/)(group_vars|host_vars)\/(?:[^/]+\/)?[^/]+\.ya?ml$/;

/** An Ansible inventory in YAML (`inventory/hosts.yaml`, `hosts.yml`, `inventory.yml`): groups with `vars:`. */
const YAML_INVENTORY_FILE = /(^|\/)(?:hosts|inventory)[^/]*\.ya?ml$/;
const GROUP_KEYS = ['hosts', 'children', 'vars'];
/** Groups nest through `children:`; an inventory deeper than this is not one. */
const MAX_GROUP_DEPTH = 16;

/** The `vars:` entries of every group of a YAML inventory (`all: vars:`, `all: children: k8s: vars:`), in document order. */
function inventoryGroupVars(d: YamlDoc): [string, Node][] {
  const out: [string, Node][] = [];
  const isGroup = (n: Node | undefined): boolean => isMap(n) && GROUP_KEYS.some((k) => get(d, n, k) !== undefined);
  const walk = (group: Node | undefined, depth: number): void => {
    if (depth > MAX_GROUP_DEPTH || !isGroup(group)) return;
    for (const [key, value] of entries(d, get(d, group, 'vars'))) if (value) out.push([key, value]);
    for (const [, child] of entries(d, get(d, group, 'children'))) walk(child, depth + 1);
  };
  for (const [, group] of entries(d, d.doc.contents)) walk(group, 0);
  return out;
}

/**
 * Every top-level scalar variable of a Kubespray variables file (a vendored role's defaults too) and of any
 * inventory variables file (group_vars, host_vars), as written, so that the contexts stage can resolve settings that refer to
 * other variables (`calico_ipip_mode: "{{ ipip_mode }}"`) within one cluster. Nothing is evaluated here.
 */
export const ansibleVariables: YamlExtractor = {
  id: ID,
  description:
    'Ansible variables of inventory variables files (group_vars, host_vars), YAML inventories (group vars:) and Kubespray role defaults, as written, for resolving {{ var }} references within a cluster',
  // `ipip` only as a key (plain, quoted, or before a spaced colon): the bare word is in every Calico CRD
  // bundle (`ipipMode`), and a 2 MB bundle parsed for nothing costs more than the rest of a scan.
  triggers: [...KUBESPRAY_TRIGGERS, 'ipip:', 'ipip :', 'ipip":', "ipip':", 'ipip_mode'],
  alwaysPaths: new RegExp(`${INVENTORY_VARS_FILE.source}|${YAML_INVENTORY_FILE.source}`),
  extract(d: YamlDoc): Fact[] {
    // A YAML inventory's group variables, which a config Ansible renders may draw on as well.
    if (YAML_INVENTORY_FILE.test(d.file) && isPlainMapping(d)) {
      const groupVars = inventoryGroupVars(d);
      if (groupVars.length > 0) return variableFacts(d, groupVars, 'repository');
    }
    const inventory = INVENTORY_VARS_FILE.test(d.file) && isPlainMapping(d);
    if (!inventory && !isVarsDocument(d) && !entries(d, d.doc.contents).some(([k]) => k === 'ipip' || k === 'ipip_mode')) return [];
    const origin: FactOrigin = ROLE_DEFAULTS.test(d.file) ? 'default' : 'repository';
    return variableFacts(
      d,
      entries(d, d.doc.contents).flatMap(([k, v]) => (v ? [[k, v] as [string, Node]] : [])),
      origin,
    );
  },
};

/** Each scalar variable as written (lists and maps are not variables the context stage resolves). */
function variableFacts(d: YamlDoc, vars: readonly [string, Node][], origin: FactOrigin): Fact[] {
  const facts: Fact[] = [];
  for (const [key, value] of vars) {
    const raw = str(d, value);
    if (raw === undefined) continue;
    facts.push({ ...factAt(ID, d, value, 'ansible.variable', raw, { origin }), key });
  }
  return facts;
}
