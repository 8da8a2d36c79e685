import type { Node } from 'yaml';
import type { Fact, FactName, FactOrigin } from '../model/fact.js';
import { str } from '../parse/walk.js';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';
import { insideTemplateCondition } from './text-fact.js';
import { envDefault, isPlaceholder, MAX_VALUE_LENGTH } from './values.js';
import { isDroppedOsImage, type OsImageContext, type OsImageKind } from '../knowledge/os-image-patterns.js';

export interface FactOptions {
  origin?: FactOrigin;
  raw?: string;
  note?: string;
}

/** A repository fact located at `node`. */
export function factAt(source: string, d: YamlDoc, node: Node | null | undefined, name: FactName, value: string, opts: FactOptions = {}): Fact {
  const f: Fact = { name, value, origin: opts.origin ?? 'repository', place: placeOf(d, node), source };
  if (opts.raw !== undefined && opts.raw !== value) f.raw = opts.raw;
  if (opts.note) f.note = opts.note;
  if (d.renderedBy) f.renderedBy = d.renderedBy;
  return insideTemplateCondition(f, d.conditional);
}

/**
 * A fact from a raw string that may be templated: `${VAR:-d}` yields the default (labelled as such),
 * other placeholders yield an unresolved fact (known to exist, value unknown), and `normalize` failing
 * yields nothing.
 */
export function factFromRaw(
  source: string,
  d: YamlDoc,
  node: Node | null | undefined,
  name: FactName,
  raw: string,
  normalize: (s: string) => string | undefined,
  opts: FactOptions = {},
): Fact | undefined {
  // No version, mode or image is this long: present, value unknown, and no pattern is run on it.
  if (raw.length > MAX_VALUE_LENGTH) {
    return { ...factAt(source, d, node, name, `${raw.slice(0, 64)}…`, { ...opts, note: `value of ${raw.length} characters; not read` }), unresolved: true };
  }
  const dflt = envDefault(raw);
  if (dflt !== undefined) {
    const v = normalize(dflt);
    return v === undefined ? undefined : factAt(source, d, node, name, v, { ...opts, raw, note: `default of ${raw}` });
  }
  if (isPlaceholder(raw)) {
    return { ...factAt(source, d, node, name, raw, { ...opts }), unresolved: true };
  }
  const v = normalize(raw);
  return v === undefined ? undefined : factAt(source, d, node, name, v, { ...opts, raw });
}

/** `factFromRaw` on the text a node holds; nothing when it holds no scalar (absent, null, a collection). */
export function factFromNode(
  source: string,
  d: YamlDoc,
  node: Node | undefined,
  name: FactName,
  normalize: (s: string) => string | undefined,
  opts: FactOptions = {},
): Fact | undefined {
  const raw = str(d, node);
  return raw === undefined ? undefined : factFromRaw(source, d, node, name, raw, normalize, opts);
}

/**
 * A `node.os` fact from an image, template, AMI family or os-release name (data/os-image-patterns.yaml):
 * the value is the name as written (a `${VAR:-default}` reads the default), marked for the context stage
 * (src/context/decode.ts) to decode into a node-os spec ("rockylinux-8-kube-v1.28.3 → Rocky Linux 8"),
 * an unresolved fact for a name no pattern knows, or nothing for Windows. A placeholder gives an
 * unresolved fact here (the OS exists but its kernel cannot be inferred).
 */
export function osImageFact(
  source: string,
  d: YamlDoc,
  node: Node | null | undefined,
  raw: string,
  kind: OsImageKind,
  ctx: OsImageContext = {},
): Fact | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const dflt = envDefault(text);
  const name = dflt ?? text;
  if (dflt === undefined && isPlaceholder(text)) {
    return { ...factAt(source, d, node, 'node.os', text, { note: `${text}: the OS image is a placeholder` }), unresolved: true };
  }
  // A Windows image is no node OS (recognition; decode.ts would drop it too).
  if (isDroppedOsImage(name, kind === 'image' ? ['image', 'base-os', 'os-release'] : [kind])) return undefined;
  // `raw` is kept only for a default; decode.ts reads that to say "(default of …)".
  const f = factAt(source, d, node, 'node.os', name, { raw: text });
  return { ...f, decode: { as: 'os-image', kind, ...(ctx.k8sMinor !== undefined ? { k8sMinor: ctx.k8sMinor } : {}) } };
}

/**
 * A file of an Ansible role (`roles/k8s/tasks/main.yml`, `roles/k8s/templates/kubeadm.yaml.j2`): the folder
 * holding `roles/`. Only files directly in those folders: configs in subfolders of their own
 * (`roles/k8s/files/prod/`, `roles/k8s/files/dev/`) are told apart by their folders, as anywhere else, or
 * one cluster would pair one folder's version with the other's mode.
 */
const ROLE_FILE = /^(?:(.*)\/)?roles\/[^/]+\/(?:tasks|handlers|templates|files)\/[^/]+$/;

/**
 * A `cluster.definition` fact: this document defines a cluster whose files live under `root` (by default
 * the document's own directory, or for a file of an Ansible role the folder holding `roles/`; "" is the
 * repository root). The context stage splits a repository that holds several such roots into one cluster each.
 */
export function clusterDefinitionFact(source: string, d: YamlDoc, node: Node | null | undefined, kind: string, root?: string): Fact {
  // A config a role writes belongs to the playbook that runs the role, not to the role's folder.
  const role = ROLE_FILE.exec(d.file);
  const dir = root ?? (role ? (role[1] ?? '') : d.file.includes('/') ? d.file.slice(0, d.file.lastIndexOf('/')) : '');
  return { ...factAt(source, d, node, 'cluster.definition', dir, { note: kind }), unresolved: false };
}
