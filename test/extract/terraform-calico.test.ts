import { describe, expect, it } from 'vitest';
import { terraformCalico } from '../../src/extract/terraform-calico.js';
import { readFileSync } from 'node:fs';
import { ModuleScope } from '../../src/extract/hcl/module.js';
import type { HclHelpers } from '../../src/extract/types.js';
import { parseHcl } from '../../src/parse/hcl/parse-hcl.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { extractTf, TF_FIXTURES, tfBrief } from './terraform-helpers.js';

describe('terraform-calico', () => {
  it('helm_release of tigera-operator: the chart version through a variable, and values in a heredoc placed in the .tf file', async () => {
    const { facts, skipped } = await extractTf(terraformCalico, 'helm-heredoc');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'calico.version', value: '3.26.1', at: 'helm-heredoc/calico.tf:10:22', via: ['helm-heredoc/calico.tf:3:13'] },
      { name: 'calico.ipipMode', value: 'Never', at: 'helm-heredoc/calico.tf:24:28' },
      { name: 'calico.vxlanMode', value: 'Always', at: 'helm-heredoc/calico.tf:24:28' },
      { name: 'calico.dataplane', value: 'Iptables', at: 'helm-heredoc/calico.tf:21:25' },
    ]);
  });

  it('helm_release with yamlencode values and set blocks; other charts give nothing', async () => {
    const { facts } = await extractTf(terraformCalico, 'helm-yamlencode-set');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'calico.version', value: '3.27.3', at: 'helm-yamlencode-set/calico.tf:9:16' },
      { name: 'calico.ipipMode', value: 'Never', at: 'helm-yamlencode-set/calico.tf:17:29' },
      { name: 'calico.vxlanMode', value: 'CrossSubnet', at: 'helm-yamlencode-set/calico.tf:17:29' },
      { name: 'calico.dataplane', value: 'BPF', at: 'helm-yamlencode-set/calico.tf:26:13' },
      { name: 'calico.version', value: '~> 3.28', at: 'helm-yamlencode-set/calico.tf:39:13' },
    ]);
    // `~> 3.28` (read as widely as it can be meant: 3.28 or any later 3.x) is one of the Calico minors it reaches.
    expect(facts.at(-1)?.candidates).toEqual(['3.28', '3.29', '3.30', '3.31', '3.32', '3.33']);
  });

  it('tigera-operator chart version constraints: within a minor that minor, across minors one of the minors it reaches, anything else unresolved', async () => {
    const { facts, skipped } = await extractTf(terraformCalico, 'chart-ranges');
    expect(skipped).toEqual([]);
    expect(facts.map((f) => ({ ...tfBrief(f), candidates: f.candidates }))).toEqual([
      { name: 'calico.version', value: '3.27', at: 'chart-ranges/calico.tf:6:16', candidates: undefined },
      { name: 'calico.version', value: '3.28', at: 'chart-ranges/calico.tf:13:16', candidates: undefined },
      { name: 'calico.version', value: '>=3.31, <3.33', at: 'chart-ranges/calico.tf:20:16', candidates: ['3.31', '3.32'] },
      { name: 'calico.version', value: 'latest stable', at: 'chart-ranges/calico.tf:27:16', unresolved: true, candidates: undefined },
    ]);
    expect(facts[2]!.note).toBe(
      'tigera-operator chart version constraint >=3.31, <3.33: Helm installs one of the Calico releases it admits, Calico 3.31 to 3.32',
    );
  });

  it('kubernetes_manifest objects and kubectl_manifest heredocs go through the YAML extractors; file() of a missing file gives nothing', async () => {
    const { facts } = await extractTf(terraformCalico, 'manifests');
    expect(facts.map(tfBrief)).toEqual([
      { name: 'calico.ipipMode', value: 'Always', at: 'manifests/calico.tf:13:29' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'manifests/calico.tf:13:29' },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', at: 'manifests/calico.tf:28:30' },
    ]);
  });

  it('helm_release values read from files named by file() and templatefile(), with places in those files; nothing outside the repository', async () => {
    const { facts, skipped } = await extractTf(terraformCalico, 'helm-file');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'calico.version', value: '3.26.1', at: 'helm-file/main.tf:6:16' },
      { name: 'calico.ipipMode', value: 'Never', at: 'helm-file/values/calico.yaml:5:24' },
      { name: 'calico.vxlanMode', value: 'Always', at: 'helm-file/values/calico.yaml:5:24' },
      // templatefile()'s variables are not substituted: the value stays a placeholder, unresolved.
      { name: 'calico.dataplane', value: '${mode}', at: 'helm-file/dataplane.yaml.tftpl:3:21', unresolved: true },
      { name: 'calico.version', value: '3.27.0', at: 'helm-file/main.tf:17:13' },
    ]);
  });

  it('JSON syntax: a set list read once; a broken JSON file is skipped with its place', async () => {
    const { facts, skipped } = await extractTf(terraformCalico, 'json');
    expect(skipped).toEqual([{ path: 'json/broken.tf.json', reason: 'hcl-error', detail: 'not valid JSON: syntax error at line 4, column 46' }]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'calico.version', value: '3.27.3', at: 'json/calico.tf.json:8:20' },
      { name: 'calico.ipipMode', value: 'Always', at: 'json/calico.tf.json:10:85' },
      { name: 'calico.vxlanMode', value: 'Never', at: 'json/calico.tf.json:10:85' },
    ]);
  });
});

