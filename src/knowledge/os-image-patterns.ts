import { knowledgeData } from 'virtual:netcompat-knowledge';
import { lookupOs } from './os-table.js';

/** Where a name comes from decides which patterns apply (see schema/os-image-patterns.schema.json). */
export type OsImageKind = 'image' | 'base-os' | 'ami-family' | 'image-type' | 'azure-image' | 'os-release' | 'vagrant-box';

export interface OsImagePattern {
  id: string;
  kinds: OsImageKind[];
  match: string;
  os?: string;
  fallback?: string;
  ignore?: true;
  note?: string;
  verified?: boolean;
  examples: { input: string; k8s?: string; os?: string; unresolved?: true }[];
  references: string[];
}

/** What a name says about the node OS. */
export interface OsImageMatch {
  /** A node-os spec ("rocky-8"), or only the distro ("flatcar") when the release is unknown. */
  spec: string;
  /** True when the release (or the Kubernetes minor it depends on) is unknown. */
  unresolved: boolean;
  patternId: string;
  /** "rockylinux-8-kube-v1.28.3 → Rocky Linux 8", with the pattern's caveat when it has one. */
  note: string;
}

export interface OsImageContext {
  /** Kubernetes minor ("1.28") for names whose kernel follows it (EKS AMI families, Bottlerocket). */
  k8sMinor?: string;
}

let compiled: { pattern: OsImagePattern; re: RegExp }[] | undefined;

export function osImagePatterns(): OsImagePattern[] {
  return compiledPatterns().map((c) => c.pattern);
}

function compiledPatterns(): { pattern: OsImagePattern; re: RegExp }[] {
  if (!compiled) {
    // Parsed and validated against os-image-patterns.schema.json when the bundle was built.
    const data = knowledgeData('data/os-image-patterns.yaml') ?? { patterns: [] };
    compiled = (data as { patterns: OsImagePattern[] }).patterns.map((pattern) => ({ pattern, re: new RegExp(pattern.match, 'i') }));
  }
  return compiled;
}

/** "1.28.3", "v1.28", "1.28.3-eks-1" → "1.28"; undefined for anything else. */
export function kubernetesMinor(version: string | undefined): string | undefined {
  const m = version === undefined ? null : /^v?(1\.\d+)(?:$|[.\-+])/.exec(version.trim());
  return m?.[1];
}

function fill(template: string, m: RegExpExecArray, k8s: string | undefined): string | undefined {
  if (template.includes('{k8s}') && k8s === undefined) return undefined;
  return (
    template
      .replace(/\{k8s\}/g, k8s ?? '')
      .replace(/\{\.\$(\d)\}/g, (_, n: string) => (m[Number(n)] ? `.${m[Number(n)]}` : ''))
      // An optional image date: "{-$3}" is "-20240301" when the name carries one, else nothing.
      .replace(/\{-\$(\d)\}/g, (_, n: string) => (m[Number(n)] ? `-${m[Number(n)]}` : ''))
      .replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '')
      .toLowerCase()
  );
}

/** A spec with no digit after its distro id names the OS but not its release. */
function hasRelease(spec: string): boolean {
  return /-\d/.test(spec);
}

function describe(input: string, spec: string, unresolved: boolean, note: string | undefined): string {
  const target = unresolved ? `${spec} (release unknown)` : (lookupOs(spec)?.label ?? spec);
  return `${input} → ${target}${note ? `; ${note}` : ''}`;
}

/**
 * Maps a name found in infrastructure config to a node-os spec. Undefined when no pattern knows the
 * name, or when it names a Windows image (which the kernel rules do not concern).
 */
export function matchOsImage(input: string, kind: OsImageKind, ctx: OsImageContext = {}): OsImageMatch | undefined {
  // A monorepo names the same few images in every cluster (106 clusters, two or three names): each name is
  // run through the data's patterns once per kind and Kubernetes minor, not once per fact.
  const key = `${kind}\0${ctx.k8sMinor ?? ''}\0${input}`;
  if (matched.has(key)) {
    const m = matched.get(key);
    return m && { ...m };
  }
  const m = matchOnce(input, kind, ctx);
  if (matched.size < MEMO_LIMIT) matched.set(key, m);
  return m && { ...m };
}

/** Names remembered at most (a scan names a few dozen; a hostile tree cannot grow these without bound). */
const MEMO_LIMIT = 4096;
/** matchOsImage's answers so far (a pure function of the built-in patterns). */
const matched = new Map<string, OsImageMatch | undefined>();
/** isIgnoredOsImage's answers so far. */
const ignored = new Map<string, boolean>();

function matchOnce(input: string, kind: OsImageKind, ctx: OsImageContext): OsImageMatch | undefined {
  const s = input.trim();
  // No image or template name is this long; the data's patterns are not run on such text.
  if (!s || s.length > 512) return undefined;
  for (const { pattern, re } of compiledPatterns()) {
    if (!pattern.kinds.includes(kind)) continue;
    const m = re.exec(s);
    if (!m) continue;
    if (pattern.ignore || pattern.os === undefined) return undefined;
    let spec = fill(pattern.os, m, ctx.k8sMinor);
    let note = pattern.note;
    if (spec === undefined && pattern.fallback) {
      spec = pattern.fallback;
      note = `Kubernetes version unknown, assuming ${pattern.fallback}${note ? `; ${note}` : ''}`;
    } else if (spec === undefined) {
      spec = pattern.os.replace(/-?\{k8s\}.*$/, '');
      note = `depends on the Kubernetes version, which is unknown here${note ? `; ${note}` : ''}`;
    }
    const unresolved = !hasRelease(spec);
    return { spec, unresolved, patternId: pattern.id, note: describe(s, spec, unresolved, note) };
  }
  return undefined;
}

/** True when a pattern recognises the name as a Windows image (no Linux kernel to check). */
export function isIgnoredOsImage(input: string, kind: OsImageKind): boolean {
  const key = `${kind}\0${input}`;
  let answer = ignored.get(key);
  if (answer === undefined) {
    answer = false;
    const s = input.trim();
    for (const { pattern, re } of compiledPatterns()) {
      if (pattern.kinds.includes(kind) && re.test(s)) {
        answer = pattern.ignore === true;
        break;
      }
    }
    if (ignored.size < MEMO_LIMIT) ignored.set(key, answer);
  }
  return answer;
}

/**
 * Recognition, not derivation: the name is a Windows image for `kinds[0]` and no fallback kind reads it
 * as an OS, so no node OS fact exists for it. Extractors use it to emit nothing (the fact count and the
 * candidate search see what they always saw); which OS a name means is decoded in src/context/decode.ts.
 */
export function isDroppedOsImage(input: string, kinds: readonly OsImageKind[]): boolean {
  const [first, ...rest] = kinds;
  return first !== undefined && isIgnoredOsImage(input, first) && rest.every((k) => !matchOsImage(input, k));
}
