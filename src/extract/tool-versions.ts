import { textFactAt, toFacts, type TextFact } from './text-fact.js';
import type { TextExtractor } from './types.js';
import { normalizeVersion } from './values.js';

const ID = 'tool-versions';

/** The asdf plugin of each tool whose pinned release says what a cluster runs, and the installer it is. */
const TOOLS: Readonly<Record<string, { installer: string; label: string }>> = {
  kubeone: { installer: 'kubeone', label: 'KubeOne' },
};

/**
 * asdf's `.tool-versions` (also read by mise): one `tool version [fallback …]` line per tool. The first version is
 * the one installed and used; `system`, `ref:…` and `path:…` name no release. Only the release, keyed by the
 * installer: it decides nothing unless the installer's own config makes the cluster (a KubeOne manifest).
 */
export function toolVersionFacts(text: string): TextFact[] {
  const out: TextFact[] = [];
  text.split('\n').forEach((line, i) => {
    const body = line.replace(/\s#.*$/, '');
    const m = /^(\s*)(\S+)(\s+)(\S+)/.exec(body);
    if (!m || m[2]!.startsWith('#')) return;
    const tool = TOOLS[m[2]!];
    const value = normalizeVersion(m[4]!);
    if (!tool || value === undefined) return;
    const word = { text: m[4]!, line: i + 1, column: m[1]!.length + m[2]!.length + m[3]!.length + 1 };
    out.push(textFactAt(word, 'installer.release', value, { key: tool.installer, note: `the ${tool.label} release .tool-versions pins (asdf)` }));
  });
  return out;
}

export const toolVersions: TextExtractor = {
  id: ID,
  description: "asdf's .tool-versions: the kubeone line (the KubeOne release that applies the repository's KubeOne manifests)",
  input: 'text',
  paths: /(^|\/)\.tool-versions$/,
  triggers: Object.keys(TOOLS),
  extract: (file) => toFacts(ID, file.path, toolVersionFacts(file.text)),
};
