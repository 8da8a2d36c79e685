import type { Fact } from '../../model/fact.js';
import type { Place } from '../../model/place.js';
import type { SkippedFile } from '../../model/source.js';
import type { HclFile } from '../../parse/hcl/hcl-file.js';
import { outline, type OutlineItem } from '../../parse/hcl/outline.js';
import { parseHclJson } from '../../parse/hcl/parse-hcl-json.js';
import { parseHcl, type BlockFilter, type Span } from '../../parse/hcl/parse-hcl.js';
import type { YamlDoc } from '../../parse/yaml-doc.js';
import { extractDocs, triggeredExtractors } from '../extract-file.js';
import type { Extractor, HclExtractor, HclHelpers } from '../types.js';
import { parseFile } from '../../parse/parse-file.js';
import { assignClusters } from './cluster-keys.js';
import { blocksOf, isVarFile, ModuleScope, type ModuleCall } from './module.js';
import { known } from './terraform-common.js';
import { byCode } from '../../model/code-order.js';

/** Terraform and OpenTofu configuration and variable files, in the native syntax or JSON. */
export const HCL_FILE = /\.(tf|tofu|tfvars)(\.json)?$/;
const VAR_FILE_SYNTAX = /\.tfvars(\.json)?$/;

interface Dir {
  files: { path: string; text: string }[];
  triggered: Set<HclExtractor>;
  /** Some file calls a module by a local path (`source = "./modules/eks"`). */
  calls: boolean;
}

/** A module call by a local path: `source = "./modules/eks"`, `"../.."` (the registry and Git forms are not). */
const LOCAL_CALL = /\bsource\s*=\s*"\.\.?(?:\/|")/;
const LOCAL_SOURCE = /\bsource\s*=\s*"(\.\.?(?:\/[^"$%]*)?)"/;
/** How many callers up a module's variables are followed (root → environment → cluster module → …). */
const CALL_DEPTH = 4;

/** The name YAML inside Terraform is matched under against extractors' `paths`. */
const EMBEDDED_YAML = 'embedded.yaml';

/** The extractors `yamlFacts` may run: those whose `paths` (if any) admit YAML inside Terraform. */
function embeddedYamlExtractors(extractors: readonly Extractor[]): Extractor[] {
  return extractors.filter((e) => !e.paths || e.paths.test(EMBEDDED_YAML));
}

/** Characters of YAML text a scan keeps parsed for reuse (parsedYaml), and of Terraform text outlined (outlineOf). */
const YAML_TEXTS_KEPT = 4 << 20;

/** A file an extractor reads blocks of, or one that holds what references resolve to. */
const DEFINES_VALUES = /^[ \t]*(variable|locals)\b|"(variable|locals)"\s*:/m;
/**
 * DEFINES_VALUES, tried only on a text holding one of its words: the pattern is tried at every offset of a
 * text it does not match (an `outputs.tf`, a `versions.tf`), where the two word searches are far cheaper.
 */
const definesValues = (text: string): boolean => (text.includes('variable') || text.includes('locals')) && DEFINES_VALUES.test(text);

/**
 * The per-directory pass for Terraform. The file loop hands every `.tf`, `.tofu` and `.tfvars` file's
 * text here (nothing is parsed then); after the loop, only directories where some file contains an HCL
 * extractor's trigger are parsed, all their files together, so `var.` and `local.` references resolve
 * across files. The parser itself loads on the first such directory (src/parse/hcl/load.ts).
 */
