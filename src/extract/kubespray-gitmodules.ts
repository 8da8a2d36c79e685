import { KUBESPRAY_REPO } from './kubespray-repo.js';
import type { Word } from './shell-words.js';
import { textFactAt, toFacts, type TextFact } from './text-fact.js';
import type { TextExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'kubespray-gitmodules';

interface Entry {
  key: string;
  value: Word;
}

/** `key = value` lines of each `[submodule "…"]` section. */
function sections(text: string): Entry[][] {
  const out: Entry[][] = [];
  let current: Entry[] | undefined;
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) {
      current = trimmed.startsWith('[submodule') ? [] : undefined;
      if (current) out.push(current);
      return;
    }
    const eq = line.indexOf('=');
    if (!current || eq < 0 || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    const key = line.slice(0, eq).trim();
    const rest = line.slice(eq + 1);
    const lead = rest.length - rest.trimStart().length;
    const value = rest.trim();
    if (value) current.push({ key, value: { text: value, line: i + 1, column: eq + 2 + lead } });
  });
  return out;
}

/**
 * A Kubespray submodule names the installer. Its release is in the gitlink commit, which a file scan
 * cannot read; what the file itself states is a `branch` (`release-2.18`: a 2.18 release or a later
 * commit of that branch) or, rarely, a tag.
 */
export function gitmoduleFacts(text: string): TextFact[] {
  const out: TextFact[] = [];
  for (const entries of sections(text)) {
    const url = entries.find((e) => e.key === 'url' && KUBESPRAY_REPO.test(e.value.text));
    if (!url) continue;
    out.push(textFactAt(url.value, 'installer.name', 'kubespray', { note: 'Kubespray as a git submodule' }));
    const branch = entries.find((e) => e.key === 'branch')?.value;
    const minor = branch && /^release-(\d+\.\d+)$/.exec(branch.text)?.[1];
    const tag = branch && normalizeVersion(branch.text);
    if (minor) {
      out.push(
        textFactAt(branch, 'installer.release', minor, {
          key: 'kubespray',
          note: `the submodule's branch ${branch.text} (a ${minor} release or a later commit of that branch)`,
        }),
      );
    } else if (branch && tag && /^\d+\.\d+\.\d+$/.test(tag)) {
      out.push(textFactAt(branch, 'installer.release', tag, { key: 'kubespray', note: `the submodule's branch ${branch.text}` }));
    } else {
      out.push({
        ...textFactAt(url.value, 'installer.release', url.value.text, {
          key: 'kubespray',
          note: 'the submodule commit names the Kubespray release; .gitmodules does not',
        }),
        unresolved: true,
      });
    }
  }
  return out;
}

export const kubesprayGitmodules: TextExtractor = {
  id: ID,
  description: 'Kubespray as a git submodule (.gitmodules url kubernetes-sigs/kubespray; branch release-2.NN names the minor)',
  input: 'text',
  paths: /(^|\/)\.gitmodules$/,
  triggers: ['kubespray'],
  extract: (file) => toFacts(ID, file.path, gitmoduleFacts(file.text)),
};
