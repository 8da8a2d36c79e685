import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineCounter, Parser, parseAllDocuments, type Document } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file.js';
import { plainDocuments } from '../../src/parse/plain-yaml.js';
import { get, keyNode } from '../../src/parse/walk.js';
import { PARSE_OPTIONS, parseYamlStream } from '../../src/parse/yaml-stream.js';
import { placeOf } from '../../src/parse/yaml-doc.js';
import { generateRepo, prng } from '../../scripts/gen-bench-repo.mjs';
import { CORPUS, corpusPresent } from '../helpers/corpus.js';

/**
 * A text the plain reader accepts must give the package's own token tree, the same documents (every node,
 * range, comment and error) and the same line starts; a text it refuses is parsed by the package. So
 * every check here is "both ways, equal", over every YAML text the project has and seeded edits of them.
 */
function same(text: string, label: string): boolean {
  const tokens = plainDocuments(text);
  if (!tokens) return false;
  expect(tokens, label).toEqual([...new Parser().parse(text)]);
  const mine = new LineCounter();
  const theirs = new LineCounter();
  const docs = parseYamlStream(text, mine);
  const ref = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: theirs });
  expect(docs.map(dump), label).toEqual([...ref].map(dump));
  expect(mine.lineStarts, label).toEqual(theirs.lineStarts);
  return true;
}

/** A document as plain data: every enumerable field of every node, with each node's class. */
function dump(doc: Document.Parsed): unknown {
  const walk = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map(walk);
    const out: Record<string, unknown> = { class: x.constructor.name };
    for (const [k, v] of Object.entries(x)) if (k !== 'schema' && k !== 'options' && k !== 'directives') out[k] = walk(v);
    return out;
  };
  return { ...(walk(doc) as object), docStart: doc.directives.docStart };
}

const YAML_FILE = /\.(ya?ml|json)$/i;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => YAML_FILE.test(p))
    .map((p) => join(dir, p));
}

/** Seeded one- to three-character edits: insertions, deletions and overwrites with YAML's own characters. */
function* edits(text: string, seed: number, count: number): Generator<string> {
  const r = prng(seed);
  const pieces = [' ', '  ', '-', '- ', ':', ': ', '\n', '\n  ', '"', "'", '#', '|', '|-', '>', '{', '[', '---', '\t', 'a', '0', '\\'];
  for (let k = 0; k < count && text.length > 0; k++) {
    const at = r.int(0, text.length - 1);
    const piece = r.pick(pieces);
    const op = r.int(0, 2);
    if (op === 0) yield text.slice(0, at) + piece + text.slice(at);
    else if (op === 1) yield text.slice(0, at) + text.slice(at + r.int(1, 3));
    else yield text.slice(0, at) + piece + text.slice(at + piece.length);
  }
}