export class HclCollector {
  private readonly dirs = new Map<string, Dir>();
  /** Any extractor's trigger: one regular-expression pass rules out most files (docs/performance.md). */
  private readonly anyTrigger: RegExp;
  /**
   * Every trigger and kind word of the YAML extractors that read YAML inside Terraform: a text holding
   * none gives `yamlFacts` nothing to run (a kind counts only as the value of `kind:`, so this is a superset).
   */
  private readonly yamlWords: readonly string[];
  /** YAML texts parsed so far in this scan (heredocs), and how many characters they hold (bounded). */
  private readonly yamlTexts = new Map<string, readonly YamlDoc[]>();
  private yamlChars = 0;
  private readonly yamlTriggeredOf = new Map<string, readonly Extractor[]>();
  /** Terraform texts outlined so far in this scan, and how many characters they hold (bounded as the YAML). */
  private readonly outlined = new Map<string, OutlineItem[] | undefined>();
  private outlinedChars = 0;
  /**
   * A file's outline, found once per text: the local-call pass and the span selection (for the file's own
   * directory and as a caller) read the same file, and a monorepo's stacks often hold the same file
   * (a `variables.tf` copied into every stack: 10 texts for 400 stacks in the Terraform benchmark).
   */
  private readonly outlineOf = (f: { text: string }): OutlineItem[] | undefined => {
    if (this.outlined.has(f.text)) return this.outlined.get(f.text);
    const o = outline(f.text);
    if (this.outlinedChars + f.text.length <= YAML_TEXTS_KEPT) {
      this.outlined.set(f.text, o);
      this.outlinedChars += f.text.length;
    }
    return o;
  };

  constructor(
    private readonly extractors: readonly HclExtractor[],
    private readonly yamlExtractors: readonly Extractor[],
    /** Reads a file named by `file()` / `templatefile()` (the scan confines it to the scanned root). */
    private readonly readFile: (path: string) => { text: string } | { reason: string } = () => ({ reason: 'files named by file() are not read here' }),
    /** How notes name files (TextHelpers.showPath: under the front end's place base). */
    private readonly showPath: (path: string) => string = (p) => p,
  ) {
    this.anyTrigger = anyOf(extractors.flatMap((e) => e.triggers));
    this.yamlWords = [...new Set(embeddedYamlExtractors(yamlExtractors).flatMap((e) => [...e.triggers, ...(e.kinds ?? [])]))];
  }

  /**
   * A YAML text's documents, parsed once per scan: the same values or manifest heredoc copied into a hundred
   * stacks is one parse (the YAML parser's first runs are its slowest). At most 4 MiB of text is kept.
   */
  private parsedYaml(path: string, text: string): readonly YamlDoc[] {
    const known = this.yamlTexts.get(text);
    if (known) return known;
    const docs = parseFile(path, text).docs;
    if (this.yamlChars + text.length <= YAML_TEXTS_KEPT) {
      this.yamlTexts.set(text, docs);
      this.yamlChars += text.length;
    }
    return docs;
  }

  /**
   * The YAML extractors whose triggers a text of YAML inside Terraform holds, found once per text: the same
   * values or manifest heredoc in a hundred stacks is one search through every extractor's words. Kept while
   * its text is one `parsedYaml` keeps (the same texts, so no further bound is needed).
   */
  private yamlTriggered(text: string): readonly Extractor[] {
    const known = this.yamlTriggeredOf.get(text);
    if (known) return known;
    const found = triggeredExtractors(this.yamlExtractors, EMBEDDED_YAML, text);
    if (this.yamlTexts.has(text)) this.yamlTriggeredOf.set(text, found);
    return found;
  }

  add(path: string, text: string): void {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    let d = this.dirs.get(dir);
    if (!d) {
      d = { files: [], triggered: new Set(), calls: false };
      this.dirs.set(dir, d);
    }
    let triggers = false;
    // Only a file holding some trigger is searched for each extractor's (most Terraform files hold none).
    if (this.anyTrigger.test(text))
      for (const e of this.extractors) {
        if (e.paths.test(path) && e.triggers.some((t) => text.includes(t))) {
          d.triggered.add(e);
          triggers = true;
        }
      }
    // Kept for parsing: files with an extractor's blocks, and those defining variables or locals (outputs,
    // provider pins and other resources cannot change a fact). Of variable files only those Terraform loads
    // by itself: `prod.tfvars` is passed with -var-file, which the repository does not say.
    // A file calling a local module may pass the values a triggered module's variables resolve to.
    const calls = !VAR_FILE_SYNTAX.test(path) && (text.includes('"./') || text.includes('"../')) && LOCAL_CALL.test(text);
    if (calls) d.calls = true;
    if (VAR_FILE_SYNTAX.test(path) ? isVarFile(path) : triggers || calls || definesValues(text))
      d.files.push({ path, text: text.startsWith('\uFEFF') ? text.slice(1) : text });
  }

