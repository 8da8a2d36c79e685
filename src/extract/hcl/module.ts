import type { Place } from '../../model/place.js';
import type { HclAttribute, HclBlock, HclExpr, HclFile } from '../../parse/hcl/hcl-file.js';
import { byCode } from '../../model/code-order.js';

/**
 * One Terraform / OpenTofu module directory: its configuration files and the variable files Terraform
 * loads by itself (`terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)` in name order; later
 * files win). Values are
 * resolved within the directory only: a module's caller, `-var` flags and workspaces are not seen.
 */
export interface HclModule {
  dir: string;
  files: HclFile[];
  varFiles: HclFile[];
}

/** A hop from a reference to the value it stands for: `var.cluster_version` → its default in variables.tf. */
export interface Hop {
  what: string;
  /** The value expression at the definition. */
  place: Place;
}

/** A literal value (string, number, bool, null, object or tuple expression) reached from an expression. */
export type Resolved = { known: true; expr: HclExpr; via: Hop[] } | { known: false; text: string; reason: string; via: Hop[] };

const MAX_DEPTH = 16;

export const isVarFile = (path: string): boolean => /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(path);

/** Blocks of a type across the module's configuration files, in file order. */
export function blocksOf(m: HclModule, type: string): HclBlock[] {
  return m.files.flatMap((f) => f.body.blocks.filter((b) => b.type === type));
}

export function attr(b: HclBlock, name: string): HclAttribute | undefined {
  return b.body.attributes.find((a) => a.name === name);
}

export function childBlocks(b: HclBlock, type: string): HclBlock[] {
  return b.body.blocks.filter((c) => c.type === type);
}

/**
 * A call of this module from elsewhere in the repository (`module "eks" { source = "./modules/eks" … }`):
 * its arguments are the module's variables, resolved in the caller's directory. `block` is undefined when
 * the calling file could not be read (its arguments are then unknown).
 */
export interface ModuleCall {
  scope: ModuleScope;
  block: HclBlock | undefined;
  file: string;
}

/** Resolves references to what the directory itself says; anything computed stays unknown, with the reason. */
export class ModuleScope {
  private readonly variables = new Map<string, HclBlock>();
  private readonly locals = new Map<string, HclAttribute>();
  private readonly assigned = new Map<string, { attr: HclAttribute; file: string }>();

  /** `show`: how reasons and steps name files and folders (under the front end's place base, as places read). */
  constructor(
    readonly module: HclModule,
    private readonly show: (path: string) => string = (p) => p,
    /** The repository's calls of this module directory: their arguments win over the variables' defaults. */
    private readonly calls: readonly ModuleCall[] = [],
  ) {
    for (const b of blocksOf(module, 'variable')) if (b.labels[0]) this.variables.set(b.labels[0], b);
    for (const b of blocksOf(module, 'locals')) for (const a of b.body.attributes) this.locals.set(a.name, a);
    const ordered = [...module.varFiles].sort((a, b) => rank(a.path) - rank(b.path) || byCode(a.path, b.path));
    for (const f of ordered) for (const a of f.body.attributes) this.assigned.set(a.name, { attr: a, file: f.path });
  }

  resolve(expr: HclExpr, via: Hop[] = [], depth = 0): Resolved {
    if (depth > MAX_DEPTH) return { known: false, text: exprText(expr), reason: 'references nest too deeply (or refer to themselves)', via };
    switch (expr.kind) {
      case 'string':
      case 'number':
      case 'bool':
      case 'null':
      case 'object':
      case 'tuple':
        return { known: true, expr, via };
      case 'heredoc':
        return expr.interpolated ? { known: false, text: exprText(expr), reason: 'a heredoc with interpolations', via } : { known: true, expr, via };
      case 'template':
        return this.template(expr, via, depth);
      case 'traversal':
        return this.traversal(expr, via, depth);
      case 'call':
        return { known: false, text: expr.text, reason: `${expr.name}(…) is a function call, not evaluated`, via };
      default:
        return { known: false, text: expr.text, reason: 'an expression, not evaluated', via };
    }
  }

