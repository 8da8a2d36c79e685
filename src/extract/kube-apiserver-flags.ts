import type { Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { commandLineOf, containersOf, type Container } from './containers.js';
import { factAt } from './fact-at.js';
import { flagValue, nameListFact } from './gates-and-plugins.js';
import type { YamlExtractor } from './types.js';

const ID = 'kube-apiserver-flags';

interface Word {
  text: string;
  node: Node;
}

/**
 * The command line as words. An item is one argument ("--enable-admission-plugins=A, B" keeps its space)
 * unless it holds several flags, as a shell line or a folded string does.
 */
function words(d: YamlDoc, c: Container): Word[] {
  return commandLineOf(d, c).flatMap(({ node, text }) => {
    const parts = /\s--?[A-Za-z]/.test(text.trim()) ? text.split(/\s+/) : [text];
    return parts.map((t) => ({ text: t.trim().replace(/^["']|["']$/g, ''), node })).filter((w) => w.text !== '');
  });
}

/** The kube-apiserver image from any registry, or a container whose command runs kube-apiserver (hyperkube). */
function isApiServer(c: Container, w: readonly Word[]): boolean {
  if (c.image && /^kube-apiserver(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(c.image.name)) return true;
  return w.some((x) => /(^|\/)kube-apiserver$/.test(x.text) || x.text === 'apiserver');
}

/** Written as a shell line, a config file or a template: the flags cannot be read from here. */
function opaque(w: readonly Word[]): boolean {
  return w.some((x) => /^(-c|sh|bash)$/.test(x.text.replace(/^.*\//, '')) || /\{\{|\{%|\$\{/.test(x.text) || /^--config\b/.test(x.text));
}

/**
 * kube-apiserver containers (static pod manifests, hyperkube pods): `--enable-admission-plugins`, or, when
 * the command line is plain and has none, the API server's defaults (which never include
 * DenyServiceExternalIPs), as a default fact.
 */
export const kubeApiserverFlags: YamlExtractor = {
  id: ID,
  description: 'kube-apiserver containers (static pod manifests): --enable-admission-plugins, or the default plugins when the plain command line has none',
  triggers: ['kube-apiserver'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      const w = words(d, c);
      if (!isApiServer(c, w)) continue;
      const flag = flagValue(w, 'enable-admission-plugins');
      if (flag) {
        const f = nameListFact(ID, d, flag.word.node, 'apiserver.admissionPlugins', flag.value, { note: 'kube-apiserver --enable-admission-plugins' });
        if (f) facts.push(f);
      } else if (w.length > 0 && !opaque(w)) {
        facts.push(
          factAt(ID, d, c.imageNode ?? w[0]!.node, 'apiserver.admissionPlugins', 'defaults only', {
            origin: 'default',
            note: 'kube-apiserver without --enable-admission-plugins: only its default plugins, which do not include DenyServiceExternalIPs',
          }),
        );
      }
    }
    return facts;
  },
};