  /**
   * Which directories call which by a local path, from the outline of the calling files (`source` must be a
   * literal): target directory → the calling directories, one entry per call. Only targets with a trigger count.
   */
  private localCalls(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [dir, d] of this.dirs) {
      if (!d.calls) continue;
      for (const f of d.files) {
        if (VAR_FILE_SYNTAX.test(f.path) || !LOCAL_CALL.test(f.text)) continue;
        for (const it of this.outlineOf(f) ?? []) {
          if (it.kind !== 'block' || it.type !== 'module') continue;
          const source = LOCAL_SOURCE.exec(f.text.slice(it.start, it.end))?.[1];
          const target = source === undefined ? undefined : joinDir(dir, source);
          if (target === undefined || target === dir || !this.dirs.get(target)?.triggered.size) continue;
          out.set(target, [...(out.get(target) ?? []), dir]);
        }
      }
    }
    return out;
  }

  /**
   * The calls of `dir` in the repository, each with the scope of its caller (itself resolved through its callers).
   * A caller's scope is kept by depth: one made nearer the limit sees fewer of its own callers, so reusing it
   * for a shallower call would make a value depend on the order directories are read in. Its files are parsed once.
   */
  private async callsOf(dir: string, ctx: CallContext, depth = 0): Promise<ModuleCall[]> {
    const callers = ctx.callers.get(dir);
    if (!callers || depth >= CALL_DEPTH) return [];
    const out: ModuleCall[] = [];
    for (const caller of [...new Set(callers)]) {
      const key = `${depth}/${caller}`;
      let scope = ctx.scopes.get(key);
      if (!scope) {
        let parsed = ctx.parsed.get(caller);
        if (!parsed) ctx.parsed.set(caller, (parsed = await parseFiles(ctx.files.get(caller) ?? [], CALLER_BLOCKS, ['"./', '"../'], this.outlineOf)));
        scope = new ModuleScope({ dir: caller, files: parsed.files, varFiles: parsed.varFiles }, this.showPath, await this.callsOf(caller, ctx, depth + 1));
        ctx.scopes.set(key, scope);
      }
      const calling = blocksOf(scope.module, 'module').filter((b) => {
        const source = known(scope.attribute(b, 'source')?.r);
        return source !== undefined && /^\.\.?(\/|$)/.test(source) && joinDir(caller, source) === dir;
      });
      for (const b of calling) out.push({ scope, block: b, file: b.place.file });
      // A calling file the parser could not read: its arguments are unknown.
      if (calling.length === 0) out.push({ scope, block: undefined, file: caller === '' ? '.' : caller });
    }
    return out;
  }

  async extract(onError: (path: string, extractor: string, err: unknown) => void, skip: (s: SkippedFile) => void): Promise<{ facts: Fact[]; parsed: number }> {
    const facts: Fact[] = [];
    let parsed = 0;
    const callers = this.localCalls();
    // The calling directories' files, kept while the loop below lets each directory go once read.
    const callerFiles = new Map([...new Set([...callers.values()].flat())].map((dir) => [dir, [...this.dirs.get(dir)!.files]]));
    const ctx: CallContext = { callers, files: callerFiles, scopes: new Map(), parsed: new Map() };
    for (const dir of [...this.dirs.keys()].sort()) {
      const d = this.dirs.get(dir)!;
      if (d.triggered.size === 0) continue;
      const files: HclFile[] = [];
      const varFiles: HclFile[] = [];
      const wanted = blockFilter([...d.triggered]);
      const sorted = d.files.sort((a, b) => byCode(a.path, b.path));
      const spans = neededSpans(
        sorted,
        wanted,
        [...d.triggered].flatMap((e) => e.triggers),
        this.outlineOf,
      );
      for (const [i, f] of sorted.entries()) {
        const r = f.path.endsWith('.json') ? await parseHclJson(f.path, f.text) : await parseHcl(f.path, f.text, wanted, spans[i]);
        if ('skipped' in r) {
          skip(r.skipped);
          continue;
        }
        parsed++;
        (VAR_FILE_SYNTAX.test(f.path) ? varFiles : files).push(r.file);
      }
      const scope = new ModuleScope({ dir, files, varFiles }, this.showPath, await this.callsOf(dir, ctx));
      // Files named by file(), and where: their facts follow the naming block's cluster.
      const readBy = new Map<string, Place[]>();
      const where = files[0]?.path ?? dir;
      const helpers: HclHelpers = {
        yamlWanted: (text) => this.yamlWords.some((w) => text.includes(w)),
        parseYaml: (path, text) => this.parsedYaml(path, text),
        yamlFacts: (docs: readonly YamlDoc[]) =>
          extractDocs(
            docs.flatMap((doc) => this.yamlTriggered(doc.text)).filter((e, i, all) => all.indexOf(e) === i),
            docs,
            (id, err) => onError(docs[0]?.file ?? where, id, err),
          ),
        readText: (path: string, by: Place) => {
          readBy.set(path, [...(readBy.get(path) ?? []), by]);
          return this.readFile(path);
        },
      };
      const own: Fact[] = [];
      for (const e of [...d.triggered].sort((a, b) => byCode(a.id, b.id))) {
        try {
          own.push(...e.extract(scope, helpers));
        } catch (err) {
          onError(where, e.id, err);
        }
      }
      assignClusters(scope.module, own, readBy);
      facts.push(...own);
      this.dirs.delete(dir);
    }
    this.yamlTexts.clear();
    this.yamlTriggeredOf.clear();
    this.outlined.clear();
    return { facts, parsed };
  }
}

