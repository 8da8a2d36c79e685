import { isCalicoChartRange, isCalicoChartVersion } from '../knowledge/operator-calico.js';
import type { Fact } from '../model/fact.js';
import type { HclBlock, HclExpr, HclFile } from '../parse/hcl/hcl-file.js';
import { parseFile } from '../parse/parse-file.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { hclFact } from './hcl/hcl-fact.js';
import { setTree, type HelmSet } from './hcl/helm-set.js';
import { childBlocks, scalarText, type ModuleScope } from './hcl/module.js';
import { known, TF_CONFIG } from './hcl/terraform-common.js';
import { heredocOf, moduleHeredocDocs, projectedDoc, treeDoc, treeOf } from './hcl/yaml-bridge.js';
import { chartName } from './helm-chart-version.js';
import { chartValuesFacts } from './tigera-values.js';
import type { HclExtractor, HclHelpers } from './types.js';

const ID = 'terraform-calico';

/** Resources and the file each is written in (places of projected YAML need the file). */
function resources(scope: ModuleScope, type: string): { file: HclFile; b: HclBlock }[] {
  return scope.module.files.flatMap((file) => file.body.blocks.filter((b) => b.type === 'resource' && b.labels[0] === type).map((b) => ({ file, b })));
}

/**
 * YAML documents an expression stands for: a heredoc as written, an object (or `yamlencode`/`jsonencode`/
 * `yamldecode` of one, or of a heredoc) written out as YAML, and the file `file(…)` / `templatefile(…)`
 * names when its path resolves (places are then that file's own). Other computed values give none. With
 * `wanted`, a text it refuses is not parsed (no extractor would read its documents).
 */
function docsOf(scope: ModuleScope, file: HclFile, e: HclExpr, helpers: HclHelpers, wanted?: (text: string) => boolean): YamlDoc[] {
  // Interpolations in a heredoc stay as written: the YAML extractors read `${…}` as a placeholder.
  const r = scope.resolve(e);
  const h = heredocOf(e, r);
  if (h) return wanted && !wanted(h.content) ? [] : moduleHeredocDocs(scope, file, h, (path, text) => helpers.parseYaml(path, text));
  if (r.known && r.expr.kind === 'object') {
    const d = projectedDoc(scope, file, e, wanted);
    return d ? [d] : [];
  }
  if (e.kind === 'call' && ['yamlencode', 'jsonencode', 'yamldecode', 'jsondecode'].includes(e.name) && e.args[0])
    return docsOf(scope, file, e.args[0], helpers, wanted);
  if (e.kind === 'call' && (e.name === 'file' || e.name === 'templatefile') && e.args[0]) return namedFileDocs(scope, e.args[0], helpers, wanted);
  return [];
}

/**
 * The documents of a file `file(…)` or `templatefile(…)` reads: its path must resolve to a string
 * naming a file inside the repository. A template's `${…}` stay as written (placeholders to every
 * extractor); a `%{ if }` directive that breaks the YAML leaves the file unread.
 */
function namedFileDocs(scope: ModuleScope, arg: HclExpr, helpers: HclHelpers, wanted?: (text: string) => boolean): YamlDoc[] {
  const r = scope.resolve(arg);
  const rel = r.known ? scalarText(r.expr) : undefined;
  const path = rel === undefined ? undefined : scope.fileIn(rel);
  if (path === undefined) return [];
  const read = helpers.readText(path, arg.place);
  return 'text' in read && (!wanted || wanted(read.text)) ? parseFile(path, read.text).docs : [];
}

/** The Calico release a tigera-operator chart version stands for, placed at `version`. */
function chartVersion(scope: ModuleScope, b: HclBlock, chart: string): Fact | undefined {
  const v = scope.attribute(b, 'version');
  if (!v) {
    return {
      name: 'calico.version',
      value: chart,
      unresolved: true,
      origin: 'repository',
      place: b.place,
      source: ID,
      note: 'helm_release of tigera-operator without version: Helm installs the newest chart, whichever that is then',
    };
  }
  const text = known(v.r);
  // A constraint Helm reads over Calico releases (`v3.27.x`, `~3.28.0`, `>=3.26`): decoded as the releases it admits.
  if (text !== undefined && !isCalicoChartVersion(chart, text) && isCalicoChartRange(chart, text)) {
    return chartMarked(
      chart,
      hclFact(ID, 'calico.version', v.attr.expr.place, v.r, (s) => s),
    );
  }
  // Any other constraint lets Helm pick the release: present, but not pinned.
  if (text !== undefined && !isCalicoChartVersion(chart, text) && /^[~^<>=*]|\.[x*](\.|$)|\s|\|\|/i.test(text)) {
    return {
      name: 'calico.version',
      value: text,
      unresolved: true,
      origin: 'repository',
      place: v.attr.expr.place,
      source: ID,
      note: `${chart} chart version constraint: the installed release is not fixed`,
    };
  }
  return chartMarked(
    chart,
    hclFact(ID, 'calico.version', v.attr.expr.place, v.r, (s) => (isCalicoChartVersion(chart, s) ? s : undefined), {
      note: `${chart} chart version = Calico version`,
    }),
  );
}

