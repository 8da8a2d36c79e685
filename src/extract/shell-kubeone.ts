import { wordAfter, wordPart, type Word } from './shell-words.js';
import { textFactFromWord, type TextFact } from './text-fact.js';
import { isPlaceholder, normalizeVersion } from './values.js';

/** The substrings a text must hold for `kubeoneFacts` to find anything. */
export const KUBEONE_TRIGGERS = ['kubermatic/kubeone/releases/download/', 'KUBEONE_VERSION='] as const;

const RELEASE_URL = /github\.com\/kubermatic\/kubeone\/releases\/download\/([^/\s"']+)\//;

/**
 * The KubeOne release a script installs: `KUBEONE_VERSION=v1.8.2` (what get.kubeone.io reads) or a release asset
 * `…/kubermatic/kubeone/releases/download/v1.8.2/…`. Only the release, keyed `kubeone`: it decides nothing unless
 * a KubeOne manifest makes the cluster's installer KubeOne (a script alone names no cluster).
 */
export function kubeoneFacts(w: Word): TextFact[] {
  const m = RELEASE_URL.exec(w.text);
  if (m?.[1]) {
    const start = m.index + m[0].indexOf(m[1]);
    const f = textFactFromWord(wordPart(w, start, start + m[1].length), 'installer.release', normalizeVersion, {
      key: 'kubeone',
      note: `the KubeOne release fetched from ${w.text}`,
    });
    return f ? [f] : [];
  }
  const at = w.text.indexOf('KUBEONE_VERSION=');
  if (at < 0 || (at > 0 && /[A-Za-z0-9_]/.test(w.text[at - 1] ?? ''))) return [];
  const value = wordAfter(w, at + 'KUBEONE_VERSION='.length);
  // `KUBEONE_VERSION=$KUBEONE_VERSION` in an echo, or set from elsewhere: names nothing.
  if (!value || isPlaceholder(value.text)) return [];
  const f = textFactFromWord(value, 'installer.release', normalizeVersion, { key: 'kubeone', note: 'KUBEONE_VERSION (the release get.kubeone.io installs)' });
  return f ? [f] : [];
}
