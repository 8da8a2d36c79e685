import { nodeImageVersion } from './kind-cluster.js';
import { commandIndexes, commandName, flagValues, wordPart, type Word } from './shell-words.js';
import { textFactAt, type TextFact } from './text-fact.js';
import { isPlaceholder, normalizeVersion } from './values.js';

/** The substrings a text must hold for `kindFacts` to find anything. */
export const KIND_TRIGGERS = ['create cluster', 'kind.sigs.k8s.io/dl/', 'kubernetes-sigs/kind/releases/download/', 'sigs.k8s.io/kind@'] as const;

/** `kind`, `bin/kind`, or a Makefile / shell variable holding it (`$(KIND)`, `${KIND_BIN}`). */
function isKindProgram(w: Word): boolean {
  const name = commandName(w);
  return name === 'kind' || /^\$[({]?KIND(_[A-Z]+)?[)}]?$/i.test(name);
}

/**
 * `kind create cluster [--image kindest/node:v1.27.3] [--config kind.yaml]`: the cluster is a kind cluster, and
 * `--image` is every node's image, so its tag is the Kubernetes version. kind sets it over every node of the
 * config, `nodes[].image` or not (pkg/cluster/internal/create/create.go, v0.7.0 to v0.33: "Apply image override to
 * all the Nodes defined in Config"; cmd/kind/create/cluster before), so with `--config` naming a file the image
 * replaces that config's node images (Fact.overrides). An image that names no version, or a variable the file
 * does not set, leaves the version unresolved: never the kind release's default image.
 */
function createFacts(words: readonly Word[]): TextFact[] {
  const k = commandIndexes(words).find((i) => isKindProgram(words[i]!) && words[i + 1]?.text === 'create' && words[i + 2]?.text === 'cluster');
  if (k === undefined) return [];
  const out: TextFact[] = [textFactAt(words[k]!, 'installer.name', 'kind', { key: 'kind', note: 'kind create cluster' })];
  const configs = flagValues(words, '--config').map((c) => c.text);
  for (const v of flagValues(words, '--image')) {
    const f = imageVersion(v);
    out.push(configs.length === 1 ? { ...f, overrides: { by: 'kind create cluster --image', paths: configs } } : f);
  }
  return out;
}

function imageVersion(v: Word): TextFact {
  const note = `kind create cluster --image ${v.text} (every node's image)`;
  const read = nodeImageVersion(v.text);
  if (read !== undefined) {
    const at = v.text.lastIndexOf(`:${read.tag}`) + 1;
    return textFactAt(wordPart(v, at, at + read.tag.length), 'kubernetes.version', read.version, { key: 'kind', note });
  }
  return { ...textFactAt(v, 'kubernetes.version', v.text, { key: 'kind', note: `${note}: no Kubernetes version read from it` }), unresolved: true };
}

/** Where a kind binary is fetched at a release: the download site, a GitHub release asset, `go install sigs.k8s.io/kind@v0.20.0`. */
const RELEASE_AT = [
  /kind\.sigs\.k8s\.io\/dl\/([^/\s"']+)\//,
  /github\.com\/kubernetes-sigs\/kind\/releases\/download\/([^/\s"']+)\//,
  /sigs\.k8s\.io\/kind@([^\s"']+)/,
];

/** The kind release a word fetches (`v0.20.0`); `latest` or a variable the file does not set leaves it unresolved. */
function releaseFacts(w: Word): TextFact[] {
  for (const re of RELEASE_AT) {
    const m = re.exec(w.text);
    if (!m?.[1]) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const part = wordPart(w, start, start + m[1].length);
    const name = textFactAt(w, 'installer.name', 'kind', { key: 'kind', note: `the kind binary fetched from ${w.text}` });
    const version = isPlaceholder(m[1]) ? undefined : normalizeVersion(m[1]);
    if (version === undefined) {
      return [
        name,
        { ...textFactAt(part, 'installer.release', m[1], { key: 'kind', note: `kind ${m[1]}: the release it named when fetched` }), unresolved: true },
      ];
    }
    return [name, textFactAt(part, 'installer.release', version, { key: 'kind', note: `the kind binary fetched from ${w.text}` })];
  }
  return [];
}

/**
 * kind facts of one command: `kind create cluster` and its `--image`, and the kind release a download or `go install`
 * names. All are keyed `kind`: the context stage keeps them only in a cluster a kind config defines (a script is
 * shared by every cluster of its repository; kind may only run a management or test cluster there).
 */
export function kindFacts(words: readonly Word[]): TextFact[] {
  return [...createFacts(words), ...words.flatMap(releaseFacts)];
}
