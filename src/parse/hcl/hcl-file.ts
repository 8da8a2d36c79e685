import type { Place } from '../../model/place.js';

/**
 * A Terraform / OpenTofu file as the extractors read it: blocks, attributes and expressions, each with
 * its place, converted out of the parser's tree so the tree (WebAssembly memory) is freed at once.
 * Expressions keep their shape, never a computed value: resolving `var.x` or `local.y` needs the other
 * files of the module directory (src/extract/hcl/module.ts).
 */
export interface HclFile {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclBody;
  /** The block's type keyword. */
  place: Place;
  /** The whole block, header to closing brace (which facts come from inside it). */
  extent?: Place;
}

export interface HclAttribute {
  name: string;
  expr: HclExpr;
  /** The attribute's name: where a reader looks for the setting. */
  place: Place;
}

export interface HclObjectEntry {
  /** The key as written (identifier or string); undefined for a computed key. */
  key: string | undefined;
  keyPlace: Place;
  value: HclExpr;
}

/** Expressions, by what a reader can know from the text alone. */
export type HclExpr =
  | { kind: 'string'; value: string; place: Place }
  | { kind: 'number'; raw: string; place: Place }
  | { kind: 'bool'; value: boolean; place: Place }
  | { kind: 'null'; place: Place }
  /** A quoted string with interpolations: literal parts and the expressions between them. */
  | { kind: 'template'; parts: (string | HclExpr)[]; text: string; place: Place }
  /**
   * A heredoc. `content` is the text between the marker lines with `<<-` indentation removed;
   * `lineStarts[i]` is the offset in the file of content line i and `strip` the columns removed from it.
   * Interpolations and directives stay in the content as written.
   */
  | { kind: 'heredoc'; content: string; lineStarts: number[]; strip: number; interpolated: boolean; place: Place }
  | { kind: 'object'; entries: HclObjectEntry[]; place: Place }
  | { kind: 'tuple'; items: HclExpr[]; place: Place }
  /** `var.x`, `local.a.b`, `module.eks.cluster_name`, `each.value["k"]`: a root and literal steps. */
  | { kind: 'traversal'; root: string; steps: (string | number)[]; text: string; place: Place }
  | { kind: 'call'; name: string; args: HclExpr[]; text: string; place: Place }
  /** Conditionals, operations, `for` expressions, splats: never evaluated. */
  | { kind: 'other'; text: string; place: Place };
