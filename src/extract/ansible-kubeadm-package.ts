import { isScalar, isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';
import { fileVars, moduleArgs } from './ansible-tasks.js';
import { factAt } from './fact-at.js';
import { kubeadmPinMinor, kubeadmPinNote } from './shell-packages.js';
import type { YamlExtractor } from './types.js';

const ID = 'ansible-kubeadm-package';

// An Ansible package task that pins kubeadm (`apt: name: [kubeadm=1.28.2-00]`, `kubeadm={{ kube_version }}-00`
// with `kube_version` in the file's `vars:`, set once) names the cluster's minor as a default, as a script's
// `apt-get install kubeadm=…` does (shell-packages.ts says why: kubeadm init deploys its own minor's stable patch).

const MODULES = new Set(['apt', 'yum', 'dnf', 'package', 'zypper'].flatMap((m) => [m, `ansible.builtin.${m}`, `community.general.${m}`]));
const PIN = /^kubeadm[=-](.+)$/;
const REF = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The package names a module call installs: a list, or one string (`kubelet,kubeadm=1.28.2-00`). */
function packages(d: YamlDoc, args: Node): Node[] {
  const name = get(d, args, 'name') ?? get(d, args, 'pkg');
  if (isSeq(name)) return name.items.filter((n): n is Node => isScalar(n));
  return isScalar(name) ? [name] : [];
}

function pinFact(d: YamlDoc, node: Node, vars: ReadonlyMap<string, Node | null>): Fact | undefined {
  const text = str(d, node)?.trim() ?? '';
  const written = text
    .split(',')
    .map((s) => s.trim())
    .find((s) => PIN.test(s));
  const m = written ? PIN.exec(written) : undefined;
  if (!m?.[1]) return undefined;
  const used: Node[] = [];
  let failed = false;
  const version = m[1].replace(REF, (_all, name: string) => {
    const v = vars.get(name) ?? undefined;
    const value = v ? str(d, v)?.trim() : undefined;
    if (value === undefined || value.includes('{{')) failed = true;
    else used.push(v!);
    return value ?? '';
  });
  const minor = failed ? undefined : kubeadmPinMinor(version);
  if (!minor) return undefined;
  const f = factAt(ID, d, node, 'kubernetes.version', minor, {
    origin: 'default',
    raw: text,
    note: kubeadmPinNote(version, minor),
  });
  if (used.length > 0) {
    f.derivedFrom = used.map((v) => ({
      name: 'kubernetes.version',
      value: minor,
      origin: 'repository',
      place: placeOf(d, v),
      source: ID,
      note: `the play's vars: ${str(d, v)}`,
    }));
  }
  return f;
}

export const ansibleKubeadmPackage: YamlExtractor = {
  id: ID,
  description:
    "Ansible package tasks (apt, yum, dnf, package) pinning kubeadm (kubeadm=1.28.2-00, kubeadm-{{ v }} with v in the play's vars): the Kubernetes minor, as a default",
  triggers: ['kubeadm=', 'kubeadm-1', 'kubeadm-{{', 'kubeadm-v1'],
  extract(d) {
    const calls = moduleArgs(d.doc.contents, MODULES);
    if (calls.length === 0) return [];
    const vars = fileVars(d);
    return calls.flatMap((args) => packages(d, args)).flatMap((n) => pinFact(d, n, vars) ?? []);
  },
};