describe('terraform-calico: YAML repeated across stacks', () => {
  it('the same heredocs in two directories give each its own places (the parse is shared)', async () => {
    const { facts, skipped } = await extractTf(terraformCalico, 'repeated');
    expect(skipped).toEqual([]);
    expect(facts.map(tfBrief)).toEqual([
      { name: 'calico.version', value: '3.26.1', at: 'repeated/stack-a/main.tf:6:16' },
      { name: 'calico.ipipMode', value: 'Never', at: 'repeated/stack-a/main.tf:12:28' },
      { name: 'calico.vxlanMode', value: 'Always', at: 'repeated/stack-a/main.tf:12:28' },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', at: 'repeated/stack-a/main.tf:24:30' },
      { name: 'calico.version', value: '3.27.0', at: 'repeated/stack-b/main.tf:19:13' },
      { name: 'calico.ipipMode', value: 'Never', at: 'repeated/stack-b/main.tf:25:30' },
      { name: 'calico.vxlanMode', value: 'Always', at: 'repeated/stack-b/main.tf:25:30' },
      { name: 'calico.featureDetectOverride', value: 'ChecksumOffloadBroken=true', at: 'repeated/stack-b/main.tf:12:34' },
    ]);
  });

  it('manifest YAML no extractor would read is not parsed; values and manifests that may hold facts are', async () => {
    const path = 'repeated/stack-a/main.tf';
    const text = readFileSync(`${TF_FIXTURES}terraform-calico/${path}`, 'utf8');
    const parsed = await parseHcl(path, text);
    if (!('file' in parsed)) throw new Error('fixture does not parse');
    const asked: string[] = [];
    const helpers: HclHelpers = {
      yamlFacts: () => [],
      yamlWanted: (t) => !t.includes('ResourceQuota'),
      parseYaml: (p, t) => {
        asked.push(t.split('\n').find((l) => l.startsWith('kind:') || l.startsWith('installation:'))!);
        return parseFile(p, t).docs;
      },
      readText: () => ({ reason: 'not here' }),
    };
    terraformCalico.extract(new ModuleScope({ dir: 'repeated/stack-a', files: [parsed.file], varFiles: [] }), helpers);
    // The ResourceQuota heredoc is the one the predicate refuses: never handed to the parser.
    expect(asked).toEqual(['installation:', 'kind: FelixConfiguration']);
  });
});