/**
 * A pattern matching any of the words, escaped: V8 runs it in one pass over the text, several times faster
 * than one `includes` per word on the 1.1 MiB of the Terraform benchmark. Never matches when there is none.
 */
export function anyOf(words: readonly string[]): RegExp {
  return words.length === 0 ? /(?!)/ : new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

/** Blocks the scope always needs (what `var.` and `local.` resolve to), and those the extractors declare. */
function blockFilter(extractors: readonly HclExtractor[]): BlockFilter {
  const patterns = ['variable', 'locals', ...extractors.flatMap((e) => e.blocks)].map((p) => {
    const dot = p.indexOf('.');
    return dot < 0 ? { type: p, label: undefined } : { type: p.slice(0, dot), label: p.slice(dot + 1) };
  });
  return (type, labels) => patterns.some((p) => p.type === type && (p.label === undefined || (labels[0] ?? '').startsWith(p.label)));
}

const VAR_REF = /\bvar\.([A-Za-z_][\w-]*)/g;
const LOCAL_REF = /\blocal\.[A-Za-z_]/;

/**
 * The spans of each file to parse: the blocks the extractors read (of `module` calls only those whose text
 * holds a trigger: Terraform requires a module's `source` to be a literal string), and what those refer to, followed to
 * the end (`var.x` → `variable "x"` and its `.tfvars` entries; `local.y` → the `locals` blocks, which
 * may refer further). References are found in the text, so one in a comment or string only keeps a little
 * more than needed. A file the outline cannot read is parsed whole (undefined); an empty list means
 * nothing in the file is needed.
 */
function neededSpans(
  files: readonly { path: string; text: string }[],
  wanted: BlockFilter,
  triggers: readonly string[],
  outlineOf: (f: { text: string }) => OutlineItem[] | undefined,
): (Span[] | undefined)[] {
  const outlines = files.map(outlineOf);
  // Per file, a mark per outline item (an outline is shared by files of the same text, so not the items
  // themselves); indexed loops, as this runs once per directory in V8's first tiers (docs/performance.md).
  const keep = outlines.map((o) => new Uint8Array(o?.length ?? 0));
  const varFiles = files.map((f) => isVarFile(f.path));
  const vars = new Set<string>();
  let locals = false;
  const note = (text: string) => {
    for (const m of text.matchAll(VAR_REF)) vars.add(m[1]!);
    if (LOCAL_REF.test(text)) locals = true;
  };
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    const o = outlines[i];
    if (!o) note(f.text);
    else if (!varFiles[i])
      for (let j = 0; j < o.length; j++) {
        const it = o[j]!;
        if (
          it.kind === 'block' &&
          it.type !== 'variable' &&
          it.type !== 'locals' &&
          wanted(it.type, it.labels) &&
          (it.type !== 'module' || triggers.some((t) => f.text.slice(it.start, it.end).includes(t)))
        )
          keep[i]![j] = 1;
      }
  }
  for (let i = 0; i < files.length; i++) {
    const o = outlines[i];
    if (o) for (let j = 0; j < o.length; j++) if (keep[i]![j]) note(files[i]!.text.slice(o[j]!.start, o[j]!.end));
  }
  // Follow references until nothing new is kept (a local may name a variable or another local).
  for (let grew = true; grew;) {
    grew = false;
    for (let i = 0; i < files.length; i++) {
      const o = outlines[i];
      if (!o) continue;
      const varFile = varFiles[i];
      const k = keep[i]!;
      for (let j = 0; j < o.length; j++) {
        if (k[j]) continue;
        const it = o[j]!;
        const needed = varFile
          ? it.kind === 'attribute' && vars.has(it.name)
          : it.kind === 'block' && ((it.type === 'variable' && vars.has(it.labels[0] ?? '')) || (it.type === 'locals' && locals));
        if (!needed) continue;
        k[j] = 1;
        note(files[i]!.text.slice(it.start, it.end));
        grew = true;
      }
    }
  }
  return outlines.map((o, i) => (o ? o.filter((_, j) => keep[i]![j] === 1).map(({ start, end }) => ({ start, end })) : undefined));
}

