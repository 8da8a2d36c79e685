import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/parse/hcl/hcl-text.js';
import { outline } from '../../../src/parse/hcl/outline.js';
import { parseHcl } from '../../../src/parse/hcl/parse-hcl.js';
import { readPlainItems } from '../../../src/parse/hcl/plain-items.js';
// @ts-expect-error: the generator is a plain .mjs script without type declarations
import { generateTfRepo } from '../../../scripts/gen-tf-repo.mjs';

const every = () => true;

/**
 * Every top-level item of a file, read both ways: the plain reader (when it accepts) must give what the
 * grammar's path gives (with its own expression shortcuts, as the scan reads it).
 */
async function both(path: string, text: string): Promise<{ plain: number; items: number }> {
  const items = outline(text);
  if (!items || items.length === 0) return { plain: 0, items: 0 };
  let plain = 0;
  for (const it of items) {
    const keep = [{ start: it.start, end: it.end }];
    const tree = await parseHcl(path, text, every, keep, { plainItems: false });
    const body = readPlainItems(path, text, new LineIndex(text), keep, every);
    if (!body) continue;
    plain++;
    expect({ file: { path, text, body } }, `${path}: ${text.slice(it.start, it.end)}`).toEqual(tree);
  }
  // The whole file at once, as the directory pass asks for it.
  const keep = items.map(({ start, end }) => ({ start, end }));
  expect(await parseHcl(path, text, every, keep)).toEqual(await parseHcl(path, text, every, keep, { plainItems: false }));
  return { plain, items: items.length };
}

const base = mkdtempSync(join(tmpdir(), 'netcompat-plain-items-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('readPlainItems', () => {
  it('gives exactly what the tree gives, for every Terraform fixture of the project', async () => {
    const files = readdirSync('test/fixtures', { recursive: true, encoding: 'utf8' }).filter((p) => /\.(tf|tofu|tfvars)$/.test(p));
    let plain = 0;
    for (const p of files) plain += (await both(p, readFileSync(join('test/fixtures', p), 'utf8'))).plain;
    expect(plain).toBeGreaterThan(50);
  });

  it('and for every file of the benchmark monorepo (npm run bench:terraform), reading most items without the parser', async () => {
    const dir = join(base, 'bench');
    generateTfRepo(dir, { files: 300, seed: 3, clusterShare: 1 });
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => /\.(tf|tfvars)$/.test(p));
    let plain = 0;
    let items = 0;
    for (const p of files) {
      const r = await both(p, readFileSync(join(dir, p), 'utf8'));
      plain += r.plain;
      items += r.items;
    }
    expect(plain / items).toBeGreaterThan(0.6);
  });

  it('reads the layouts next to each case it accepts, and leaves the rest to the parser', async () => {
    const text = [
      'a = ""',
      'b = "plain text, with: punctuation / and = signs"',
      'c = {}',
      'd = []',
      'e = [1, 2.5E-3, true, null, "x",]',
      'f = [',
      '  "one",',
      '  var.two',
      ']',
      'g = { a = 1, "b c" = local.x.y, kube-proxy = { v = "1" } }',
      'h = {',
      '  a = 1,',
      '  b = [',
      '    2',
      '  ]',
      '}',
      'resource "x" y {',
      '  nested "l" {',
      '  }',
      '  v = <<-EOT',
      '    line: 1',
      '',
      '      two: "x"',
      '    EOT',
      '  w = [<<-EOT',
      '      a',
      '  EOT',
      '  ]',
      '}',
      'k = "esc\\"aped"',
      'l = "${var.x}"',
      'm = -1',
      'n = a # comment',
      'o = { a = 1 b = 2 }',
      'p = <<EOT',
      'q',
      'EOT',
      'r = <<-EOT',
      '  ${x}',
      '  EOT',
      'resource "x" "y" { a = 1 }',
      's = upper("x")',
      't = { "a" : 1 }',
      'u = [1 2]',
      'w = a.b[0]',
      'x = { if = 1 }',
      'resource "x" " y" {',
      '}',
      'z = { " k " = " v " }',
      '',
    ].join('\n');
    const accepted: string[] = [];
    for (const it of outline(text)!) {
      const keep = [{ start: it.start, end: it.end }];
      if (readPlainItems('e.tf', text, new LineIndex(text), keep, every)) accepted.push(it.kind === 'block' ? it.type : it.name);
    }
    expect(accepted).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'resource', 'z']);
    await both('e.tf', text);
  });

  it('leaves a file with an error inside a kept item to the parser, which reports it', async () => {
    const text = 'resource "x" "y" {\n  a = \n}\n';
    const r = await parseHcl('bad.tf', text, every, [{ start: 0, end: text.length - 1 }]);
    expect(r).toMatchObject({ skipped: { path: 'bad.tf', reason: 'hcl-error' } });
  });
});

describe('readPlainItems on mutated text', () => {
  it('accepts no item the grammar rejects or reads otherwise (seeded single-character edits of plain Terraform)', async () => {
    const dir = join(base, 'mutate');
    generateTfRepo(dir, { files: 25, seed: 5, clusterShare: 1 });
    const texts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((p) => /\.(tf|tfvars)$/.test(p))
      .map((p) => readFileSync(join(dir, p), 'utf8'));
    let seed = 7;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const edits = ['', ' ', '\n', '"', '{', '}', '[', ']', ',', '=', '#', '$', '<', '-', '.', 'a', '1', '\t', '\r\n', ':'];
    let accepted = 0;
    for (let k = 0; k < 1500; k++) {
      const t = texts[rnd(texts.length)]!;
      const at = rnd(t.length);
      const text = t.slice(0, at) + edits[rnd(edits.length)]! + t.slice(at + rnd(2));
      for (const it of outline(text) ?? []) {
        const keep = [{ start: it.start, end: it.end }];
        const body = readPlainItems('m.tf', text, new LineIndex(text), keep, every);
        if (!body) continue;
        accepted++;
        expect({ file: { path: 'm.tf', text, body } }, JSON.stringify(text.slice(it.start, it.end))).toEqual(
          await parseHcl('m.tf', text, every, keep, { plainItems: false }),
        );
      }
    }
    expect(accepted).toBeGreaterThan(1500);
  });
});
