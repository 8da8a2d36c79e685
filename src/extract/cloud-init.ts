import { isSeq, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { entries, get, items, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { scalarTextMapper, type TextMapper } from './scalar-text.js';
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

/** `sh -c SCRIPT` (also bash, dash, a /bin/ path): the script is the shell text. */
const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|dash)$/;
/** A word the shell would split or expand, quoted when the words are joined into one command line. */
const PLAIN_WORD = /^[\w@%+=:,./-]+$/;

/**
 * A command in exec form, a list of words: `[sh, -c, "kubeadm init …"]` reads the script; any other list
 * (`[kubeadm, init, --kubernetes-version, v1.28.3]`) is one command whose words are written out as a line,
 * each placed back at its own list item.
 */
function execFormFacts(d: YamlDoc, node: Node): Fact[] {
  const words = items(d, node);
  const texts = words.map((w) => str(d, w));
  if (texts.length === 0 || texts.some((t) => t === undefined)) return [];
  const dashC = texts.indexOf('-c');
  if (SHELL.test(texts[0]!) && dashC > 0 && dashC + 1 < words.length) return scalarFacts(d, words[dashC + 1]!);
  let line = '';
  const spans: { start: number; inner: number; node: Node }[] = [];
  texts.forEach((t, i) => {
    if (i > 0) line += ' ';
    const quoted = PLAIN_WORD.test(t!) ? t! : `'${t!.replace(/'/g, `'\\''`)}'`;
    spans.push({ start: line.length, inner: quoted === t ? 0 : 1, node: words[i]! });
    line += quoted;
  });
  if (!SHELL_TRIGGERS.some((t) => line.includes(t))) return [];
  const map: TextMapper = (_l, column) => {
    const s = [...spans].reverse().find((x) => x.start <= column - 1) ?? spans[0]!;
    return scalarTextMapper(d, s.node)(1, Math.max(1, column - s.start - s.inner));
  };
  return toFacts(ID, d.file, shellTextFacts(line), map).map((f) => insideTemplateCondition(f, d.conditional));
}

/**
 * cloud-init user data (what Terraform passes to a VM as `user_data`, often from a template file), read as
 * shell and never run: each `runcmd` / `bootcmd` command written as one string, and the `content` of
 * `write_files` entries written as text (base64 or gzip content is not read). A command in exec form (a list of
 * words) is read too: `[sh, -c, SCRIPT]` as its script, any other list as one command line.
 */
export const cloudInit: YamlExtractor = {
  id: ID,
  description:
    'cloud-init user data (#cloud-config runcmd / bootcmd strings and word lists, write_files content) read as shell: kubeadm init, Calico ' +
    'manifest URLs, helm install of tigera-operator, the k3s and RKE2 install variables',
  triggers: SHELL_TRIGGERS,
  extract(d) {
    if (!isCloudConfig(d)) return [];
    const facts: Fact[] = [];
    for (const key of COMMAND_KEYS) {
      for (const n of items(d, get(d, d.doc.contents, key))) facts.push(...(isSeq(n) ? execFormFacts(d, n) : scalarFacts(d, n)));
    }
    for (const file of items(d, get(d, d.doc.contents, 'write_files'))) {
      if (str(d, get(d, file, 'encoding')) !== undefined) continue;
      const content = get(d, file, 'content');
      if (content) facts.push(...scalarFacts(d, content));
    }
    return facts;
  },
};
