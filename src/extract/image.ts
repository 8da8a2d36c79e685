/** A container image reference split into its parts. */
export interface ImageRef {
  /** Everything before the last path segment, e.g. "registry.k8s.io" or "quay.io/calico". */
  prefix: string;
  /** The last path segment: "kube-proxy", "node", "kube-controllers", "operator". */
  name: string;
  /** The path without registry host, e.g. "calico/node". */
  path: string;
  tag?: string;
  digest?: string;
}

export function parseImage(ref: string): ImageRef | undefined {
  const s = ref.trim();
  if (!s || /\s/.test(s)) return undefined;
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (!name) return undefined;
  const first = parts[0] ?? '';
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = (hasHost ? parts.slice(1) : parts).join('/');
  return { prefix: parts.slice(0, -1).join('/'), name, path, tag, digest };
}

/** kube-proxy images: `…/kube-proxy`, also the old `kube-proxy-amd64` names. */
export function isKubeProxyImage(img: ImageRef): boolean {
  return /^kube-proxy(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(img.name);
}

/** calico/node from any registry or mirror (also rancher/calico-node mirrors). */
export function isCalicoNodeImage(img: ImageRef): boolean {
  return (img.name === 'node' && /(^|\/)calico$/.test(img.prefix)) || img.name === 'calico-node';
}

export function isCalicoKubeControllersImage(img: ImageRef): boolean {
  return (img.name === 'kube-controllers' && /(^|\/)calico$/.test(img.prefix)) || img.name === 'calico-kube-controllers';
}

export function isTigeraOperatorImage(img: ImageRef): boolean {
  return img.name === 'operator' && /(^|\/)tigera$/.test(img.prefix);
}
