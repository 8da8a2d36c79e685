import { programAt, wordAfter, wordPart, type Word } from './shell-words.js';
import { textFactAt, type TextFact } from './text-fact.js';

/** The substrings a text must hold for `k3supFacts` to find anything. */
export const K3SUP_TRIGGERS = ['k3sup'] as const;

/** What the k3s flags reader needs: shell-facts.ts passes its release, channel and flag readers in (no import cycle). */
export interface K3sReaders {
  release(keyWord: Word, value: Word, key: string): TextFact[];
  channel(keyWord: Word, value: Word, key: string): TextFact[];
  flags(words: readonly Word[]): TextFact[];
}

/** `--flag value` or `--flag=value`: the value word, whatever it starts with (`--k3s-extra-args '--disable-kube-proxy'`). */
function flagWord(words: readonly Word[], from: number, flag: string): { key: Word; value: Word } | undefined {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (w.text === flag && words[i + 1]) return { key: w, value: words[i + 1]! };
    if (w.text.startsWith(`${flag}=`)) {
      const value = wordAfter(w, flag.length + 1);
      if (value) return { key: wordPart(w, 0, flag.length), value };
    }
  }
  return undefined;
}

/** The words of a quoted argument string (`'--disable-kube-proxy --kube-proxy-arg proxy-mode=ipvs'`), placed in it. */
function innerWords(w: Word): Word[] {
  const out: Word[] = [];
  for (const m of w.text.matchAll(/\S+/g)) out.push(wordPart(w, m.index, m.index + m[0].length));
  return out;
}

/**
 * alexellis/k3sup installs k3s over SSH: `k3sup install|join` names k3s; `--k3s-version v1.31.0+k3s1` is the release
 * (INSTALL_K3S_VERSION), `--k3s-channel` a channel (without either, k3sup's default channel `stable`: the release it
 * served at install time, so none is named); `--k3s-extra-args '…'` are k3s's own flags (`--disable-kube-proxy`,
 * `--kube-proxy-arg proxy-mode=ipvs`). Checked against k3sup's cmd/install.go and cmd/join.go (flags and
 * `PinnedK3sChannel = "stable"`).
 */
export function k3supFacts(words: readonly Word[], k3s: K3sReaders): TextFact[] {
  const at = programAt(words, 'k3sup');
  const verb = words[at + 1]?.text;
  if (at < 0 || !(verb === 'install' || verb === 'join')) return [];
  const out: TextFact[] = [textFactAt(words[at]!, 'installer.name', 'k3s', { note: `k3sup ${verb} installs k3s` })];
  const version = flagWord(words, at + 2, '--k3s-version');
  const channel = flagWord(words, at + 2, '--k3s-channel');
  if (version) out.push(...k3s.release(version.key, version.value, '--k3s-version').filter((f) => f.name !== 'installer.name'));
  else if (channel) out.push(...k3s.channel(channel.key, channel.value, '--k3s-channel').filter((f) => f.name !== 'installer.name'));
  const extra = flagWord(words, at + 2, '--k3s-extra-args');
  if (extra) out.push(...k3s.flags(innerWords(extra.value)));
  return out;
}
