import type { SkippedFile } from '../model/source.js';
import { hasKind } from './kind-anchor.js';
import type { TextExtractor } from './types.js';

// The file shapes the extractors read, declared in one place (the registry lists the extractors; this says
// which files reach each kind). Text extractors declare their own `paths`; HCL files are `HCL_FILE`
// (hcl/collect.ts). The scan asks these, and knows no file shape itself.

/**
 * Files parsed as YAML whatever else reads them (a Kubespray `group_vars/all.yml` also feeds text extractors).
 * A Jinja `*.yaml.j2` is read like a `.tpl`: `{{ }}` values are unresolved, control lines set aside (parse/).
 */
export const YAML_FILES = /\.(ya?ml(\.(j2|tftpl))?|json|tpl|template)$/;

/** Helm chart templates are not YAML until rendered: counted, not reported as errors, and never parsed. */
const CHART_TEMPLATE = /(^|\/)templates\//;

/**
 * The folders a file in a `templates/` folder would be the chart of: the parent of each `templates`
 * segment (`charts/x/templates/a/b.yaml` → `charts/x`; '' for the root), nearest first.
 */
export function chartRootsOf(path: string): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = parts.length - 2; i >= 0; i--) if (parts[i] === 'templates') out.push(parts.slice(0, i).join('/'));
  return out;
}

/**
 * Whether the YAML extractors read this file: a YAML-named file always; a file of another name (an
 * extension-less Ansible `group_vars/all`) unless a text extractor claims it (an INI inventory, a script
 * is text only).
 */
export function readAsYaml(path: string, textExtractors: readonly TextExtractor[]): boolean {
  return YAML_FILES.test(path) || !textExtractors.some((e) => e.paths.test(path));
}

/** Kinds whose role template is read (its `{{ }}` values unresolved), not set aside with the role's other templates. */
const WRITTEN_CONFIG = ['ClusterConfiguration', 'KubeProxyConfiguration'];

/** A role's template; the role may be nested (`roles/plugins/network-plugins/templates/calico/x.yaml.j2`). */
const ROLE_TEMPLATE = /^(.*?(?:^|\/)roles\/[^/]+(?:\/[^/]+)*?)\/templates\//;
// Ansible also loads a folder of files (`defaults/main/`); its usual file stands for it (Kubespray's roles).
const PACKAGED = [
  ...['defaults/main.yml', 'defaults/main.yaml', 'defaults/main/main.yml', 'defaults/main/main.yaml'],
  ...['vars/main.yml', 'vars/main.yaml', 'vars/main/main.yml', 'vars/main/main.yaml'],
  ...['meta/main.yml', 'meta/main.yaml'],
];

/**
 * Whether the role a template belongs to is packaged: it keeps its own values (`defaults/`, `vars/`) or Galaxy
 * metadata (`meta/`), as an installer's roles do (Kubespray, kubeasz), rendering their templates from values
 * read instead. A role with none of them (a playbook's own) renders from the inventory, so its config
 * template is read.
 */
function roleKeepsValues(path: string, exists: ((path: string) => boolean) | undefined, packaged: readonly string[] = PACKAGED): boolean {
  const role = ROLE_TEMPLATE.exec(path)?.[1];
  if (role === undefined || !exists) return true;
  return packaged.some((f) => exists(`${role}/${f}`));
}

/**
 * An installer's role (Kubespray's `network_plugin/calico`, kubeasz's `calico`) keeps fixed values (`vars/`) or
 * Galaxy metadata (`meta/`) and renders its Calico manifest from them, one template per release at times. A
 * playbook's own role may keep `defaults/` (an interface option, a CIDR) and still write the Calico release it
 * runs into the manifest it applies (kairen/kubeadm-ansible's `roles/cni/templates/calico.yml.j2`).
 */
const INSTALLER_ROLE = PACKAGED.filter((f) => !f.startsWith('defaults/'));

/**
 * A Calico manifest: the calico-node DaemonSet. Canal's (a flannel image beside calico-node) is left out: Calico
 * there only enforces policy, and a role keeping templates for several CNIs applies the one a variable names
 * (kairen/kubeadm-ansible's `calico`, `canal`, `flannel`), so reading Canal beside Calico would pair them.
 */
function calicoManifest(text: string): boolean {
  return hasKind(text, 'DaemonSet') && /\bcalico-node\b/.test(text) && !/\bimage:[^\n]*flannel/.test(text);
}

/** A Jinja template (`*.yaml.j2`). */
const JINJA = /\.j2$/;

/**
 * An Ansible role's Jinja template (`roles/x/templates/kubeadm.yaml.j2`, a nested role's
 * `roles/x/y/templates/…`): Ansible renders it with the inventory's variables.
 */
export function ansibleTemplate(path: string): boolean {
  return JINJA.test(path) && ROLE_TEMPLATE.test(path);
}

/**
 * A Helm chart template, or an Ansible role's Jinja template (`roles/x/templates/*.yaml.j2`), holding
 * template code: skipped quietly, with the reason. Either is rendered from variables read elsewhere. A
 * kubeadm or kube-proxy config template of a role that keeps no values of its own is read (as a template), and so
 * is a Calico manifest template of a role that is no installer's (no `vars/`, no `meta/`).
 * A `templates/` folder is a chart's only beside a `Chart.yaml` (`isChart(folder)`, the folder holding
 * `templates/`): other files there (Cluster API `templates/cluster-template-*.yaml`, whose `{{ }}` is
 * cloud-init's) are read as YAML like any other, their `{{ }}` values unresolved, and skipped with the
 * parser's reason when they do not parse.
 */
export function chartTemplate(path: string, text: string, isChart: (folder: string) => boolean, exists?: (path: string) => boolean): SkippedFile | undefined {
  if (!CHART_TEMPLATE.test(path)) return undefined;
  if (JINJA.test(path)) {
    if (!text.includes('{{') && !text.includes('{%')) return undefined;
    // The kubeadm or kube-proxy config a playbook's own role renders says what the cluster runs: read as a template.
    if (WRITTEN_CONFIG.some((k) => hasKind(text, k)) && !roleKeepsValues(path, exists)) return undefined;
    // The Calico manifest a playbook's own role applies says which Calico runs: read as a template too.
    if (calicoManifest(text) && !roleKeepsValues(path, exists, INSTALLER_ROLE)) return undefined;
    return {
      path,
      reason: 'template',
      detail: "Jinja template in a templates/ folder (an Ansible role's); the variables it is rendered from are read instead",
      quiet: true,
    };
  }
  if (!text.includes('{{') || !chartRootsOf(path).some(isChart)) return undefined;
  return { path, reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true };
}