  private template(expr: Extract<HclExpr, { kind: 'template' }>, via: Hop[], depth: number): Resolved {
    let out = '';
    const hops: Hop[] = [...via];
    for (const p of expr.parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const r = this.resolve(p, [], depth + 1);
      hops.push(...r.via);
      const s = r.known ? scalarText(r.expr) : undefined;
      if (s === undefined) return { known: false, text: expr.text, reason: r.known ? `${exprText(p)} is not a string` : r.reason, via: hops };
      out += s;
    }
    return { known: true, expr: { kind: 'string', value: out, place: expr.place }, via: hops };
  }

  private traversal(expr: Extract<HclExpr, { kind: 'traversal' }>, via: Hop[], depth: number): Resolved {
    const [first, ...rest] = expr.steps;
    let start: Resolved;
    if (expr.root === 'var' && typeof first === 'string') {
      start = this.variable(first, via, depth);
    } else if (expr.root === 'local' && typeof first === 'string') {
      const a = this.locals.get(first);
      start = a
        ? this.resolve(a.expr, [...via, { what: `local.${first}`, place: a.expr.place }], depth + 1)
        : { known: false, text: expr.text, reason: `local.${first} is not defined in ${this.dirName()}`, via };
    } else if (expr.root === 'path' && first === 'module' && rest.length === 0) {
      // The module's own directory: what `file("${path.module}/values.yaml")` is relative to.
      return { known: true, expr: { kind: 'string', value: '.', place: expr.place }, via };
    } else {
      const what = expr.root === 'module' ? 'a module output' : expr.root === 'data' ? 'a data source' : `${expr.root}.…`;
      return { known: false, text: expr.text, reason: `${expr.text} reads ${what}, known only after apply`, via };
    }
    if (!start.known) return start.text === expr.text ? start : { ...start, text: expr.text };
    return this.walk(start, rest, expr.text, depth);
  }

  private variable(name: string, via: Hop[], depth: number): Resolved {
    return this.calls.length === 0 ? this.own(name, via, depth) : this.passed(name, via, depth);
  }

  /**
   * A variable of a module the repository calls: each call's argument (resolved where the call is), or the
   * module's own value where a call does not pass it. Calls that disagree leave it unknown, naming them.
   */
  private passed(name: string, via: Hop[], depth: number): Resolved {
    const values = this.calls.map((c) => {
      const label = c.block ? `module.${c.block.labels[0] ?? ''}` : 'a module call';
      if (!c.block) return { known: false as const, text: `var.${name}`, reason: `${this.show(c.file)} calls ${this.dirName()} but could not be read`, via };
      const a = attr(c.block, name);
      if (!a) return this.own(name, via, depth);
      return c.scope.resolve(a.expr, [...via, { what: `var.${name} from ${label} in ${this.show(c.file)}`, place: a.expr.place }], depth + 1);
    });
    const first = values[0]!;
    if (values.length === 1) return first;
    // Calls agree when they give the same scalar, or the same expression (the module's own default, a null).
    const keys = values.map((v) =>
      v.known ? (scalarText(v.expr) ?? `${exprText(v.expr)} at ${v.expr.place.file}:${v.expr.place.line}:${v.expr.place.column}`) : undefined,
    );
    if (keys.every((k) => k !== undefined && k === keys[0])) return first;
    const shown = this.calls
      .map((c, i) => {
        const v = values[i]!;
        return `${this.show(c.file)}: ${v.known ? (scalarText(v.expr) ?? exprText(v.expr)) : 'unknown'}`;
      })
      .join(', ');
    return { known: false, text: `var.${name}`, reason: `the ${this.calls.length} calls of ${this.dirName()} pass different values (${shown})`, via };
  }

  private own(name: string, via: Hop[], depth: number): Resolved {
    const set = this.assigned.get(name);
    if (set) return this.resolve(set.attr.expr, [...via, { what: `var.${name} in ${this.show(set.file)}`, place: set.attr.expr.place }], depth + 1);
    const decl = this.variables.get(name);
    const dflt = decl ? attr(decl, 'default') : undefined;
    if (dflt) return this.resolve(dflt.expr, [...via, { what: `default of var.${name}`, place: dflt.expr.place }], depth + 1);
    const why = decl ? `var.${name} has no default and no value in a .tfvars file of ${this.dirName()}` : `var.${name} is not declared in ${this.dirName()}`;
    return { known: false, text: `var.${name}`, reason: why, via };
  }

