import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { moduleArgs } from './ansible-tasks.js';
import { scalarTextMapper } from './scalar-text.js';
import { SHELL_TRIGGERS, templatedShellTextFacts } from './shell-facts.js';
import { toFacts, type TextFact } from './text-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'ansible-command-tasks';

const fqcn = (names: readonly string[]) => names.flatMap((m) => [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`]);
/** Modules whose argument is a command line: free-form (`command: kubeadm init …`) or `cmd:`. */
const COMMANDS = new Set(fqcn(['command', 'shell', 'raw']));
/** Modules that fetch a URL a later task applies (`get_url: url: …/calico.yaml`). */
const DOWNLOADS = new Set(fqcn(['get_url']));

/**
 * A line naming k3s or RKE2 is read by k3s-rke2-ansible-vars (which keeps only what names the script); a Kubespray,
 * kubeasz or kubean checkout in a task by their own extractors: such a line is theirs.
 */
const LEFT_TO_OTHERS = new Set(['k3s', 'rke2', 'kubespray', 'kubeasz', 'kubean']);
function othersLine(hits: readonly TextFact[]): boolean {
  return hits.some((f) => (f.name === 'installer.name' || f.name === 'installer.release') && LEFT_TO_OTHERS.has(f.key ?? f.value));
}
/**
 * A URL or path with `{{ var }}` inside (`…/calico/v{{ calico_version }}/manifests/calico.yaml`) is not a value the
 * inventory's variables can fill in: the context stage resolves a value that is one expression beside literal text.
 * (The variable itself, `calico_version`, is read where the inventory sets it.) An unversioned URL without one
 * (`…/manifests/calico.yaml` from the docs site) stays: Calico is there, at a release nobody pinned.
 */
const resolvable = (f: TextFact): boolean => !(f.unresolved && f.value.includes('/') && f.value.includes('{{'));

/** The command-line scalar of one task's module value: the free-form string, or `cmd:` (an `argv:` list is not read). */
function commandNodes(d: YamlDoc, value: Node | null | undefined): Node[] {
  if (isScalar(value)) return [value];
  if (!isMap(value)) return [];
  const cmd = get(d, value, 'cmd');
  if (isScalar(cmd)) return [cmd];
  return [];
}

function textFacts(d: YamlDoc, node: Node): Fact[] {
  const text = str(d, node);
  if (text === undefined || !SHELL_TRIGGERS.some((t) => text.includes(t))) return [];
  // The shell reader says where it read a command ("kubeadm init in a script"): here it is a task.
  const hits = templatedShellTextFacts(text).map((f) =>
    f.note?.endsWith(' in a script') ? { ...f, note: `${f.note.slice(0, -' in a script'.length)} in an Ansible task` } : f,
  );
  if (othersLine(hits)) return [];
  // Ansible renders the line with the inventory's variables before it runs.
  return toFacts(ID, d.file, hits.filter(resolvable), scalarTextMapper(d, node)).map((f) => ({ ...f, renderedBy: 'ansible' as const }));
}

/**
 * Ansible tasks that run a command line (`command`, `shell`, `raw`: `kubeadm init --kubernetes-version …`,
 * `kubectl apply -f https://…/calico.yaml`, `helm install … tigera-operator --version …`) or download a manifest
 * (`get_url: url:`), read as shell words and never run, in a task list or a playbook (a document that is a list).
 * A `{{ var }}` in the line is resolved from the inventory's variables, as Ansible renders it.
 */
export const ansibleCommandTasks: YamlExtractor = {
  id: ID,
  description:
    'Ansible command / shell / raw tasks and get_url downloads read as shell (kubeadm init and its --kubernetes-version, Calico ' +
    'manifest URLs, helm install of tigera-operator), {{ var }} resolved from the inventory',
  triggers: SHELL_TRIGGERS,
  extract(d) {
    const root = d.doc.contents;
    if (!isSeq(root)) return [];
    const facts: Fact[] = [];
    for (const args of moduleArgsOrText(d, root)) for (const n of commandNodes(d, args)) facts.push(...textFacts(d, n));
    for (const args of moduleArgs(root, DOWNLOADS)) {
      const url = get(d, args, 'url');
      if (isScalar(url)) facts.push(...textFacts(d, url));
    }
    return facts;
  },
};

/** Each command module's value in document order: `moduleArgs` gives mappings only, a free-form line is a string. */
function moduleArgsOrText(d: YamlDoc, root: Node): Node[] {
  const out: Node[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 12) return;
    if (isSeq(node)) for (const item of node.items) walk(item, depth + 1);
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && COMMANDS.has(key) && (isScalar(pair.value) || isMap(pair.value))) out.push(pair.value as Node);
      else walk(pair.value, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}
