import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Fact, FactOrigin } from '../model/fact.js';
import { entries, str, visitMaps } from '../parse/walk.js';
import { fileVars } from './ansible-tasks.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { scalarTextMapper } from './scalar-text.js';
import { DISTROS, installVariableFacts, templatedShellTextFacts } from './shell-facts.js';
import { yamlWord } from './yaml-word.js';
import { textFactAt, toFacts, type TextFact } from './text-fact.js';

/**
 * How an Ansible role runs the official k3s / RKE2 install script: a variable holding the script's URL
 * (`rke2_install_bash_url: https://get.rke2.io`) and a task's `environment:` map with the script's own
 * variables (`INSTALL_RKE2_VERSION: "{{ rke2_version }}"`). Without a version the script installs what the
 * `stable` channel serves at install time, so a reference that no literal here decides stays an unresolved
 * release: the installer profile then makes every release a candidate (src/context/installer-defaults.ts).
 */

/** The whole value is the script's URL (`https://get.rke2.io`, with or without a trailing slash). */
const SCRIPT_URL = /^https?:\/\/get\.(k3s|rke2)\.io\/?$/;
/** `{{ var }}`: one variable, nothing else (filters and expressions are not evaluated). */
const ONE_VARIABLE = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;

export const INSTALL_TRIGGERS = ['get.k3s.io', 'get.rke2.io', 'INSTALL_K3S_', 'INSTALL_RKE2_'];
/** Task keys whose string is a command line (`shell: curl -sfL https://get.k3s.io | sh -`). */
const COMMAND_KEYS = new Set(['shell', 'command', 'cmd', 'raw', 'ansible.builtin.shell', 'ansible.builtin.command', 'ansible.builtin.raw']);
const INSTALLERS = new Set<string>(DISTROS.map((x) => x.installer));

/** `rke2_install_bash_url: https://get.rke2.io`: the role downloads that installer's script. */
export function scriptUrlFacts(d: YamlDoc, key: string, value: Node | undefined): TextFact[] {
  const text = str(d, value)?.trim();
  const m = text === undefined ? null : SCRIPT_URL.exec(text);
  if (!value || !m || !isScalar(value)) return [];
  const distro = DISTROS.find((x) => x.installer === m[1])!;
  return [textFactAt(yamlWord(d, value)!, 'installer.name', distro.installer, { note: `the ${distro.label} install script (${distro.host}) in ${key}` })];
}

/** One `INSTALL_<DISTRO>_VERSION` / `_CHANNEL` entry of an `environment:` map. */
function entryFacts(d: YamlDoc, keyNode: Node, key: string, value: Node, vars: () => Map<string, Node | null>): TextFact[] {
  const distro = DISTROS.find((x) => key.startsWith(x.prefix));
  const text = str(d, value)?.trim();
  if (!distro || text === undefined) return [];
  const keyWord = yamlWord(d, keyNode)!;
  const kind = key.slice(distro.prefix.length);
  const name = textFactAt(keyWord, 'installer.name', distro.installer, { note: `${distro.label} (${key} in a task's environment)` });
  if (kind !== 'VERSION' && kind !== 'CHANNEL') return [name];
  const ref = ONE_VARIABLE.exec(text)?.[1];
  if (ref === undefined && text.includes('{{'))
    return [name, unresolvedRelease(d, distro, value, text, `${key} ${text}: the release depends on the expression`)];
  if (ref === undefined) {
    if (text === '') return [name];
    return installVariableFacts(distro, kind, keyWord, yamlWord(d, value)!, key);
  }
  const literal = vars().get(ref);
  const literalText = literal ? str(d, literal)?.trim() : undefined;
  if (!literal || !literalText) {
    return [
      name,
      unresolvedRelease(
        d,
        distro,
        value,
        text,
        `${key} ${text}: the ${kind === 'VERSION' ? 'release' : 'channel'} ${ref} holds when the play runs (${ref} set by the inventory or a role default; empty: what the stable channel serves at install time)`,
      ),
    ];
  }
  // The literal is where the value is written: the facts sit there, and the note names the reference.
  const through = `${key} ${text} → ${ref}`;
  const via = (f: TextFact): TextFact =>
    f.name === 'installer.name' ? f : { ...f, note: f.name === 'installer.release' ? through : `${f.note ?? key}; ${through}` };
  return installVariableFacts(distro, kind, keyWord, yamlWord(d, literal)!, key).map(via);
}

function unresolvedRelease(d: YamlDoc, distro: (typeof DISTROS)[number], value: Node, text: string, note: string): TextFact {
  return { ...textFactAt(yamlWord(d, value)!, 'installer.release', text, { key: distro.installer, note }), unresolved: true };
}

/** Every `environment:` map of the file that names the install script's variables. */
export function environmentFacts(d: YamlDoc, origin: FactOrigin, id: string): Fact[] {
  const facts: TextFact[] = [];
  let vars: Map<string, Node | null> | undefined;
  const lazyVars = () => (vars ??= fileVars(d));
  visitMaps(d, (map: YAMLMap) => {
    for (const [k, env] of entries(d, map)) {
      if (k !== 'environment' || !isMap(env)) continue;
      const named = new Set<string>();
      const found: TextFact[] = [];
      for (const [key, value, pair] of entries(d, env)) {
        const distro = DISTROS.find((x) => key.startsWith(x.prefix));
        if (!value || !distro || !isScalar(pair.key)) continue;
        // One name per distribution and map: INSTALL_RKE2_METHOD and its siblings add nothing to it.
        const own = entryFacts(d, pair.key as Node, key, value, lazyVars).filter((f) => f.name !== 'installer.name' || !named.has(distro.installer));
        if (own.some((f) => f.name === 'installer.name')) named.add(distro.installer);
        found.push(...own);
      }
      facts.push(...found);
    }
  });
  return toFacts(
    id,
    d.file,
    facts.map((f) => (origin === 'default' ? { ...f, origin } : f)),
  );
}

/**
 * A task's command line that runs the script (`shell: curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=… sh -`),
 * read as shell words (never run). Only the k3s / RKE2 facts are kept (the installer, its release, the
 * Kubernetes release that names, and its kube-proxy flags), and only when the line names the script.
 */
export function commandLineFacts(d: YamlDoc, key: string, value: Node | undefined, origin: FactOrigin, id: string): Fact[] {
  const text = COMMAND_KEYS.has(key) ? str(d, value) : undefined;
  if (!value || text === undefined || !INSTALL_TRIGGERS.some((t) => text.includes(t))) return [];
  // `{{ var }}` stays one shell word: its blanks become no-break spaces (same length, so places hold), and back.
  const all = templatedShellTextFacts(text);
  const releases = all.filter((f) => f.name === 'installer.release' && INSTALLERS.has(f.key ?? ''));
  const named = all.some((f) => f.name === 'installer.name' && INSTALLERS.has(f.value));
  if (!named) return [];
  const kept = all.filter(
    (f) =>
      (f.name === 'installer.name' && INSTALLERS.has(f.value)) ||
      releases.includes(f) ||
      (f.name === 'kubernetes.version' && releases.some((r) => r.line === f.line && r.column === f.column)) ||
      f.name === 'kubeProxy.mode' ||
      f.name === 'kubeProxy.disabled',
  );
  return toFacts(id, d.file, origin === 'default' ? kept.map((f) => ({ ...f, origin })) : kept, scalarTextMapper(d, value));
}
