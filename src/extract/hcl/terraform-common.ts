import type { Fact } from '../../model/fact.js';
import type { HclBlock, HclExpr } from '../../parse/hcl/hcl-file.js';
import { normalizeProxyMode } from '../values.js';
import { hclFact } from './hcl-fact.js';
import { scalarText, type ModuleScope, type Resolved } from './module.js';

/** Terraform configuration files (variable files only feed the scope). */
export const TF_CONFIG = /\.(tf|tofu)(\.json)?$/;

/**
 * A module's `source` as Terraform accepts it for one public module: the registry address (`NS/NAME/PROVIDER`,
 * with an optional host), or its GitHub repository (`github.com/...`, `git::https://`, `git@github.com:`,
 * with or without `.git`), then `submodule` (a pattern for a `//modules/NAME` suffix, '' for none) and an
 * optional `?ref=` query. (`flags`: `i` where the registry matches names in any case).
 */
export function moduleSource(registry: string, repository: string, submodule = '', flags = ''): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const git = `(?:git::)?(?:https:\\/\\/|ssh:\\/\\/git@|git@)?github\\.com[/:]${esc(repository)}(?:\\.git)?`;
  return new RegExp(`^(?:(?:[\\w.-]+\\/)?${esc(registry)}|${git})${submodule}(?:\\?.*)?$`, flags);
}

/** A `cluster.definition` for a cluster resource or module call: its module directory is the cluster's tree. */
export function clusterDefinition(source: string, scope: ModuleScope, b: HclBlock, kind: string): Fact {
  return {
    name: 'cluster.definition',
    value: scope.module.dir,
    origin: 'repository',
    place: b.place,
    source,
    note: `${kind} ${b.labels.map((l) => JSON.stringify(l)).join(' ')}`,
  };
}

export function installerFact(source: string, b: HclBlock, name: 'eks' | 'aks' | 'gke' | 'rke1' | 'rke2' | 'k3s', note: string): Fact {
  return { name: 'installer.name', value: name, origin: 'repository', place: b.place, source, note };
}

/** A block's attribute as a fact placed at its value; nothing when the block does not set it. */
export function attrFact(
  source: string,
  scope: ModuleScope,
  b: HclBlock,
  name: string,
  fact: Fact['name'],
  normalize: (s: string) => string | undefined,
  note?: string,
): Fact | undefined {
  const a = scope.attribute(b, name);
  return a ? hclFact(source, fact, a.attr.expr.place, a.r, normalize, { note }) : undefined;
}

/**
 * The kube-proxy mode an EKS add-on's `configuration_values` sets: `jsonencode({ mode = "ipvs" })` or a
 * JSON string. Undefined when it does not say; an unresolved fact when it cannot be read.
 */
export function addonProxyMode(source: string, scope: ModuleScope, value: HclExpr, via: Resolved['via'] = []): Fact | undefined {
  const r = scope.resolve(value, via);
  if (r.known && r.expr.kind === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.expr.value);
    } catch {
      return undefined;
    }
    const mode = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).mode : undefined;
    if (typeof mode !== 'string') return undefined;
    const v = normalizeProxyMode(mode);
    return v
      ? { name: 'kubeProxy.mode', value: v, raw: mode, origin: 'repository', place: value.place, source, note: 'kube-proxy add-on configuration_values' }
      : undefined;
  }
  const call = r.known ? undefined : value.kind === 'call' ? value : undefined;
  if (call && (call.name === 'jsonencode' || call.name === 'yamlencode') && call.args[0]) {
    const obj = scope.resolve(call.args[0]);
    const m = scope.entry(obj, 'mode');
    if (!m) return undefined;
    return hclFact(source, 'kubeProxy.mode', m.valuePlace, m.r, normalizeProxyMode, { note: 'kube-proxy add-on configuration_values' });
  }
  return undefined;
}

/** The text of a resolved scalar, trimmed; undefined for anything else. */
export function known(r: Resolved | undefined): string | undefined {
  return r?.known ? scalarText(r.expr)?.trim() : undefined;
}
