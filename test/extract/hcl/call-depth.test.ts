import { describe, expect, it } from 'vitest';
import { HclCollector } from '../../../src/extract/hcl/collect.js';
import { EXTRACTORS } from '../../../src/extract/registry.js';
import { isHclExtractor } from '../../../src/extract/types.js';
import type { Fact } from '../../../src/model/fact.js';

/**
 * A cluster module called through a chain of local modules, each passing `v` on (`v = var.v`), the last
 * with a literal. Intermediate directories read an EKS data source, so they hold a trigger and their own
 * callers count (src/extract/hcl/collect.ts, localCalls).
 */
const cluster = (name: string) =>
  `variable "v" {}\n\nmodule "eks" {\n  source          = "terraform-aws-modules/eks/aws"\n  cluster_name    = "${name}"\n  cluster_version = var.v\n}\n`;
const passOn = (targets: string[]) =>
  [
    'variable "v" {}',
    '',
    'data "aws_eks_cluster" "this" {\n  name = "x"\n}',
    ...targets.map((t) => `\nmodule "${t}" {\n  source = "../${t}"\n  v      = var.v\n}`),
    '',
  ].join('\n');
const literal = (target: string) => `module "${target}" {\n  source = "../${target}"\n  v      = "1.27"\n}\n`;

async function versions(files: Record<string, string>): Promise<Record<string, string>> {
  const c = new HclCollector(EXTRACTORS.filter(isHclExtractor), EXTRACTORS);
  for (const [path, text] of Object.entries(files)) c.add(path, text);
  const { facts } = await c.extract(
    (path, id, err) => {
      throw new Error(`${id} failed on ${path}: ${(err as Error).message}`);
    },
    () => undefined,
  );
  const out: Record<string, string> = {};
  for (const f of facts.filter((x: Fact) => x.name === 'kubernetes.version')) {
    out[f.place!.file] = f.unresolved ? `unresolved (${f.value})` : f.value;
  }
  return out;
}

describe('HclCollector: callers followed up to four directories, whatever order the directories are read in', () => {
  // b ← s ← t ← u (u passes "1.27"): four directories up from b, within the limit.
  const chainToB = {
    'b/main.tf': cluster('b'),
    's/main.tf': passOn(['b']),
    't/main.tf': passOn(['s']),
    'u/main.tf': literal('t'),
  };

  it('resolves a value passed down three calls', async () => {
    expect(await versions(chainToB)).toEqual({ 'b/main.tf': '1.27' });
  });

  it('a directory first reached at the edge of the limit is read again with the callers a shallower call reaches', async () => {
    // a ← p ← q ← s ← t (← u): a's pass reaches s three calls up, where t's callers are past the limit. b, read
    // after a, calls s directly: its value still comes from u, as when a is absent.
    const both = {
      ...chainToB,
      'a/main.tf': cluster('a'),
      'p/main.tf': passOn(['a']),
      'q/main.tf': passOn(['p']),
      's/main.tf': passOn(['b', 'q']),
    };
    expect(await versions(both)).toEqual({ 'a/main.tf': 'unresolved (var.v)', 'b/main.tf': '1.27' });
  });
});
