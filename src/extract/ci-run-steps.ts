import { isScalar, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { entries, items, str, visitMaps } from '../parse/walk.js';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';
import { scalarTextMapper } from './scalar-text.js';
import { assignmentWordFacts, commandFacts, SHELL_TRIGGERS, shellTextFacts } from './shell-facts.js';
import { toFacts, type TextFact } from './text-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'ci-run-steps';

/** CI definitions: GitHub Actions workflows, GitLab CI, Azure Pipelines, CircleCI, Bitbucket, Drone, Woodpecker. */
export const CI_FILE_PATH =
  /(^|\/)(\.github\/workflows\/[^/]+|\.gitlab-ci[^/]*|\.gitlab\/ci\/[^/]+|azure-pipelines[^/]*|\.circleci\/config|bitbucket-pipelines|\.drone|\.woodpecker(\/[^/]+)?)\.ya?ml$/;

/** Keys whose string (or list of strings) is shell: GitHub `run`, GitLab `script`, Azure `bash`/`script`, Drone `commands`. */
const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'commands', 'bash', 'inline']);
/** Keys whose mapping holds environment variables. */
const ENV_KEYS = new Set(['env', 'variables', 'environment']);

/** The shell text of one scalar, placed in the file. */
function scalarFacts(d: YamlDoc, node: Node): Fact[] {
  const text = str(d, node);
  if (text === undefined || !SHELL_TRIGGERS.some((t) => text.includes(t))) return [];
  return toFacts(ID, d.file, shellTextFacts(text), scalarTextMapper(d, node));
}

/** `INSTALL_K3S_VERSION: v1.28.3+k3s1` under `env:` / `variables:`, and image references in any value. */
function envFacts(d: YamlDoc, node: Node | undefined): Fact[] {
  const out: Fact[] = [];
  for (const [key, value, pair] of entries(d, node)) {
    const text = value === undefined ? undefined : str(d, value);
    if (text === undefined || !isScalar(pair.key) || !value) continue;
    const k = placeOf(d, pair.key as Node);
    const v = placeOf(d, value);
    const hits: TextFact[] = assignmentWordFacts(
      { text: key, line: k.line, column: k.column },
      { text: text.trim(), line: v.line, column: v.column + quoteShift(d, value) },
    );
    out.push(...toFacts(ID, d.file, hits));
  }
  return out;
}

/** A quoted scalar's text starts one column after its node. */
function quoteShift(d: YamlDoc, node: Node): number {
  const c = node.range ? d.text[node.range[0]] : undefined;
  return c === '"' || c === "'" ? 1 : 0;
}

/** `image: quay.io/kubespray/kubespray:v2.18.2` (GitLab job image, a container step): the image as one word. */
function imageFacts(d: YamlDoc, node: Node | undefined): Fact[] {
  const text = node === undefined ? undefined : str(d, node);
  if (!node || text === undefined || !(text.includes('kubespray/kubespray:') || text.includes('spray-job:'))) return [];
  const at = placeOf(d, node);
  const hits = commandFacts([{ text: text.trim(), line: at.line, column: at.column + quoteShift(d, node) }]);
  return toFacts(ID, d.file, hits);
}

/**
 * CI steps read as shell text, never run: the `run:` blocks of GitHub workflows, GitLab `script:` lists and
 * their kin, environment variables, and job images. Facts are placed at their line and column in the
 * YAML file, inside block scalars too.
 */
export const ciRunSteps: YamlExtractor = {
  id: ID,
  description:
    'CI workflow steps read as shell (GitHub run:, GitLab script:, env:/variables:, job image:): kubeadm init, Calico manifest ' +
    'URLs, helm install of tigera-operator, INSTALL_K3S_VERSION, the Kubespray and kubean images',
  paths: CI_FILE_PATH,
  triggers: SHELL_TRIGGERS,
  extract(d) {
    const facts: Fact[] = [];
    visitMaps(d, (map) => {
      for (const [key, value] of entries(d, map)) {
        if (!value) continue;
        if (SHELL_KEYS.has(key)) {
          const list = items(d, value);
          for (const n of list.length > 0 ? list : [value]) facts.push(...scalarFacts(d, n));
        } else if (ENV_KEYS.has(key)) {
          facts.push(...envFacts(d, value));
        } else if (key === 'image' || key === 'name' || key === 'uses') {
          facts.push(...imageFacts(d, value));
        }
      }
    });
    return facts;
  },
};
