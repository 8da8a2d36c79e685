import { replaceSpans, TEMPLATE_EXPRESSIONS, type SpanKind } from '../parse/spans.js';

/** A container image reference split into its parts. */
export interface ImageRef {
  /** Everything before the last path segment, e.g. "registry.k8s.io" or "quay.io/calico". */
  prefix: string;
  /** The last path segment: "kube-proxy", "node", "kube-controllers", "operator". */
  name: string;
  /** The path without registry host, e.g. "calico/node". */
  path: string;
  /** The reference without tag and digest, e.g. "quay.io/calico/node". */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Template expressions, which may hold `:`, `/` or spaces of their own (`${TAG:-v1}`, `{{ .Values.tag }}`). */
const TEMPLATE_SPAN: readonly SpanKind[] = [...TEMPLATE_EXPRESSIONS, { open: '${', close: '}', line: false }, { open: '$(', close: ')', line: false }];
/** Longer text is no image reference; it is not scanned further. */
export const MAX_IMAGE_REF_LENGTH = 1024;

/**
 * Splits `registry/path/name:tag@digest`. Template expressions are treated as opaque text, so
 * `quay.io/calico/node:${CALICO_VERSION:-v3.26.1}` keeps its whole tag and `{{ .Values.registry }}/kube-proxy`
 * still names kube-proxy. Returns undefined for text that cannot be an image reference.
 */
export function parseImage(ref: string): ImageRef | undefined {
  const s = ref.trim();
  if (s.length > MAX_IMAGE_REF_LENGTH) return undefined;
  // Same length as s, with template expressions replaced, so indices found in `masked` cut `s`.
  const masked = replaceSpans(s, TEMPLATE_SPAN, (m) => 'T'.repeat(m.length));
  if (!s || /\s/.test(masked)) return undefined;
  let end = s.length;
  let digest: string | undefined;
  const at = masked.indexOf('@');
  if (at >= 0) {
    digest = s.slice(at + 1);
    end = at;
  }
  let tag: string | undefined;
  const colon = masked.lastIndexOf(':', end - 1);
  if (colon > masked.lastIndexOf('/', end - 1)) {
    tag = s.slice(colon + 1, end);
    end = colon;
  }
  const repository = s.slice(0, end);
  const cuts: number[] = [];
  for (let i = 0; i < end; i++) if (masked[i] === '/') cuts.push(i);
  const parts: string[] = [];
  let from = 0;
  for (const c of [...cuts, end]) {
    parts.push(s.slice(from, c));
    from = c + 1;
  }
  const name = parts[parts.length - 1] ?? '';
  if (!name) return undefined;
  const first = parts[0] ?? '';
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const path = (hasHost ? parts.slice(1) : parts).join('/');
  return { prefix: parts.slice(0, -1).join('/'), name, path, repository, tag: tag || undefined, digest: digest || undefined };
}

/** kube-proxy images: `…/kube-proxy`, also the old `kube-proxy-amd64` names. */
export function isKubeProxyImage(img: ImageRef): boolean {
  return /^kube-proxy(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(img.name);
}

/** `calico/<name>` under any registry or mirror path (`quay.io/calico`, `mirror.example.com/calico`). */
function isCalicoPath(img: ImageRef, name: string): boolean {
  return img.name === name && /(^|\/)calico$/.test(img.prefix);
}

/** calico/node from any registry or mirror, also Rancher's `calico-node` and `mirrored-calico-node`. */
export function isCalicoNodeImage(img: ImageRef): boolean {
  return isCalicoPath(img, 'node') || /^(mirrored-)?calico-node$/.test(img.name);
}

export function isCalicoKubeControllersImage(img: ImageRef): boolean {
  return isCalicoPath(img, 'kube-controllers') || /^(mirrored-)?calico-kube-controllers$/.test(img.name);
}

export function isTigeraOperatorImage(img: ImageRef): boolean {
  return (img.name === 'operator' && /(^|\/)tigera$/.test(img.prefix)) || /^(mirrored-)?(calico|tigera)-operator$/.test(img.name);
}
