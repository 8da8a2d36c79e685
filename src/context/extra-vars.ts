import { INVENTORY_VARS as INVENTORY, KUBESPRAY_DEFINITION as DEF } from '../extract/kubespray-definition.js';
import type { Fact } from '../model/fact.js';

/**
 * Kubespray variables in a file outside any inventory (`config/kubespray.vars.json`, not under
 * `group_vars/` or `host_vars/`) reach a play only as extra vars (`-e @file`), a play's `vars_files` or
 * `include_vars`, and each of those outranks the inventory's group and host variables in Ansible's variable
 * precedence. So where the repository defines exactly one cluster besides such files, and that cluster is a
 * Kubespray inventory, the files are applied to it rather than read as clusters of their own: their
 * definitions are dropped (their facts then apply to the one cluster, as files no cluster owns do), and each
 * value they set replaces the inventory's value of the same fact, which is shown as overridden. With several
 * clusters nothing says which one such a file is for, and it stays a cluster of its own.
 */
export function applyExtraVars(facts: readonly Fact[]): { facts: Fact[]; overridden: Fact[] } {
  const defs = facts.filter((f) => f.name === 'cluster.definition' && !f.unresolved);
  const loose = new Set(defs.filter(isLooseVars).map((f) => f.place!.file));
  if (loose.size === 0) return { facts: [...facts], overridden: [] };
  const roots = new Set(defs.filter((f) => !loose.has(f.place?.file ?? '')).map((f) => f.value));
  const inventories = defs.filter((f) => f.source === SOURCE && f.note === DEF.inventory && INVENTORY.test(f.place?.file ?? ''));
  if (roots.size !== 1 || inventories.length === 0 || !inventories.every((f) => roots.has(f.value))) return { facts: [...facts], overridden: [] };

  const winner = (f: Fact): boolean => f.source === SOURCE && f.origin === 'repository' && loose.has(f.place?.file ?? '');
  // The first such file's value of each fact replaces the inventory's.
  const byName = new Map<string, Fact>();
  for (const f of facts) if (winner(f) && f.name !== 'cluster.definition' && !byName.has(f.name)) byName.set(f.name, f);
  const lost = new Map<Fact, Fact>();
  for (const f of facts) {
    const w = byName.get(f.name);
    if (w && f.source === SOURCE && f.origin === 'repository' && INVENTORY.test(f.place?.file ?? '')) lost.set(f, w);
  }
  // Notes name no place (places are rebased by the report; a text is not): each fact shows its own.
  const overridden = [...lost.keys()].map((v) => ({
    ...v,
    note: [v.note, 'overridden by Kubespray variables outside the inventory, which outrank it'].filter(Boolean).join('; '),
  }));
  const winners = new Set(lost.values());
  const out: Fact[] = [];
  for (const f of facts) {
    if (lost.has(f)) continue;
    if (f.name === 'cluster.definition' && loose.has(f.place?.file ?? '')) continue;
    out.push(winners.has(f) ? { ...f, note: [f.note, "outranks the inventory's value (Ansible extra vars or play vars)"].filter(Boolean).join('; ') } : f);
  }
  return { facts: out, overridden };
}

const SOURCE = DEF.source;

/** The definition of a variables file that is no inventory's (nor a kubean ConfigMap, whose note differs). */
function isLooseVars(f: Fact): boolean {
  return f.source === SOURCE && (f.note === DEF.inventory || f.note === DEF.variables) && f.place !== undefined && !INVENTORY.test(f.place.file);
}