  /** Follows `.key` and `[index]` steps into resolved objects and tuples. */
  walk(start: Resolved, steps: readonly (string | number)[], text: string, depth: number): Resolved {
    let cur = start;
    for (const s of steps) {
      if (!cur.known) return cur;
      const e = cur.expr;
      let next: HclExpr | undefined;
      if (e.kind === 'object') next = [...e.entries].reverse().find((x) => x.key === String(s))?.value;
      else if (e.kind === 'tuple' && typeof s === 'number') next = e.items[s];
      if (!next) return { known: false, text, reason: `${text}: no ${JSON.stringify(s)} in the value`, via: cur.via };
      cur = this.resolve(next, cur.via, depth + 1);
    }
    return cur;
  }

  /** An attribute of a block, resolved; undefined when the block does not set it. */
  attribute(b: HclBlock, name: string): { attr: HclAttribute; r: Resolved } | undefined {
    const a = attr(b, name);
    return a ? { attr: a, r: this.resolve(a.expr) } : undefined;
  }

  /** Entry `key` of a resolved object, resolved in turn. */
  entry(obj: Resolved | undefined, key: string): { keyPlace: Place; valuePlace: Place; r: Resolved } | undefined {
    if (!obj?.known || obj.expr.kind !== 'object') return undefined;
    const e = [...obj.expr.entries].reverse().find((x) => x.key === key);
    return e ? { keyPlace: e.keyPlace, valuePlace: e.value.place, r: this.resolve(e.value, obj.via) } : undefined;
  }

  /** Every keyed entry of a resolved object, resolved. */
  entries(obj: Resolved | undefined): { key: string; keyPlace: Place; valuePlace: Place; r: Resolved }[] {
    if (!obj?.known || obj.expr.kind !== 'object') return [];
    return obj.expr.entries
      .filter((e): e is typeof e & { key: string } => e.key !== undefined)
      .map((e) => ({ key: e.key, keyPlace: e.keyPlace, valuePlace: e.value.place, r: this.resolve(e.value, obj.via) }));
  }

  /**
   * The repository path of a file a module names with a relative path (`values.yaml`, `${path.module}/x`):
   * relative to the module directory, which is Terraform's working directory for a root module. Undefined
   * for an absolute path or one that leaves the repository.
   */
  fileIn(rel: string): string | undefined {
    if (rel.startsWith('/') || /^[A-Za-z]:[\\/]/.test(rel) || rel.startsWith('~')) return undefined;
    const parts: string[] = this.module.dir === '' ? [] : this.module.dir.split('/');
    for (const p of rel.split('/')) {
      if (p === '' || p === '.') continue;
      if (p === '..') {
        if (parts.length === 0) return undefined;
        parts.pop();
      } else parts.push(p);
    }
    return parts.length ? parts.join('/') : undefined;
  }

  private dirName(): string {
    const shown = this.show(this.module.dir).replace(/\/$/, '');
    return shown === '' || shown === '.' ? 'the repository root' : `${shown}/`;
  }
}

function rank(path: string): number {
  return /(^|\/)terraform\.tfvars$/.test(path) ? 0 : /(^|\/)terraform\.tfvars\.json$/.test(path) ? 1 : 2;
}

/** The text of a string, number or bool value; undefined for anything else. */
export function scalarText(e: HclExpr): string | undefined {
  if (e.kind === 'string') return e.value;
  if (e.kind === 'number') return e.raw;
  if (e.kind === 'bool') return String(e.value);
  return undefined;
}

export function exprText(e: HclExpr): string {
  if ('text' in e) return e.text;
  if (e.kind === 'string') return JSON.stringify(e.value);
  if (e.kind === 'number') return e.raw;
  if (e.kind === 'bool') return String(e.value);
  if (e.kind === 'null') return 'null';
  if (e.kind === 'heredoc') return '<<heredoc>>';
  return e.kind === 'object' ? '{…}' : '[…]';
}
