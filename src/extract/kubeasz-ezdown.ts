import type { FactName } from '../model/fact.js';
import type { Word } from './shell-words.js';
import { textFactAt, textFactFromWord, toFacts, type TextFact } from './text-fact.js';
import type { TextExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'kubeasz-ezdown';

/** The settings at the top of `ezdown` that name what kubeasz downloads and `ezctl new` writes into config.yml. */
const SETTINGS: readonly { key: string; facts: FactName[]; note: string }[] = [
  { key: 'KUBEASZ_VER', facts: ['installer.release'], note: 'ezdown KUBEASZ_VER' },
  { key: 'K8S_BIN_VER', facts: ['kubernetes.version'], note: 'ezdown K8S_BIN_VER: the Kubernetes binaries kubeasz installs (config.yml K8S_VER)' },
  {
    key: 'calicoVer',
    facts: ['calico.version', 'calico.kubeControllersVersion'],
    note: 'ezdown calicoVer: the Calico images kubeasz installs (config.yml calico_ver)',
  },
];

/**
 * Top-level `NAME=value` assignments (column 1; the ones inside functions and option parsing are
 * indented or computed and are not read). Quotes are dropped, a trailing comment ignored.
 */
export function ezdownFacts(text: string): TextFact[] {
  const out: TextFact[] = [];
  const lines = text.split('\n');
  let named = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (const s of SETTINGS) {
      if (!line.startsWith(`${s.key}=`)) continue;
      let start = s.key.length + 1;
      let end = line.length;
      const hash = line.indexOf(' #', start);
      if (hash >= 0) end = hash;
      let raw = line.slice(start, end).trimEnd();
      if (raw.startsWith('"') || raw.startsWith("'")) {
        const q = raw[0]!;
        const close = raw.indexOf(q, 1);
        raw = raw.slice(1, close < 0 ? raw.length : close);
        start += 1;
      }
      if (!raw) continue;
      const word: Word = { text: raw, line: i + 1, column: start + 1 };
      if (!named) {
        out.push(textFactAt({ text: s.key, line: i + 1, column: 1 }, 'installer.name', 'kubeasz', { note: 'kubeasz ezdown' }));
        named = true;
      }
      for (const name of s.facts) {
        const f = textFactFromWord(word, name, normalizeVersion, { note: s.note, ...(name === 'installer.release' ? { key: 'kubeasz' } : {}) });
        if (f) out.push(f);
      }
    }
  }
  return out;
}

/** kubeasz 3.x `ezdown`: a shell script, read as text and never run. */
export const kubeaszEzdown: TextExtractor = {
  id: ID,
  description: 'kubeasz ezdown (shell, read as text): KUBEASZ_VER, K8S_BIN_VER (Kubernetes), calicoVer (Calico)',
  input: 'text',
  paths: /(^|\/)ezdown$/,
  triggers: ['K8S_BIN_VER', 'calicoVer', 'KUBEASZ_VER'],
  extract: (file) => toFacts(ID, file.path, ezdownFacts(file.text)),
};
