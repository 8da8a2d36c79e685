import { describe, expect, it } from 'vitest';
import { outline } from '../../../src/parse/hcl/outline.js';
import { joinSpans, parseHcl } from '../../../src/parse/hcl/parse-hcl.js';
import type { HclFile } from '../../../src/parse/hcl/hcl-file.js';

const TEXT = [
  '# header comment { not a block',
  'terraform {',
  '  required_version = ">= 1.5" # }',
  '}',
  '',
  'variable "cluster_version" {',
  '  default = "1.28"',
  '}',
  'locals { kp = "1.28.1" }',
  'resource "helm_release" "calico" {',
  '  name  = "x${join("}", ["{"])}y"',
  '  escaped = "$${not} %%{this} \\"}\\""',
  '  /* a } comment */',
  '  values = [<<-EOT',
  '    a: }',
  '    b: "{"',
  '  EOT',
  '  ]',
  '}',
  'count = length([',
  '  1, # ]',
  '  2,',
  '])',
  'plain = "v"',
  '',
].join('\n');

describe('outline', () => {
  it('finds top-level blocks and attributes past strings, interpolations, heredocs and comments', () => {
    const items = outline(TEXT)!;
    expect(items.map((i) => (i.kind === 'block' ? `${i.type} ${i.labels.join(' ')}`.trim() : `${i.name} =`))).toEqual([
      'terraform',
      'variable cluster_version',
      'locals',
      'resource helm_release calico',
      'count =',
      'plain =',
    ]);
    const lineOf = (at: number) => TEXT.slice(0, at).split('\n').length;
    expect(items.map((i) => [lineOf(i.start), lineOf(i.end)])).toEqual([
      [2, 4],
      [6, 8],
      [9, 9],
      [10, 19],
      [20, 23],
      [24, 24],
    ]);
    expect(TEXT.slice(items[5]!.start, items[5]!.end)).toBe('plain = "v"');
  });

  it('gives up (the caller parses the whole file) where the structure is not plain', () => {
    expect(outline('resource "a" "b" {\n  x = "unterminated\n}\n')).toBeUndefined();
    expect(outline('resource "a" "b" {\n  x = 1\n')).toBeUndefined();
    expect(outline('a = [1, 2\n')).toBeUndefined();
    expect(outline('a = 1 }\n')).toBeUndefined();
    expect(outline('resource "a"\n{\n}\n')).toBeUndefined();
    expect(outline('x = <<EOT\nno end\n')).toBeUndefined();
    expect(outline('/* open')).toBeUndefined();
    expect(outline('')).toEqual([]);
  });

  // Plain text and strings whose templates are only references are skipped in one step; a string with another
  // `${`, a `%{`, `$${`, `%%{` or an escaped line end stops that step at its quote and is read character by character.
  it('ends items at the same place whether a string is read in one step or character by character', () => {
    const cases: [string, string][] = [
      ['a = "x}y#z" # }\n', 'a = "x}y#z" # }'],
      ['a = "$}%}" \n', 'a = "$}%}"'],
      ['a = "\\"}\\""\n', 'a = "\\"}\\""'],
      ['a = "$${ok}" \n', 'a = "$${ok}"'],
      ['a = "%%{ok}"\n', 'a = "%%{ok}"'],
      ['a = "${x["}"]}"\n', 'a = "${x["}"]}"'],
      ['a = "${local.name}-0}" # ${x}\n', 'a = "${local.name}-0}" # ${x}'],
      ['a = "${var.a-b}${x.y}"\n', 'a = "${var.a-b}${x.y}"'],
      ['a = "${}"\n', 'a = "${}"'],
      ['a = "${x}${y["}"]}"\n', 'a = "${x}${y["}"]}"'],
      ['a = "x" "y"\n', 'a = "x" "y"'],
      ['b "l" {\n  v = "{" # }\n  w = ["]", "$", "%"]\n}\n', 'b "l" {\n  v = "{" # }\n  w = ["]", "$", "%"]\n}'],
    ];
    for (const [text, item] of cases) {
      const items = outline(text);
      expect(items, text).toHaveLength(1);
      expect(text.slice(items![0]!.start, items![0]!.end), text).toBe(item);
    }
    // An escaped line end is not plain: the character-by-character path skips it, as it always did.
    expect(outline('a = "x\\\ny"\n')).toEqual([{ kind: 'attribute', name: 'a', start: 0, end: 10 }]);
    // A line end inside a string is never skipped, nor one inside a reference.
    expect(outline('b {\n  v = "open\n}\n')).toBeUndefined();
    expect(outline('a = "${x\n}"\n')).toEqual([{ kind: 'attribute', name: 'a', start: 0, end: 11 }]);
  });
});

describe('parsing only some spans', () => {
  async function parse(keep?: { start: number; end: number }[]): Promise<HclFile> {
    const r = await parseHcl('m/main.tf', TEXT, undefined, keep);
    if (!('file' in r)) throw new Error(r.skipped.detail);
    return r.file;
  }

  it('keeps every place, heredoc content included, as in the whole file', async () => {
    const items = outline(TEXT)!;
    const whole = await parse();
    const some = await parse([items[1]!, items[3]!, items[5]!]);
    expect(some.body.blocks.map((b) => b.labels)).toEqual([['cluster_version'], ['helm_release', 'calico']]);
    expect(some.body.blocks).toEqual([whole.body.blocks[1], whole.body.blocks[3]]);
    expect(some.body.attributes).toEqual([whole.body.attributes[1]]);
    const values = some.body.blocks[1]!.body.attributes.find((a) => a.name === 'values')!.expr;
    expect(values).toMatchObject({ kind: 'tuple', items: [{ kind: 'heredoc', content: 'a: }\nb: "{"\n', place: { line: 14, column: 13 } }] });
    expect(some.body.attributes[0]!.place).toMatchObject({ line: 24, column: 1 });
  });

  it('maps offsets of the joined text back into the file', () => {
    const j = joinSpans('aaXXbbbYc', [
      { start: 0, end: 2 },
      { start: 4, end: 7 },
      { start: 8, end: 9 },
    ]);
    expect(j.text).toBe('aa\nbbb\nc');
    expect([0, 1, 2, 3, 5, 6, 7, 8].map(j.offset)).toEqual([0, 1, 2, 4, 6, 7, 8, 9]);
  });

  it('parses nothing when no span is needed, and reports a syntax error inside a kept span at its place in the file', async () => {
    expect(await parse([])).toEqual({ path: 'm/main.tf', text: TEXT, body: { attributes: [], blocks: [] } });
    const bad = 'output "o" {\n  value = 1\n}\nresource "aws_eks_cluster" "c" {\n  version = = 2\n}\n';
    const items = outline(bad)!;
    expect(await parseHcl('b.tf', bad, undefined, [items[1]!])).toEqual({
      skipped: { path: 'b.tf', reason: 'hcl-error', detail: 'not valid HCL: missing "<<" at line 5, column 13' },
    });
  });
});
