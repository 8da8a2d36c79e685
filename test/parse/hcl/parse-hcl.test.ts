import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../../src/parse/hcl/parse-hcl.js';
import type { HclFile } from '../../../src/parse/hcl/hcl-file.js';

async function file(text: string): Promise<HclFile> {
  const r = await parseHcl('m/main.tf', text);
  if (!('file' in r)) throw new Error(r.skipped.detail);
  return r.file;
}

describe('parseHcl', () => {
  it('reads blocks, attributes and expressions with their places', async () => {
    const f = await file(
      [
        'module "eks" {',
        '  source          = "terraform-aws-modules/eks/aws"',
        '  cluster_version = var.cluster_version',
        '  n = 1.30',
        '  s = "v${local.kp}-eksbuild.1"',
        '  addons = {',
        '    kube-proxy = { addon_version = "v1.28.1-eksbuild.1" }',
        '    "coredns"  = {}',
        '  }',
        '  l = lower("X")',
        '  t = [1, "a"]',
        '  c = var.a ? "x" : "y"',
        '  i = local.m["k"].v[0]',
        '  h = <<-EOT',
        '    kind: Installation',
        '      spec: {}',
        '  EOT',
        '}',
        '',
      ].join('\n'),
    );
    const m = f.body.blocks[0]!;
    expect(m.type).toBe('module');
    expect(m.labels).toEqual(['eks']);
    expect(m.place).toMatchObject({ file: 'm/main.tf', line: 1, column: 1 });
    const a = Object.fromEntries(m.body.attributes.map((x) => [x.name, x]));
    expect(a.source!.expr).toMatchObject({ kind: 'string', value: 'terraform-aws-modules/eks/aws', place: { line: 2, column: 21 } });
    expect(a.cluster_version!.place).toMatchObject({ line: 3, column: 3 });
    expect(a.cluster_version!.expr).toMatchObject({ kind: 'traversal', root: 'var', steps: ['cluster_version'], text: 'var.cluster_version' });
    expect(a.n!.expr).toMatchObject({ kind: 'number', raw: '1.30' });
    expect(a.s!.expr).toMatchObject({ kind: 'template', parts: ['v', { kind: 'traversal', root: 'local', steps: ['kp'] }, '-eksbuild.1'] });
    const addons = a.addons!.expr;
    expect(addons.kind).toBe('object');
    if (addons.kind !== 'object') return;
    expect(addons.entries.map((e) => e.key)).toEqual(['kube-proxy', 'coredns']);
    expect(addons.entries[0]!.value).toMatchObject({
      kind: 'object',
      entries: [{ key: 'addon_version', value: { kind: 'string', value: 'v1.28.1-eksbuild.1', place: { line: 7, column: 36 } } }],
    });
    expect(a.l!.expr).toMatchObject({ kind: 'call', name: 'lower', args: [{ kind: 'string', value: 'X' }] });
    expect(a.t!.expr).toMatchObject({
      kind: 'tuple',
      items: [
        { kind: 'number', raw: '1' },
        { kind: 'string', value: 'a' },
      ],
    });
    expect(a.c!.expr.kind).toBe('other');
    expect(a.i!.expr).toMatchObject({ kind: 'traversal', root: 'local', steps: ['m', 'k', 'v', 0] });
    expect(a.h!.expr).toMatchObject({ kind: 'heredoc', content: 'kind: Installation\n  spec: {}\n', strip: 4, interpolated: false });
  });

  it('counts columns in characters, also after non-ASCII text', async () => {
    const f = await file('# ünïcödé ✓\nlocals { v = "é" }\nx = "1.28"\n');
    expect(f.body.attributes[0]!.expr).toMatchObject({ kind: 'string', value: '1.28', place: { line: 3, column: 5 } });
    expect(f.body.blocks[0]!.body.attributes[0]!.expr.place).toMatchObject({ line: 2, column: 14 });
  });

  it('undoes escapes: \\n, \\", \\\\, \\uNNNN and \\UNNNNNNNN; an escaped backslash before u is a backslash', async () => {
    const f = await file('a = "x\\u00e9\\U0001F600\\ty"\nb = "\\\\u0041 \\"q\\""\n');
    expect(f.body.attributes.map((x) => x.expr)).toMatchObject([
      { kind: 'string', value: 'x\u00e9\u{1F600}\ty' },
      { kind: 'string', value: '\\u0041 "q"' },
    ]);
  });

  it('skips a file with a syntax error, naming the place', async () => {
    const r = await parseHcl('bad.tf', 'resource "x" "y" {\n  a = \n}\n}\n');
    expect(r).toMatchObject({ skipped: { path: 'bad.tf', reason: 'hcl-error' } });
    if ('skipped' in r) expect(r.skipped.detail).toMatch(/^not valid HCL: .* at line \d+, column \d+$/);
  });
});

