import { describe, expect, it } from 'vitest';
import { parseHclJson } from '../../../src/parse/hcl/parse-hcl-json.js';

describe('parseHclJson', () => {
  it('reads blocks by their label keys, templates through the HCL parser, and skips comments and unknown keys', async () => {
    const text = [
      '{',
      '  "//": "generated",',
      '  "variable": { "v": { "default": 1.30 } },',
      '  "locals": { "a": "x-${var.v}", "b": [true, null, "$${literal}"] },',
      '  "moved": { "from": "a", "to": "b" }',
      '}',
      '',
    ].join('\n');
    const r = await parseHclJson('m/x.tf.json', text);
    if (!('file' in r)) throw new Error(r.skipped.detail);
    const [v, l] = r.file.body.blocks;
    expect(r.file.body.blocks.map((b) => `${b.type} ${b.labels.join(',')}`)).toEqual(['variable v', 'locals ']);
    expect(v!.place).toMatchObject({ line: 3, column: 17 });
    expect(v!.body.attributes[0]).toMatchObject({ name: 'default', expr: { kind: 'number', raw: '1.30', place: { line: 3, column: 35 } } });
    expect(l!.body.attributes[0]!.expr).toMatchObject({
      kind: 'template',
      text: 'x-${var.v}',
      parts: ['x-', { kind: 'traversal', root: 'var', steps: ['v'], place: { line: 4, column: 20 } }],
      place: { line: 4, column: 20 },
    });
    expect(l!.body.attributes[1]!.expr).toMatchObject({
      kind: 'tuple',
      items: [{ kind: 'bool', value: true }, { kind: 'null' }, { kind: 'string', value: '${literal}' }],
    });
  });

  it('reads a .tfvars.json top level as attributes, and skips what is not Terraform JSON with the place', async () => {
    const r = await parseHclJson('terraform.tfvars.json', '{ "cluster_version": "1.29" }');
    expect(r).toMatchObject({ file: { body: { attributes: [{ name: 'cluster_version', expr: { kind: 'string', value: '1.29' } }], blocks: [] } } });
    expect(await parseHclJson('a.tf.json', '[1]')).toEqual({
      skipped: { path: 'a.tf.json', reason: 'hcl-error', detail: 'not Terraform JSON: the document is not an object (line 1, column 1)' },
    });
    expect(await parseHclJson('b.tf.json', '{\n  "a": tru\n}')).toEqual({
      skipped: { path: 'b.tf.json', reason: 'hcl-error', detail: 'not valid JSON: syntax error at line 2, column 8' },
    });
    expect(await parseHclJson('c.tf.json', '{"a": 1} x')).toMatchObject({ skipped: { detail: 'not valid JSON: syntax error at line 1, column 10' } });
    expect(await parseHclJson('d.tf.json', `${'['.repeat(500)}${']'.repeat(500)}`)).toEqual({
      skipped: { path: 'd.tf.json', reason: 'hcl-error', detail: 'JSON file could not be read: nesting too deep to read' },
    });
  });
});
