import type { Fact, FactOrigin } from '../model/fact.js';
import { entries, str } from '../parse/walk.js';
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

/**
 * Every top-level scalar variable of a Kubespray variables file (a vendored role's defaults too) and of any
 * inventory variables file (group_vars, host_vars), as written, so that the contexts stage can resolve settings that refer to
 * other variables (`calico_ipip_mode: "{{ ipip_mode }}"`) within one cluster. Nothing is evaluated here.
 */
export const ansibleVariables: YamlExtractor = {
  id: ID,
  description:
    'Ansible variables of inventory variables files (group_vars, host_vars) and Kubespray role defaults, as written, for resolving {{ var }} references within a cluster',
  // `ipip` only as a key (plain, quoted, or before a spaced colon): the bare word is in every Calico CRD
  // bundle (`ipipMode`), and a 2 MB bundle parsed for nothing costs more than the rest of a scan.
  triggers: [...KUBESPRAY_TRIGGERS, 'ipip:', 'ipip :', 'ipip":', "ipip':", 'ipip_mode'],
  alwaysPaths: INVENTORY_VARS_FILE,
  extract(d: YamlDoc): Fact[] {
    const inventory = INVENTORY_VARS_FILE.test(d.file) && isPlainMapping(d);
    if (!inventory && !isVarsDocument(d) && !entries(d, d.doc.contents).some(([k]) => k === 'ipip' || k === 'ipip_mode')) return [];
    const origin: FactOrigin = ROLE_DEFAULTS.test(d.file) ? 'default' : 'repository';
    const facts: Fact[] = [];
    for (const [key, value] of entries(d, d.doc.contents)) {
      const raw = value === undefined ? undefined : str(d, value);
      if (raw === undefined) continue;
      facts.push({ ...factAt(ID, d, value, 'ansible.variable', raw, { origin }), key });
    }
    return facts;
  },
};