describe('parseHcl on hostile input', () => {
  it('skips nesting too deep to convert, and an unterminated heredoc, with reasons', async () => {
    const deep = await parseHcl('deep.tf', `x = ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(deep).toEqual({ skipped: { path: 'deep.tf', reason: 'hcl-error', detail: 'HCL file could not be read: expressions nest too deeply to read' } });
    const heredoc = await parseHcl('h.tf', 'resource "kubectl_manifest" "z" {\n  yaml_body = <<-YAML\n    kind: Installation\n');
    expect(heredoc).toEqual({ skipped: { path: 'h.tf', reason: 'hcl-error', detail: 'not valid HCL: missing "heredoc_identifier" at line 4, column 1' } });
  });

  it('reads a file with a byte-order mark and CRLF line ends at the right columns', async () => {
    const r = await parseHcl('w.tf', '\uFEFFlocals {\r\n  v = "1.26"\r\n}\r\n');
    expect('file' in r && r.file.body.blocks[0]!.body.attributes[0]!.expr).toMatchObject({ kind: 'string', value: '1.26', place: { line: 2, column: 7 } });
  });
});

describe('expressions read from their text', () => {
  /** Parsed both ways: the shortcut for plain strings, numbers, literals and dotted names must give what the tree gives. */
  async function both(path: string, text: string): Promise<HclFile | undefined> {
    const fast = await parseHcl(path, text);
    const tree = await parseHcl(path, text, undefined, undefined, { shortcuts: false });
    expect(fast).toEqual(tree);
    return 'file' in fast ? fast.file : undefined;
  }

  it('gives exactly what the tree gives, for every Terraform fixture of the project', async () => {
    const files = readdirSync('test/fixtures', { recursive: true, encoding: 'utf8' }).filter((p) => /\.(tf|tofu|tfvars)$/.test(p));
    expect(files.length).toBeGreaterThan(20);
    let read = 0;
    for (const p of files) if (await both(p, readFileSync(join('test/fixtures', p), 'utf8'))) read++;
    // Only the deliberately broken fixtures are skipped.
    expect(read).toBeGreaterThan(files.length - 3);
  });

  it('and for the edge cases next to each shortcut', async () => {
    const f = await both(
      'm/edge.tf',
      [
        'a = ""',
        'b = "plain text, with: punctuation / and = signs"',
        'c = "esc\\"aped"',
        'd = "$${literal}"',
        'e = "100%"',
        'f = "${var.x}"',
        'g = 0',
        'h = 1.30',
        'j = 2.5E-3',
        'k = true',
        'l = false',
        'm = null',
        'n = var.cluster_version',
        'o = module.eks-blue.cluster_name',
        'p = each.value.name',
        'q = local.list.0',
        'r = local.map["k"]',
        's = var . spaced',
        't = tru',
        'u = nullable',
        'v = -1',
        'w = "tab\there"',
        'x = "a" # comment',
        'y = {',
        '  "quoted key" = "v"',
        '  bare-key     = 1',
        '  true         = false',
        '  (var.k)      = local.v',
        '}',
        'z = [1, "two", var.three, true, null]',
        '',
      ].join('\n'),
    );
    expect(f?.body.attributes.map((a) => `${a.name}:${a.expr.kind}`).join(' ')).toBe(
      'a:string b:string c:string d:string e:string f:template g:number h:number j:number k:bool l:bool m:null n:traversal o:traversal ' +
        'p:traversal q:traversal r:traversal s:traversal t:traversal u:traversal v:other w:string x:string y:object z:tuple',
    );
  });
});