/** A chart version read as written (recognised, not decoded) is marked for the context stage to decode. */
function chartMarked(chart: string, f: Fact | undefined): Fact | undefined {
  return f && !f.unresolved ? { ...f, decode: { as: 'calico-chart', chart, form: 'hcl' } } : f;
}

function helmSets(scope: ModuleScope, b: HclBlock): HelmSet[] {
  const out: HelmSet[] = [];
  const add = (name: HclExpr | undefined, value: HclExpr | undefined) => {
    const n = name ? scope.resolve(name) : undefined;
    const text = n?.known ? scalarText(n.expr) : undefined;
    if (name && value && text !== undefined) out.push({ name: text, namePlace: name.place, value: treeOf(scope, value) });
  };
  const blocks = childBlocks(b, 'set');
  for (const s of blocks) add(s.body.attributes.find((a) => a.name === 'name')?.expr, s.body.attributes.find((a) => a.name === 'value')?.expr);
  // Helm provider 3.x: `set = [{ name = …, value = … }]` (the native syntax cannot hold both forms; the
  // JSON syntax gives a list of objects as both, so it is read once).
  const list = blocks.length ? undefined : scope.attribute(b, 'set');
  if (list?.r.known && list.r.expr.kind === 'tuple') {
    for (const item of list.r.expr.items) {
      if (item.kind !== 'object') continue;
      const get = (k: string) => item.entries.find((x) => x.key === k)?.value;
      add(get('name'), get('value'));
    }
  }
  return out;
}

function helmReleaseFacts(scope: ModuleScope, file: HclFile, b: HclBlock, helpers: HclHelpers): Fact[] {
  const chartRef = known(scope.attribute(b, 'chart')?.r);
  if (!chartRef) return [];
  // A chart URL or path names its version in the file name: ".../tigera-operator-v3.26.1.tgz".
  const fromUrl = /(?:^|\/)(tigera-operator)-(v?3\.\d+\.\d+)\.tgz$/.exec(chartRef);
  const chart = fromUrl?.[1] ?? chartName(chartRef);
  if (chart !== 'tigera-operator') return [];
  const facts: Fact[] = [];
  const version = fromUrl
    ? chartMarked(
        chart,
        hclFact(
          ID,
          'calico.version',
          scope.attribute(b, 'chart')!.attr.expr.place,
          { known: true, expr: { kind: 'string', value: fromUrl[2]!, place: b.place }, via: [] },
          (s) => (isCalicoChartVersion(chart, s) ? s : undefined),
          { note: 'tigera-operator chart archive version = Calico version' },
        ),
      )
    : chartVersion(scope, b, chart);
  if (version) facts.push(version);
  const values = scope.attribute(b, 'values');
  const items = values?.r.known && values.r.expr.kind === 'tuple' ? values.r.expr.items : values ? [values.attr.expr] : [];
  for (const item of items) for (const d of docsOf(scope, file, item, helpers)) facts.push(...chartValuesFacts(ID, d, d.doc.contents));
  const sets = helmSets(scope, b);
  if (sets.length) {
    const d = treeDoc(file, setTree(sets, b.place), b.place);
    if (d) facts.push(...chartValuesFacts(ID, d, d.doc.contents));
  }
  return facts;
}

export const terraformCalico: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  // Provider blocks: which cluster a release is installed on (src/extract/hcl/cluster-keys.ts).
  blocks: ['resource.helm_release', 'resource.kubernetes_manifest', 'resource.kubectl_manifest', 'provider.helm', 'provider.kubernetes', 'provider.kubectl'],
  description:
    'Calico through Terraform: helm_release of tigera-operator (version = Calico version, values and set: encapsulation, dataplane), kubernetes_manifest and kubectl_manifest resources read by the YAML extractors with places in the .tf file',
  triggers: ['tigera-operator', 'kubernetes_manifest', 'kubectl_manifest'],
  extract(scope, helpers: HclHelpers) {
    const facts: Fact[] = [];
    for (const { file, b } of resources(scope, 'helm_release')) facts.push(...helmReleaseFacts(scope, file, b, helpers));
    for (const { file, b } of resources(scope, 'kubernetes_manifest')) {
      const m = scope.attribute(b, 'manifest');
      if (m) facts.push(...helpers.yamlFacts(docsOf(scope, file, m.attr.expr, helpers, helpers.yamlWanted)));
    }
    for (const { file, b } of resources(scope, 'kubectl_manifest')) {
      const y = scope.attribute(b, 'yaml_body');
      if (y) facts.push(...helpers.yamlFacts(docsOf(scope, file, y.attr.expr, helpers, helpers.yamlWanted)));
    }
    return facts;
  },
};
