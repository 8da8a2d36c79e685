import { minimatch } from 'minimatch';
import type { Fact } from '../model/fact.js';
import type { ExcludedTree } from '../model/finding.js';
import { byCode } from '../model/code-order.js';

/**
 * Installer internals are not clusters. A vendored role tree (`roles/<…>/defaults/`, `roles/<…>/vars/`)
 * holds what the installer does when the inventory says nothing: its facts are defaults for the cluster
 * that uses it, never a cluster of their own. Installers' templates and test fixtures (Kubespray's
 * `inventory/sample` and `inventory/local`, the `tests/` tree beside a vendored role tree, any `testdata/`,
 * an Ansible role's `molecule/` scenarios, documentation trees) and Go's vendored modules (`vendor/k8s.io/…`)
 * are left out unless the config file names them, and the report says so.
 */
export const ROLE_TREE = /(^|\/)roles\/(?:[^/]+\/)+(?:defaults|vars)\//;

const TEMPLATE_INVENTORY = /^(.*?(?:^|\/)inventory\/(?:sample|local))(?:\/|$)/;
const TESTDATA = /^(.*?(?:^|\/)testdata)(?:\/|$)/;
/** Ansible Molecule scenarios test a role on throwaway machines: their pinned versions describe no cluster. */
const MOLECULE = /^(.*?(?:^|\/)molecule)(?:\/|$)/;
/**
 * Go's vendored modules (`vendor/k8s.io/apimachinery/…`: a module path starts with a domain): the files of
 * dependencies, such as apimachinery's node-list test data, describe none of this repository's clusters.
 * The domain ends in letters, so a versioned folder vendir or a script writes (`vendor/cluster-config-v1.2/`)
 * is no Go module and is read.
 */
const GO_VENDOR = /^(.*?(?:^|\/)vendor)\/[^/]+\.[a-z]{2,}\//;
/**
 * A documentation tree (`docs/`, `doc/`, `documentation/`): the manifests and configs there show how something is
 * done (an alternative kubeadm config, a Calico install walkthrough), they are not what the repository deploys.
 */
const DOCS = /^(.*?(?:^|\/)(?:docs|doc|documentation))\//;

function dirOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

/** Folders that hold a vendored installer: a role tree or Kubespray's sample inventory sits right under them. */
function installerHomes(files: readonly string[]): Set<string> {
  const homes = new Set<string>();
  for (const f of files) {
    const role = /^(.*?)(?:^|\/)roles\/(?:[^/]+\/)+(?:defaults|vars)\//.exec(f);
    if (role) homes.add(role[1]!.replace(/\/$/, ''));
    const sample = /^(.*?)(?:^|\/)inventory\/sample\//.exec(f);
    if (sample) homes.add(sample[1]!.replace(/\/$/, ''));
  }
  return homes;
}

/** Why a file sits in an installer's template or fixture tree, and the tree; undefined for ordinary files. */
function templateTree(file: string, homes: ReadonlySet<string>): { tree: string; reason: string } | undefined {
  const inv = TEMPLATE_INVENTORY.exec(file);
  if (inv) return { tree: inv[1]!, reason: `Kubespray's ${inv[1]!.endsWith('sample') ? 'sample' : 'local'} inventory, a template rather than a cluster` };
  const td = TESTDATA.exec(file);
  if (td) return { tree: td[1]!, reason: 'test data' };
  const mol = MOLECULE.exec(file);
  if (mol) return { tree: mol[1]!, reason: "an Ansible role's Molecule test scenarios, not a cluster" };
  const docs = DOCS.exec(file);
  if (docs) return { tree: docs[1]!, reason: 'documentation: example configs, not a cluster the repository deploys' };
  const vendored = GO_VENDOR.exec(file);
  if (vendored) return { tree: vendored[1]!, reason: "vendored Go modules: dependencies' files, not this repository's clusters" };
  for (const home of homes) {
    const tests = home === '' ? 'tests' : `${home}/tests`;
    if (file.startsWith(`${tests}/`))
      return { tree: tests, reason: `the test tree of the installer vendored in ${home === '' ? 'the repository root' : `${home}/`}` };
  }
  return undefined;
}

export interface Exclusions {
  facts: Fact[];
  excluded: ExcludedTree[];
}

/**
 * Role-tree facts become defaults (and define no cluster); facts in template and fixture trees are set
 * aside unless a cluster of the config file claims their file (`paths`).
 */
export function excludeInstallerInternals(facts: readonly Fact[], declaredPaths: readonly string[] = []): Exclusions {
  const files = [...new Set(facts.map((f) => f.place?.file).filter((x): x is string => x !== undefined))];
  const homes = installerHomes(files);
  const named = (file: string) => declaredPaths.some((p) => minimatch(file, p, { dot: true }) || minimatch(file, `${p.replace(/\/$/, '')}/**`, { dot: true }));
  const out: Fact[] = [];
  const trees = new Map<string, ExcludedTree>();
  for (const f of facts) {
    const file = f.place?.file;
    if (file !== undefined && ROLE_TREE.test(file)) {
      if (f.name === 'cluster.definition') continue;
      out.push(
        f.origin === 'repository' ? { ...f, origin: 'default', note: [f.note, `installer role default (${dirOf(file)}/)`].filter(Boolean).join('; ') } : f,
      );
      continue;
    }
    const t = file === undefined ? undefined : templateTree(file, homes);
    if (!t || named(file!)) {
      out.push(f);
      continue;
    }
    const e = trees.get(t.tree) ?? {
      path: `${t.tree}/`,
      reason: t.reason,
      include: `to check it as a cluster, name it in the config file: clusters: [{name: ${t.tree.split('/').pop()}, paths: ["${t.tree}/**"]}]`,
      facts: 0,
    };
    if (f.name !== 'cluster.definition') e.facts++;
    trees.set(t.tree, e);
  }
  return { facts: out, excluded: [...trees.values()].sort((a, b) => byCode(a.path, b.path)) };
}
