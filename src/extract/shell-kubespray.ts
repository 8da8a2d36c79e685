import { KUBESPRAY_ARCHIVE, KUBESPRAY_REPO } from './kubespray-repo.js';
import { releaseOf } from './kubespray-requirements.js';
import { commandIndexes, commandName, wordPart, type Word } from './shell-words.js';
import { textFactAt, type TextFact } from './text-fact.js';

// Scripts that fetch Kubespray to run it: `git clone -b release-2.16 https://github.com/kubernetes-sigs/kubespray`,
// a clone followed by `git checkout v2.22.1`, or the source archive of a tag
// (`…/kubespray/archive/refs/tags/v2.18.2.zip`). The ref names the release as in a requirements.yml.

/** The git subcommand after `git` and its global options (`git -C dir checkout …`). */
function gitSubcommand(words: readonly Word[], at: number): number {
  let i = at + 1;
  while (i < words.length && words[i]!.text.startsWith('-')) i += words[i]!.text === '-C' || words[i]!.text === '-c' ? 2 : 1;
  return i;
}

/** The value of `-b REF` / `--branch REF` / `--branch=REF` in a command. */
function branchOf(words: readonly Word[], from: number): Word | undefined {
  for (let i = from; i < words.length; i++) {
    const t = words[i]!.text;
    if (t === '-b' || t === '--branch') return words[i + 1];
    if (t.startsWith('--branch=')) return wordPart(words[i]!, '--branch='.length, t.length);
  }
  return undefined;
}

/** The first word after a subcommand that is not an option: `git checkout v2.22.1` → `v2.22.1`. */
function firstOperand(words: readonly Word[], from: number): Word | undefined {
  for (let i = from; i < words.length; i++) {
    const t = words[i]!.text;
    if (t === '--') continue;
    if (t.startsWith('-')) return undefined; // `checkout -b new`, `checkout -f`: not a plain ref.
    return words[i];
  }
  return undefined;
}

function releaseFacts(ref: Word, how: string): TextFact[] {
  const release = releaseOf(ref.text, how);
  if (release) return [textFactAt(ref, 'installer.release', release.value, { key: 'kubespray', note: release.note })];
  return [
    {
      ...textFactAt(ref, 'installer.release', ref.text, { key: 'kubespray', note: `${how} ${ref.text} is a branch or commit, not a release` }),
      unresolved: true,
    },
  ];
}

/** `git clone` of Kubespray in one command: the URL, and the branch when the command gives one. */
function cloneOf(words: readonly Word[]): { url: Word; branch?: Word } | undefined {
  for (const i of commandIndexes(words)) {
    if (commandName(words[i]!) !== 'git') continue;
    const sub = gitSubcommand(words, i);
    if (words[sub]?.text !== 'clone') continue;
    const url = words.slice(sub + 1).find((w) => KUBESPRAY_REPO.test(w.text));
    if (!url) continue;
    const branch = branchOf(words, sub + 1);
    return branch ? { url, branch } : { url };
  }
  return undefined;
}

/** `git checkout REF` / `git -C kubespray checkout REF` / `git switch --detach REF`: the ref, when plain. */
function checkoutOf(words: readonly Word[]): Word | undefined {
  for (const i of commandIndexes(words)) {
    if (commandName(words[i]!) !== 'git') continue;
    const sub = gitSubcommand(words, i);
    const name = words[sub]?.text;
    if (name === 'checkout') return firstOperand(words, sub + 1);
    if (name === 'switch' && words[sub + 1]?.text === '--detach') return firstOperand(words, sub + 2);
  }
  return undefined;
}

/**
 * Kubespray fetched by a script: the installer at the clone's URL (or the archive's), the release from the
 * clone's branch, else from the first `git checkout` after the clone, else from the archive's ref. A clone of
 * the default branch names no release: the installer's releases stay candidates.
 */
export function kubesprayCheckoutFacts(commands: readonly (readonly Word[])[]): TextFact[] {
  const out: TextFact[] = [];
  for (let c = 0; c < commands.length; c++) {
    const words = commands[c]!;
    for (const w of words) {
      const m = KUBESPRAY_ARCHIVE.exec(w.text);
      if (!m?.[1]) continue;
      const refStart = w.text.length - m[0].length + m[0].lastIndexOf(`${m[1]}.${m[2]}`);
      out.push(textFactAt(w, 'installer.name', 'kubespray', { note: 'the Kubespray source archive' }));
      out.push(...releaseFacts(wordPart(w, refStart, refStart + m[1].length), 'the source archive ref'));
    }
    const clone = cloneOf(words);
    if (!clone) continue;
    out.push(textFactAt(clone.url, 'installer.name', 'kubespray', { note: 'Kubespray cloned by a script' }));
    if (clone.branch) {
      out.push(...releaseFacts(clone.branch, 'the clone branch'));
      continue;
    }
    const ref = commands
      .slice(c + 1)
      .map(checkoutOf)
      .find((r) => r !== undefined);
    if (ref) out.push(...releaseFacts(ref, 'the checkout after the clone'));
  }
  return out;
}
