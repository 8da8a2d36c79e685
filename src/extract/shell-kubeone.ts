import { wordAfter, wordPart, type Word } from './shell-words.js';
import { textFactFromWord, type TextFact } from './text-fact.js';
import { isPlaceholder, normalizeVersion } from './values.js';

/** The substrings a text must hold for `kubeoneFacts` to find anything. */
// `KUBEONE_VERSION` without `=`: a CI file's `env:` writes `KUBEONE_VERSION: v1.8.2`.
export const KUBEONE_TRIGGERS = ['kubermatic/kubeone/releases/download/', 'KUBEONE_VERSION'] as const;

const RELEASE_URL = /github\.com\/kubermatic\/kubeone\/releases\/download\/([^/\s"']+)\//;

/** Words that may stand before an assignment in a command: `export KUBEONE_VERSION=…`, `env A=1 KUBEONE_VERSION=…`. */
const BEFORE_ASSIGNMENT = /^(export|declare|local|readonly|env|sudo|-[a-zA-Z]+|[A-Za-z_][A-Za-z0-9_]*=.*)$/;

/**
 * The KubeOne release a script installs: `KUBEONE_VERSION=v1.8.2` (what get.kubeone.io reads) as an assignment
 * (not the words of an `echo`), or a release asset `…/kubermatic/kubeone/releases/download/v1.8.2/…`. Only the
 * release, keyed `kubeone`: it decides nothing unless a KubeOne manifest makes the cluster's installer KubeOne (a
 * script alone names no cluster).
 */
export function kubeoneFacts(words: readonly Word[]): TextFact[] {
  const out: TextFact[] = [];
  words.forEach((w, i) => {
    const m = RELEASE_URL.exec(w.text);
    if (m?.[1]) {
      const start = m.index + m[0].indexOf(m[1]);
      const f = textFactFromWord(wordPart(w, start, start + m[1].length), 'installer.release', normalizeVersion, {
        key: 'kubeone',
        note: `the KubeOne release fetched from ${w.text}`,
      });
      if (f) out.push(f);
      return;
    }
    if (!w.text.startsWith('KUBEONE_VERSION=') || !words.slice(0, i).every((b) => BEFORE_ASSIGNMENT.test(b.text))) return;
    const value = wordAfter(w, 'KUBEONE_VERSION='.length);
    // `KUBEONE_VERSION=$KUBEONE_VERSION`, or set from elsewhere: names nothing.
    if (!value || isPlaceholder(value.text)) return;
    const f = textFactFromWord(value, 'installer.release', normalizeVersion, { key: 'kubeone', note: 'KUBEONE_VERSION (the release get.kubeone.io installs)' });
    if (f) out.push(f);
  });
  return out;
}
