import type { Fact } from '../../model/fact.js';
import type { Place } from '../../model/place.js';
import type { HclBlock, HclBody, HclExpr } from '../../parse/hcl/hcl-file.js';
import type { HclModule } from './module.js';

/**
 * Two or more clusters defined in one module directory (`module "eks_prod"` and `module "eks_lab"`) are
 * told apart: every fact gets the address of the cluster its block belongs to (`Fact.cluster`), and the
 * grouping makes one cluster per address. A block belongs to a cluster when the wiring is literal:
 * - the cluster block itself;
 * - a resource naming exactly one cluster in its attributes (`cluster_name = aws_eks_cluster.prod.name`,
 *   `kubernetes_cluster_id = azurerm_kubernetes_cluster.prod.id`);
 * - a `helm_release`, `kubernetes_manifest` or `kubectl_manifest` whose provider (its `provider = helm.prod`,
 *   else the provider block without an alias) names exactly one cluster (`host = module.eks_prod.cluster_endpoint`).
 * A file named by `file()` follows the block naming it. Anything else (no reference, a computed one, two
 * clusters named) keeps no address: the directory's clusters each get it, as the directory is all that decides.
 */
export function assignClusters(module: HclModule, facts: Fact[], readBy: ReadonlyMap<string, readonly Place[]> = new Map()): void {
  const blocks = module.files.flatMap((f) => f.body.blocks);
  const definitions = facts.filter((f) => f.name === 'cluster.definition' && f.place);
  const clusters = new Map<string, HclBlock>();
  for (const d of definitions) {
    const b = blocks.find((x) => samePlace(x.place, d.place!));
    const a = b ? address(b) : undefined;
    if (a && b) clusters.set(a, b);
  }
  if (clusters.size < 2) return;
  const keyOf = new Map<HclBlock, string | undefined>();
  for (const b of blocks) keyOf.set(b, ownerOf(b, blocks, clusters));
  const blockAt = (p: Place) => blocks.find((x) => x.extent && inside(p, x.extent));
  for (const f of facts) {
    if (!f.place) continue;
    const b = blockAt(f.place);
    // A fact from a file named by file() follows the block(s) naming it, when they agree on one cluster.
    const keys = b
      ? [keyOf.get(b)]
      : (readBy.get(f.place.file) ?? []).map((p) => {
          const x = blockAt(p);
          return x ? keyOf.get(x) : undefined;
        });
    const key = only(new Set(keys.filter((k): k is string => k !== undefined)));
    if (key && keys.every((k) => k === key)) f.cluster = key;
  }
}

const PROVIDER_OF: Record<string, string> = { helm_release: 'helm', kubernetes_manifest: 'kubernetes', kubectl_manifest: 'kubectl' };

function ownerOf(b: HclBlock, blocks: readonly HclBlock[], clusters: ReadonlyMap<string, HclBlock>): string | undefined {
  const own = address(b);
  if (own && clusters.has(own)) return own;
  const provider = b.type === 'resource' ? PROVIDER_OF[b.labels[0] ?? ''] : undefined;
  if (provider === undefined) return only(named(b.body, clusters));
  // `provider = helm.prod` picks the provider block with that alias; without it, the default one.
  const chosen = b.body.attributes.find((a) => a.name === 'provider')?.expr;
  const alias = chosen?.kind === 'traversal' && chosen.root === provider && typeof chosen.steps[0] === 'string' ? chosen.steps[0] : undefined;
  if (chosen && alias === undefined) return undefined;
  const p = blocks.find((x) => x.type === 'provider' && x.labels[0] === provider && aliasOf(x) === alias);
  return p ? only(named(p.body, clusters)) : undefined;
}

function aliasOf(p: HclBlock): string | undefined {
  const a = p.body.attributes.find((x) => x.name === 'alias')?.expr;
  return a?.kind === 'string' ? a.value : undefined;
}

/** `module.NAME` or `TYPE.NAME` of a module call or resource. */
function address(b: HclBlock): string | undefined {
  if (b.type === 'module' && b.labels[0]) return `module.${b.labels[0]}`;
  if (b.type === 'resource' && b.labels[0] && b.labels[1]) return `${b.labels[0]}.${b.labels[1]}`;
  return undefined;
}

/** The clusters a body names anywhere in its attributes and nested blocks (`depends_on` is ordering, not wiring). */
function named(body: HclBody, clusters: ReadonlyMap<string, HclBlock>): Set<string> {
  const out = new Set<string>();
  const visit = (e: HclExpr): void => {
    if (e.kind === 'traversal' && typeof e.steps[0] === 'string') {
      const a = `${e.root}.${e.steps[0]}`;
      if (clusters.has(a)) out.add(a);
    } else if (e.kind === 'template') e.parts.forEach((p) => typeof p !== 'string' && visit(p));
    else if (e.kind === 'call') e.args.forEach(visit);
    else if (e.kind === 'tuple') e.items.forEach(visit);
    else if (e.kind === 'object') e.entries.forEach((x) => visit(x.value));
    else if (e.kind === 'other') for (const a of clusters.keys()) if (mentions(e.text, a)) out.add(a);
  };
  const walk = (b: HclBody): void => {
    for (const a of b.attributes) if (a.name !== 'depends_on') visit(a.expr);
    for (const c of b.blocks) walk(c.body);
  };
  walk(body);
  return out;
}

/** Whether `text` names `address` as a whole reference (not `xmodule.a` or `module.a_b`); plain scanning. */
function mentions(text: string, address: string): boolean {
  const word = (c: string | undefined) => c !== undefined && /[\w-]/.test(c);
  for (let i = text.indexOf(address); i >= 0; i = text.indexOf(address, i + 1)) {
    if (!word(text[i - 1]) && text[i - 1] !== '.' && !word(text[i + address.length])) return true;
  }
  return false;
}

function only(s: ReadonlySet<string>): string | undefined {
  return s.size === 1 ? [...s][0] : undefined;
}

function samePlace(a: Place, b: Place): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}

function inside(p: Place, e: Place): boolean {
  if (p.file !== e.file) return false;
  const after = p.line > e.line || (p.line === e.line && p.column >= e.column);
  const endLine = e.endLine ?? e.line;
  const endColumn = e.endColumn ?? e.column;
  const before = p.line < endLine || (p.line === endLine && p.column <= endColumn);
  return after && before;
}
