import type { Node } from 'yaml';
import { maskTemplateBlanks } from '../parse/spans.js';
import type { Fact } from '../model/fact.js';
import { get, str } from '../parse/walk.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { commandLineOf, containersOf, envOf, type Container } from './containers.js';
import { factAt, factFromRaw } from './fact-at.js';
import { flagValue, nameListFact } from './gates-and-plugins.js';
import { isKubeProxyImage } from './image.js';
import type { YamlExtractor } from './types.js';
import { normalizeProxyMode } from './values.js';

const ID = 'kube-proxy-flags';

interface Token {
  text: string;
  node: Node;
}

/** Command and args split into words, each remembering its scalar (a shell line holds many flags). */
function tokens(d: YamlDoc, c: Container): Token[] {
  return commandLineOf(d, c).flatMap(({ node, text }) =>
    wordsOf(text)
      .filter((t) => t !== '')
      .map((t) => ({ text: t.replace(/^["']|["']$/g, ''), node })),
  );
}

/** `text` split at blanks outside template expressions (`--proxy-mode={{ .Values.mode }}` is one word). */
function wordsOf(text: string): string[] {
  if (!text.includes('{{') && !text.includes('{%')) return text.split(/\s+/);
  // Same length as text, blanks inside expressions made visible, so indices found here cut `text`.
  const masked = maskTemplateBlanks(text, '_');
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(/\s+/g)) {
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

function isKubeProxyContainer(c: Container, words: Token[]): boolean {
  if (c.image && (isKubeProxyImage(c.image) || c.image.name === 'hyperkube')) return true;
  // A patch names the container and leaves the image to the base.
  if (c.imageRaw === undefined && c.name === 'kube-proxy') return true;
  return words.some((w) => /(^|\/)(kube-proxy|hyperkube)$/.test(w.text));
}

/** The last `--proxy-mode` on the command line (pflag keeps the last), with the scalar holding its value. */
function proxyMode(words: Token[]): Token | undefined {
  let found: Token | undefined;
  words.forEach((w, i) => {
    const m = /^--proxy-mode=(.*)$/.exec(w.text);
    if (m) found = { text: m[1] ?? '', node: w.node };
    else if (w.text === '--proxy-mode' && words[i + 1]) found = words[i + 1];
  });
  return found;
}

/** A plain kube-proxy command line: nothing hidden in a config file, a shell script or a template. */
function runsWithDefaults(d: YamlDoc, c: Container, words: Token[]): boolean {
  if (!c.image || !isKubeProxyImage(c.image)) return false;
  if (str(d, get(d, c.podSpec, 'nodeSelector', 'kubernetes.io/os')) === 'windows') return false;
  return !words.some(
    (w) => /^--(config|proxy-mode)\b/.test(w.text) || /^(-c|sh|bash|\S*\.(sh|ps1))$/.test(w.text.replace(/^.*\//, '')) || /\{\{|\{%|\$\{/.test(w.text),
  );
}

/** `kube-proxy` (a path ending in it) or hyperkube's `proxy` subcommand among the words. */
export function runsKubeProxy(words: readonly { text: string }[]): boolean {
  return words.some((w) => /(^|\/)kube-proxy$/.test(w.text) || w.text === 'proxy');
}

const SKIP_CHECK = 'KUBE_PROXY_NFTABLES_SKIP_KERNEL_VERSION_CHECK';

/**
 * `--feature-gates` on the command line, and the nftables kernel-check variable in the container's env:
 * kube-proxy tests it for being non-empty, so an empty value is the same as no variable.
 */
function gateAndEnvFacts(d: YamlDoc, c: Container, words: Token[]): Fact[] {
  const facts: Fact[] = [];
  const gates = flagValue(words, 'feature-gates');
  const g = gates && nameListFact(ID, d, gates.word.node, 'kubeProxy.featureGates', gates.value, { note: 'kube-proxy --feature-gates' });
  if (g) facts.push(g);
  const skip = envOf(d, c).find((e) => e.name === SKIP_CHECK);
  if (skip?.value !== undefined && skip.value.trim() !== '') {
    const f = factFromRaw(ID, d, skip.valueNode, 'kubeProxy.nftablesSkipKernelCheck', skip.value, () => 'true', { note: `${SKIP_CHECK} is set` });
    if (f) facts.push(f);
  } else if (skip?.valueFromNode) {
    facts.push({
      ...factAt(ID, d, skip.valueFromNode, 'kubeProxy.nftablesSkipKernelCheck', `valueFrom ${SKIP_CHECK}`, { note: `${SKIP_CHECK} comes from valueFrom` }),
      unresolved: true,
    });
  }
  return facts;
}

export const kubeProxyFlags: YamlExtractor = {
  id: ID,
  description:
    'kube-proxy command line: --proxy-mode (either form), or the default mode when kube-proxy runs without flags that set one; ' +
    '--feature-gates; KUBE_PROXY_NFTABLES_SKIP_KERNEL_VERSION_CHECK in its env',
  triggers: ['kube-proxy', '--proxy-mode'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      const words = tokens(d, c);
      if (!isKubeProxyContainer(c, words)) continue;
      // A hyperkube container may run any component: its gates and env count only when it runs kube-proxy.
      if ((c.image && isKubeProxyImage(c.image)) || runsKubeProxy(words)) facts.push(...gateAndEnvFacts(d, c, words));
      const mode = proxyMode(words);
      if (mode) {
        const f = factFromRaw(ID, d, mode.node, 'kubeProxy.mode', mode.text, normalizeProxyMode);
        if (f) facts.push(f);
      } else if (runsWithDefaults(d, c, words)) {
        facts.push(
          factAt(ID, d, c.imageNode, 'kubeProxy.mode', 'iptables', {
            origin: 'default',
            note: 'kube-proxy runs without --proxy-mode or --config: its default mode, iptables on Linux',
          }),
        );
      }
    }
    return facts;
  },
};