interface CallContext {
  callers: Map<string, string[]>;
  files: Map<string, { path: string; text: string }[]>;
  /** A calling directory's scope by the depth it was made at and the directory (`2/envs/prod`). */
  scopes: Map<string, ModuleScope>;
  /** A calling directory's files, parsed for its module calls. */
  parsed: Map<string, { files: HclFile[]; varFiles: HclFile[] }>;
}

/** What a calling directory is read for: its module calls and what their arguments refer to. */
const CALLER_BLOCKS: BlockFilter = (type) => type === 'module' || type === 'variable' || type === 'locals';

/** A calling directory's files, parsed for its module calls; a file that does not parse is left out (its own pass reports it). */
async function parseFiles(
  files: readonly { path: string; text: string }[],
  wanted: BlockFilter,
  triggers: readonly string[],
  outlineOf: (f: { text: string }) => OutlineItem[] | undefined,
): Promise<{ files: HclFile[]; varFiles: HclFile[] }> {
  const sorted = [...files].sort((a, b) => byCode(a.path, b.path));
  const spans = neededSpans(sorted, wanted, triggers, outlineOf);
  const out: HclFile[] = [];
  const varFiles: HclFile[] = [];
  for (const [i, f] of sorted.entries()) {
    const r = f.path.endsWith('.json') ? await parseHclJson(f.path, f.text) : await parseHcl(f.path, f.text, wanted, spans[i]);
    if ('skipped' in r) continue;
    (VAR_FILE_SYNTAX.test(f.path) ? varFiles : out).push(r.file);
  }
  return { files: out, varFiles };
}

/** A module source path from a directory: `./modules/eks` from `envs/prod` → `envs/prod/modules/eks`; undefined above the root. */
function joinDir(dir: string, source: string): string | undefined {
  const parts = dir === '' ? [] : dir.split('/');
  for (const p of source.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join('/');
}