const base = mkdtempSync(join(tmpdir(), 'netcompat-plain-yaml-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('plainDocuments', () => {
  it('gives the package’s tokens, documents and line starts for every YAML fixture it accepts, and seeded edits of them', () => {
    let accepted = 0;
    let edited = 0;
    const files = yamlFiles('test/fixtures');
    expect(files.length).toBeGreaterThan(300);
    files.forEach((file, i) => {
      const text = readFileSync(file, 'utf8');
      if (same(text, file)) accepted++;
      for (const e of edits(text, i + 1, 12)) if (same(e, `${file} edited: ${JSON.stringify(e)}`)) edited++;
    });
    // The subset is the common layout: a good share of the project's fixtures are in it.
    expect(accepted).toBeGreaterThan(60);
    expect(edited).toBeGreaterThan(500);
  });

  it.skipIf(!corpusPresent)('and for every YAML file of the corpus', () => {
    let accepted = 0;
    for (const file of yamlFiles(CORPUS)) if (same(readFileSync(file, 'utf8'), file)) accepted++;
    // Real repositories mostly carry comments or blank lines, which the package reads.
    expect(accepted).toBeGreaterThan(5);
  });

  it('reads all the YAML the benchmark tree (npm run bench) parses itself', () => {
    const dir = join(base, 'bench');
    generateRepo(dir, { files: 2000, seed: 7 });
    // The files the scan parses there, less the broken ones (a merge conflict, never plain).
    const files = yamlFiles(dir).filter((f) => /(kubeadm-config|kube-proxy|calico-node|felix-and-pool|service)\.yaml$/.test(f) && !f.includes('/broken-'));
    let accepted = 0;
    for (const f of files) if (same(readFileSync(f, 'utf8'), f)) accepted++;
    expect(files.length).toBeGreaterThan(30);
    // All of them, the kubeadm configs whose version is an unquoted `{{ kube_version }}` (a flow mapping) too.
    expect(files.some((f) => readFileSync(f, 'utf8').includes('{{ kube_version }}'))).toBe(true);
    expect(accepted).toBe(files.length);
  });

  it('accepts the block layout and leaves everything else to the package', () => {
    const accepted = [
      'a: 1\nb:\n  c: x\n  d:\n  - p\n  - q: 1\n    r: "s"\ne:\n---\nf: g',
      'data:\n  config.conf: |-\n    apiVersion: v1\n    mode: ipvs\n---\nkind: A\n',
      "- a\n- b: c\n  d: 'e''f'\n- --config=/x\n",
      'image: registry.k8s.io/kube-proxy:v1.28.4\nurl: http://x/y?z=1\n',
      'a: 1\n\nb:\n\n  c: 2\n\n\nd:\n\ne:\n- x\n\n- y\n\n', // blank lines: in an item's start, a pair's separator, the document's end
      'k: {{ kube_version }}\nl: {{x}}\nm: []\nn: {}\no:\n  - {{ .Values.tag }}\n', // placeholders and empty flow collections
      '# Licensed under ...\n#\n\na: 1\n---\n# Source: chart/templates/x.yaml\n\nb: 2\n', // comments before a document (helm template output)
    ];
    for (const text of accepted) expect(same(text, text), text).toBe(true);
    const refused = [
      '', // nothing to read
      'a: 1\n  \nb: 2\n', // a line of spaces
      'a:\n\n---\nb: 1\n', // a blank line between a key without value and `---`
      'a: 1 # note\n', // a comment after a value
      'a: 1\n# note\nb: 2\n', // a comment line inside a document
      '  # note\na: 1\n', // an indented comment line
      'a: |\n  x # y\n', // a `#` in a block scalar
      'a: [1, 2]\n', // a flow collection
      'a: &x 1\nb: *x\n', // an anchor and an alias
      'a: !!str 1\n', // a tag
      'a:\tb\n', // a tab
      'a: b\r\n', // a carriage return
      'a: multi\n  line\n', // a plain scalar over two lines
      '"a": 1\n', // a quoted key
      '  a: 1\n', // an indented top level
      '- - a\n', // a sequence in a sequence on one line
      'a: |+\n  x\n', // a kept block scalar
      'a: |\n\n  x\n', // a block scalar with a blank line
      'a: b: c\n', // a mapping in a compact value
      '---\n---\na: 1\n', // an empty document
      'k: {{ kube_version}}\n', // an unbalanced placeholder
      'k: {{ x | default(1) }}\n', // a placeholder with a filter
      'a: caf\u00e9\n', // beyond ASCII
    ];
    for (const text of refused) expect(plainDocuments(text), JSON.stringify(text)).toBeUndefined();
  });

  it('places nodes where the package places them, through parseFile', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  config.conf: |-\n    mode: ipvs\n  other: "x"\n';
    const { docs } = parseFile('cm.yaml', text);
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(placeOf(d, get(d, d.doc.contents, 'data', 'other'))).toEqual({ file: 'cm.yaml', line: 6, column: 10, endLine: 6, endColumn: 13 });
    expect(placeOf(d, keyNode(get(d, d.doc.contents, 'data'), 'config.conf'))).toEqual({ file: 'cm.yaml', line: 4, column: 3, endLine: 4, endColumn: 14 });
  });
});
