import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { commandLineOf, containersOf, type Container } from './containers.js';
import { isKubeProxyImage, type ImageRef } from './image.js';
import { kubeProxyImageFacts } from './image-fact.js';
import type { YamlExtractor } from './types.js';

const ID = 'kube-proxy-image';

const isHyperkube = (img: ImageRef): boolean => /^hyperkube(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(img.name);

/** A hyperkube container whose command runs kube-proxy (`/hyperkube kube-proxy`, `/hyperkube proxy`). */
function runsKubeProxy(d: YamlDoc, c: Container): boolean {
  return commandLineOf(d, c)
    .flatMap((w) => w.text.split(/\s+/))
    .some((t) => /(^|\/)kube-proxy$/.test(t) || t === 'proxy');
}

export const kubeProxyImage: YamlExtractor = {
  id: ID,
  description: 'kube-proxy container images in any Pod template, and hyperkube images running kube-proxy: the version from the tag and the image repository',
  triggers: ['kube-proxy', 'hyperkube'],
  extract(d) {
    const facts: Fact[] = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === undefined) continue;
      if (!isKubeProxyImage(c.image) && !(isHyperkube(c.image) && runsKubeProxy(d, c))) continue;
      facts.push(...kubeProxyImageFacts(ID, d, c.imageNode, c.image, c.imageRaw));
    }
    return facts;
  },
};
