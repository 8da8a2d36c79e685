import type { Candidate } from '../model/candidate.js';
import type { FactName } from '../model/fact.js';

/** Keys that name a component, lower-cased with `-`/`_` dropped, and how a user pins the fact they may hold. */
const COMPONENT_KEYS: readonly { keys: readonly string[]; fact: FactName; what: string; pin: string }[] = [
  {
    keys: ['kubernetes', 'kubernetesversion', 'kubeversion', 'k8s', 'k8sversion', 'k8sver', 'kubever', 'clusterversion'],
    fact: 'kubernetes.version',
    what: 'the Kubernetes version',
    pin: 'set kubernetes-version',
  },
  { keys: ['calico', 'calicoversion', 'calicover', 'calicotag'], fact: 'calico.version', what: 'the Calico version', pin: 'set calico-version' },
  {
    keys: ['kubeproxy', 'kubeproxyversion', 'kubeproxytag'],
    fact: 'kubeProxy.version',
    what: 'the kube-proxy version',
    pin: 'set fact kubeProxy.version=VERSION (or kubernetes-version)',
  },
  { keys: ['kernel', 'kernelversion', 'kernelrelease'], fact: 'node.kernel', what: "the nodes' kernel", pin: 'set kernel-version' },
];
/**
 * A line whose key (as LINE reads it) normalizes to a component key: each key's letters with `-`, `_`, `.`
 * allowed between and after them. It may match where LINE does not (its spaces may cross a line end), never
 * the other way round.
 */
const COMPONENT_KEY_SOURCE = `^\\s*(?:-\\s+)?["']?(?:${COMPONENT_KEYS.flatMap((c) => c.keys.map((k) => [...k].join('[-_.]*'))).join('|')})[-_.]*["']?\\s*:`;
export const COMPONENT_KEY_LINE = new RegExp(COMPONENT_KEY_SOURCE, 'im');
/** The same pattern tried only where it is placed (sticky): at a line start, its `^` holds there. */
const COMPONENT_KEY_AT = new RegExp(COMPONENT_KEY_SOURCE, 'imy');
/** Whether the text has a line end other than `\n` and `\r\n` (a lone `\r`, U+2028, U+2029), after which `^` also holds. */
function hasOtherLineEnd(text: string): boolean {
  if (text.includes('\u2028') || text.includes('\u2029')) return true;
  for (let r = text.indexOf('\r'); r !== -1; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== 0x0a) return true;
  return false;
}

/**
 * Whether COMPONENT_KEY_LINE matches the text, tried at each line start rather than at every character:
 * a multiline `^` makes the regular expression engine attempt a match at each of the 2 million positions
 * of a 2 MB CRD bundle, which has 60,000 lines (10 to 20 ms a bundle, against 1.5 to 8 ms here, on the
 * loaded 2-core development machine; the first call pays for compiling either). A match can only begin where `^`
 * holds: at 0 and after a line end. After `\r\n` the start after the `\r` needs no try of its own (a match
 * there begins by reading the `\n` as a space, so one also begins after it); a text with any other line
 * end is searched the plain way.
 */
export function holdsComponentKeyLine(text: string): boolean {
  if (hasOtherLineEnd(text)) return COMPONENT_KEY_LINE.test(text);
  for (let at = 0; at !== -1 && at < text.length;) {
    COMPONENT_KEY_AT.lastIndex = at;
    if (COMPONENT_KEY_AT.test(text)) return true;
    const nl = text.indexOf('\n', at);
    at = nl === -1 ? -1 : nl + 1;
  }
  return false;
}
/** Keys that hold a version when their parent names the component (`calico: {version: 3.26.0}`). */
const VERSION_KEYS = new Set(['version', 'tag', 'ver', 'release']);

const LINE = /^(\s*)(?:-\s+)?["']?([A-Za-z][\w.-]*)["']?\s*:\s*(.*)$/;
const VERSION = /^["']?(v?\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]+)?)["']?\s*(?:#.*)?$/;

function norm(key: string): string {
  return key.toLowerCase().replace(/[-_.]/g, '');
}

function componentOf(key: string): (typeof COMPONENT_KEYS)[number] | undefined {
  const k = norm(key);
  return COMPONENT_KEYS.find((c) => c.keys.includes(k));
}

/**
 * Version-looking values under component keys, read from the text line by line (a file no extractor
 * recognised is not worth a YAML parse): `kube_version: 1.28.3`, `calico: "3.26.0"`, and `version:` under a
 * `calico:` mapping. Comments and block scalars are not followed; it only ever suggests.
 */
/** `show`: how the message names the file (under the front end's place base, as the places will read). */
export function findCandidates(file: string, text: string, show: (path: string) => string = (p) => p): Candidate[] {
  const out: Candidate[] = [];
  // Every candidate's own key or its parent's names a component: without such a key (most files, and the
  // 2 MB CRD bundles that mention calico) nothing below could be found, and no line is split off.
  if (!holdsComponentKeyLine(text)) return out;
  const parents: { indent: number; key: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const indent = m[1]!.length;
    const key = m[2]!;
    const rest = m[3]!;
    while (parents.length && parents[parents.length - 1]!.indent >= indent) parents.pop();
    const parent = parents[parents.length - 1];
    const v = VERSION.exec(rest.trim());
    if (!v) {
      if (rest.trim() === '' || rest.trim().startsWith('#')) parents.push({ indent, key });
      continue;
    }
    const direct = componentOf(key);
    const viaParent = !direct && VERSION_KEYS.has(key.toLowerCase()) && parent ? componentOf(parent.key) : undefined;
    const c = direct ?? viaParent;
    if (!c) continue;
    const shown = direct ? key : `${parent!.key}.${key}`;
    const value = v[1]!;
    const column = line.indexOf(rest.trim()) + 1;
    out.push({
      place: { file, line: i + 1, column },
      key: shown,
      value,
      fact: c.fact,
      message: `${show(file)}:${i + 1} says ${shown}: ${value}; if that is ${c.what}, ${c.pin}`,
    });
  }
  return out;
}

/** Cheap test before looking for candidates line by line. */
const CANDIDATE_HINT = /kube|k8s|calico|kernel/i;
/**
 * Byte strings one of which a file must hold before it is decoded to look for candidates; the prefilter
 * (prefilter.ts) finds them in the same pass as the triggers.
 */
export const CANDIDATE_BYTES = [
  'calico',
  'kube_version',
  'kubeVersion',
  'kube-version',
  'k8s_ver',
  'k8sVer',
  'k8s:',
  'kubernetes:',
  'kubernetes_version',
  'kubernetesVersion',
  'kernel',
  'kube_proxy',
  'kubeProxy',
];

/** Whether a file's raw bytes may hold a candidate (what `Prefilter.hinted` answers from its one pass). */
export function mayHoldCandidates(bytes: Buffer): boolean {
  return CANDIDATE_BYTES.some((s) => bytes.includes(s));
}

/** Whether decoded text may hold a candidate. */
export function mayHoldCandidatesText(text: string): boolean {
  return CANDIDATE_HINT.test(text);
}
