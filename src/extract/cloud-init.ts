import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { entries, get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { scalarTextMapper } from './scalar-text.js';
import { SHELL_TRIGGERS, shellTextFacts } from './shell-facts.js';
import { insideTemplateCondition, toFacts } from './text-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'cloud-init';

/** Top-level keys whose items cloud-init runs as shell commands. */
const COMMAND_KEYS = ['runcmd', 'bootcmd'] as const;

/** A cloud-config: its text opens with `#cloud-config`, or its top level holds `runcmd` / `bootcmd`. */
function isCloudConfig(d: YamlDoc): boolean {
  if (d.index === 0 && /^\s*#cloud-config\b/.test(d.text)) return true;
  return entries(d, d.doc.contents).some(([key]) => (COMMAND_KEYS as readonly string[]).includes(key));
}

/** The shell text of one scalar, placed in the file. */
function scalarFacts(d: YamlDoc, node: Node): Fact[] {
  const text = str(d, node);
  if (text === undefined || !SHELL_TRIGGERS.some((t) => text.includes(t))) return [];
  return toFacts(ID, d.file, shellTextFacts(text), scalarTextMapper(d, node)).map((f) => insideTemplateCondition(f, d.conditional));
}

/**
 * cloud-init user data (what Terraform passes to a VM as `user_data`, often from a template file), read as
 * shell and never run: each `runcmd` / `bootcmd` command written as one string, and the `content` of
 * `write_files` entries written as text (base64 or gzip content is not read). The exec form (a command as a
 * list of words) is not read.
 */
export const cloudInit: YamlExtractor = {
  id: ID,
  description:
    'cloud-init user data (#cloud-config runcmd / bootcmd strings, write_files content) read as shell: kubeadm init, Calico ' +
    'manifest URLs, helm install of tigera-operator, the k3s and RKE2 install variables',
  triggers: SHELL_TRIGGERS,
  extract(d) {
    if (!isCloudConfig(d)) return [];
    const facts: Fact[] = [];
    for (const key of COMMAND_KEYS) {
      for (const n of items(d, get(d, d.doc.contents, key))) facts.push(...scalarFacts(d, n));
    }
    for (const file of items(d, get(d, d.doc.contents, 'write_files'))) {
      if (str(d, get(d, file, 'encoding')) !== undefined) continue;
      const content = get(d, file, 'content');
      if (content) facts.push(...scalarFacts(d, content));
    }
    return facts;
  },
};
