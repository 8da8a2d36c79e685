import { posix } from 'node:path';
import { isScalar, type Node } from 'yaml';
import type { Fact } from '../model/fact.js';
import { parseFile } from '../parse/parse-file.js';
import { get } from '../parse/walk.js';
import { placeOf, type YamlDoc } from '../parse/yaml-doc.js';
import { shellTextFacts } from './shell-facts.js';
import type { Assignment } from './shell-vars.js';
import { toFacts, type TextFact } from './text-fact.js';
import type { TextExtractor, TextHelpers } from './types.js';
import { vagrantBoxFact } from './vagrant-box.js';

const ID = 'vagrant-provision';

// A Vagrantfile that keeps its versions in a YAML file (`settings = YAML.load_file "settings.yaml"`) and hands
// them to its shell provisioners (`env: { "CALICO_VERSION" => settings["software"]["calico"] }, path:
// "scripts/master.sh"`): the scripts' facts are read with those variables set, as they run. The scripts
// themselves are read by install-script without them; only what the variables add is given here, placed in
// the script, derived from the YAML value (or the Vagrantfile's literal). Read as text, never run.

/** `settings = YAML.load_file("settings.yaml")`, `YAML.safe_load(File.read('config.yml'))`: the name, then the rest of the line. */
const LOAD = /^\s*([A-Za-z_]\w*)\s*=\s*YAML\.(?:safe_)?load(?:_file)?\b(.*)$/;
const YAML_PATH = /(["'])([^"'\n]{1,200}\.ya?ml)\1/g;
/** `.vm.provision "shell"`, `.vm.provision :shell`. */
const PROVISION = /\.vm\.provision\s*\(?\s*(?:"shell"|'shell'|:shell)/g;
const PATH = /\bpath\s*(?::|=>|=)\s*(["'])([^"'\n]{1,300})\1/;
const ENV_OPEN = /\benv\s*(?::|=>|=)\s*\{/;
/** `"NAME" => value` up to the next `,`, line end or `}`. */
const ENV_ENTRY = /(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*=>\s*([^,\n}]{1,300})/g;
/** `settings["software"]["box"]`: a name, then one or more string subscripts, nothing else. */
const LOOKUP = /^([A-Za-z_]\w*)((?:\[\s*(["'])[^"'\]\n]{1,100}\3\s*\])+)$/;
const SUBSCRIPT = /\[\s*(["'])([^"'\]\n]{1,100})\1\s*\]/g;
/** `config.vm.box = settings["software"]["box"]` with nothing after the lookup (`+ "-arm64"` is another box). */
const BOX = /\bvm\.box\s*=\s*([A-Za-z_]\w*(?:\[\s*["'][^"'\]\n]{1,100}["']\s*\])+)\s*(?:#.*)?$/;
/** A value worth setting: what a shell literal or an apt version glob may hold. */
const VALUE = /^[A-Za-z0-9_.+:/@%*~-]{1,256}$/;

interface Settings {
  doc: YamlDoc;
}

function lineOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * `"#{vagrant_root}/settings.yaml"` where `vagrant_root = File.dirname(File.expand_path(__FILE__))`: the
 * Vagrantfile's folder, so the path is relative to it. Other interpolations are not followed.
 */
function relative(written: string | undefined, text: string): string | undefined {
  const m = written ? /^#\{([A-Za-z_]\w*)\}\/(.+)$/.exec(written) : undefined;
  if (!m?.[1] || !m[2]) return written;
  const own = new RegExp(`^\\s*${m[1]}\\s*=.*(__FILE__|__dir__)`, 'm');
  return own.test(text) ? m[2] : undefined;
}

/** The YAML files the Vagrantfile loads, by the Ruby name they are held in. */
function loadSettings(file: string, text: string, helpers: TextHelpers): Map<string, Settings> {
  const out = new Map<string, Settings>();
  const dir = posix.dirname(file);
  for (const line of text.split('\n')) {
    const m = LOAD.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const written = relative([...m[2].matchAll(YAML_PATH)].at(-1)?.[2], text);
    if (!written || written.startsWith('/') || written.includes('#{')) continue;
    const path = posix.normalize(posix.join(dir, written));
    if (path.startsWith('../')) continue;
    const got = helpers.readText(path);
    if (!('text' in got)) continue;
    const doc = parseFile(path, got.text).docs[0];
    if (doc) out.set(m[1], { doc });
  }
  return out;
}

/** The scalar a lookup names in the loaded YAML, with its node. */
function lookup(expr: string, settings: ReadonlyMap<string, Settings>): { value: string; node: Node; doc: YamlDoc } | undefined {
  const m = LOOKUP.exec(expr.trim());
  const s = m?.[1] ? settings.get(m[1]) : undefined;
  if (!m?.[2] || !s) return undefined;
  const keys = [...m[2].matchAll(SUBSCRIPT)].map((k) => k[2]!);
  const node = get(s.doc, s.doc.doc.contents, ...keys);
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  const value = String(node.value).trim();
  return VALUE.test(value) ? { value, node, doc: s.doc } : undefined;
}

/** The text between an opening `{` and its `}`. */
function braced(text: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 20000; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

interface Provisioner {
  script: string;
  env: Map<string, Assignment>;
}

/** Each shell provisioner that runs a script file with variables this file can tell. */
function provisioners(file: string, text: string, settings: ReadonlyMap<string, Settings>): Provisioner[] {
  const out: Provisioner[] = [];
  const starts = [...text.matchAll(PROVISION)].map((m) => m.index);
  starts.forEach((start, i) => {
    // The provisioner's own text: up to the next `.vm.` setting (the next provisioner, box or node).
    const next = text.indexOf('.vm.', start + 5);
    const end = Math.min(starts[i + 1] ?? text.length, next < 0 ? text.length : next);
    const chunk = text.slice(start, end);
    const path = PATH.exec(chunk)?.[2];
    const open = ENV_OPEN.exec(chunk);
    if (!path || !open || path.startsWith('/') || path.includes('#{')) return;
    const envText = braced(chunk, open.index + open[0].length - 1);
    if (envText === undefined) return;
    const envAt = start + open.index + open[0].length;
    const env = new Map<string, Assignment>();
    for (const e of envText.matchAll(ENV_ENTRY)) {
      const name = e[2]!;
      const expr = e[3]!.trim();
      const lit = /^(["'])([^"'#\n]*)\1$/.exec(expr);
      if (lit && VALUE.test(lit[2]!)) {
        const at = lineOf(text, envAt + e.index + e[0].indexOf(expr) + 1);
        env.set(name, { value: lit[2]!, ...at, file, via: `passed by ${file}'s shell provisioner (env)` });
        continue;
      }
      const found = lookup(expr, settings);
      if (!found) continue;
      const p = placeOf(found.doc, found.node);
      env.set(name, {
        value: found.value,
        line: p.line,
        column: p.column,
        file: found.doc.file,
        via: `set in ${found.doc.file}, passed by ${file}'s shell provisioner (env)`,
      });
    }
    const script = posix.normalize(posix.join(posix.dirname(file), path));
    if (env.size > 0 && !script.startsWith('../')) out.push({ script, env });
  });
  return out;
}

const key = (f: TextFact): string => [f.name, f.value, f.line, f.column, f.unresolved ? 'u' : ''].join('\0');

/**
 * What the script says once the provisioner's variables are set, beyond what it says without them. `plain`
 * holds what each script says without them, found once per script for all the provisioners that run it.
 */
function scriptFacts(p: Provisioner, helpers: TextHelpers, plainOf: Map<string, Set<string>>): Fact[] {
  const got = helpers.readText(p.script);
  if (!('text' in got)) return [];
  const script = { path: p.script, read: helpers.readText, ...(helpers.showPath ? { show: helpers.showPath } : {}) };
  let plain = plainOf.get(p.script);
  if (!plain) plainOf.set(p.script, (plain = new Set(shellTextFacts(got.text, script).map(key))));
  const added = shellTextFacts(got.text, script, p.env).filter((f) => !plain.has(key(f)));
  return toFacts(ID, p.script, added, undefined, helpers.showPath);
}

/** `config.vm.box = settings["software"]["box"]`: the box, placed where the YAML names it. */
function boxFacts(text: string, settings: ReadonlyMap<string, Settings>): Fact[] {
  const out: Fact[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.includes('vm.box') || line.trimStart().startsWith('#')) continue;
    const m = BOX.exec(line);
    const found = m?.[1] ? lookup(m[1], settings) : undefined;
    if (!found || seen.has(found.value)) continue;
    const p = placeOf(found.doc, found.node);
    const hit = vagrantBoxFact(
      found.value,
      { line: p.line, column: p.column, length: (p.endColumn ?? p.column) - p.column },
      `the Vagrantfile's box, ${m![1]}`,
    );
    if (!hit) continue;
    seen.add(found.value);
    out.push(...toFacts(ID, found.doc.file, [hit]));
  }
  return out;
}

export const vagrantProvision: TextExtractor = {
  id: ID,
  description:
    'Vagrantfiles that load a YAML settings file: the box named there (node OS), and the facts of each shell provisioner script ' +
    'read with the env variables the Vagrantfile passes it (CALICO_VERSION, KUBERNETES_VERSION from settings.yaml)',
  input: 'text',
  paths: /(^|\/)Vagrantfile$/,
  triggers: ['provision'],
  extract: (file, helpers) => {
    if (!helpers) return [];
    const settings = loadSettings(file.path, file.text, helpers);
    const boxes = boxFacts(file.text, settings);
    const plainOf = new Map<string, Set<string>>();
    return [...boxes, ...provisioners(file.path, file.text, settings).flatMap((p) => scriptFacts(p, helpers, plainOf))];
  },
};
