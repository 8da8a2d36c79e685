import type { Fact } from '../model/fact.js';
import type { HclExpr, HclFile } from '../parse/hcl/hcl-file.js';
import { LineIndex } from '../parse/hcl/parse-hcl.js';
import { blocksOf, childBlocks, type ModuleScope } from './hcl/module.js';
import { TF_CONFIG } from './hcl/terraform-common.js';
import { writtenText } from './hcl/written-text.js';
import { SHELL_TRIGGERS, shellTextFacts } from './shell-facts.js';
import { toFacts } from './text-fact.js';
import type { HclExtractor } from './types.js';

const ID = 'terraform-remote-exec';

/** The commands of an `inline` list: each item as written, a list reached through `local.` / `var.` item by item. */
function commands(scope: ModuleScope, expr: HclExpr): HclExpr[] {
  if (expr.kind === 'tuple') return expr.items.flatMap((i) => (i.kind === 'traversal' ? commands(scope, i) : [i]));
  if (expr.kind !== 'traversal') return [];
  const r = scope.resolve(expr);
  return r.known && r.expr.kind === 'tuple' ? r.expr.items : r.known ? [r.expr] : [];
}

function commandFacts(scope: ModuleScope, file: HclFile, lines: LineIndex, expr: HclExpr): Fact[] {
  const w = writtenText(scope, file, expr, lines);
  if (!w || !SHELL_TRIGGERS.some((t) => w.text.includes(t))) return [];
  const hits = shellTextFacts(w.text);
  // A value an interpolation gave (`${var.kubernetes_version}`) keeps the places it came from, as any Terraform value.
  return toFacts(ID, file.path, hits, w.map).map((f, i) => {
    // A command inside `%{ if }` may not be rendered: what it states is unresolved, never assumed.
    if (w.conditional(hits[i]!.line, hits[i]!.column))
      return { ...f, unresolved: true, note: [f.note, 'inside a template condition'].filter(Boolean).join('; ') };
    const via = w.via(hits[i]!.line, hits[i]!.column);
    if (via.length === 0) return f;
    const from = via.map((h) => h.what).join(' → ');
    return {
      ...f,
      note: [f.note, `from ${from}`].filter(Boolean).join('; '),
      derivedFrom: via.map((h) => ({ name: f.name, value: f.value, origin: 'repository' as const, place: h.place, source: ID, note: h.what })),
    };
  });
}

/**
 * `provisioner "remote-exec" { inline = [...] }` in any resource (a VM, `null_resource`, `terraform_data`): the
 * commands Terraform runs on the machine over SSH, read as shell and never run (`kubeadm init
 * --kubernetes-version`, a Calico manifest URL, `INSTALL_K3S_VERSION`). Interpolations that resolve in the
 * module directory are substituted; others stay placeholders, so what they set is unresolved.
 */
export const terraformRemoteExec: HclExtractor = {
  id: ID,
  input: 'hcl',
  paths: TF_CONFIG,
  blocks: ['resource'],
  description: 'Terraform provisioner "remote-exec" inline commands read as shell: kubeadm init, Calico manifest URLs, the k3s and RKE2 install variables',
  triggers: ['remote-exec'],
  extract(scope) {
    const facts: Fact[] = [];
    const files = new Map(scope.module.files.map((f) => [f.path, f]));
    // A file's line index is made once for all its commands, only for files that hold one.
    const lines = new Map<string, LineIndex>();
    for (const b of blocksOf(scope.module, 'resource')) {
      for (const p of childBlocks(b, 'provisioner')) {
        if (p.labels[0] !== 'remote-exec') continue;
        const inline = p.body.attributes.find((a) => a.name === 'inline');
        if (!inline) continue;
        for (const c of commands(scope, inline.expr)) {
          const file = files.get(c.place.file);
          if (!file) continue;
          let index = lines.get(file.path);
          if (!index) lines.set(file.path, (index = new LineIndex(file.text)));
          facts.push(...commandFacts(scope, file, index, c));
        }
      }
    }
    return facts;
  },
};
