import { existsSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { SkippedFile, SourceFile } from '../model/source.js';
import { compileExclude, compileInclude, type ExcludeTest, type IncludeTest } from './patterns.js';

/**
 * YAML and JSON, templates of them (`*.tpl`, `*.template`, Jinja `*.yaml.j2`, and a kubeadm config template named
 * without `.yaml`: `kubeadm-config.j2`, `kubeadm.conf.j2`; Terraform `*.yaml.tftpl`), Ansible INI inventories (kubeasz, Kubespray `hosts`), and the text files
 * installer settings live in (install scripts, Makefiles, Vagrantfiles, `.env`, `.gitmodules`, asdf's `.tool-versions`, kubeasz
 * `ezdown`, systemd unit templates), and Terraform / OpenTofu. Every text shape here is claimed by a text or HCL
 * extractor's `paths`. Entries of the form `**\/NAME` are matched on the base name alone (fast).
 */
export const DEFAULT_INCLUDE = [
  '**/*.yaml',
  '**/*.yml',
  '**/*.json',
  '**/*.yaml.j2',
  '**/*.yml.j2',
  '**/kubeadm*.j2',
  '**/*.yaml.tftpl',
  '**/*.yml.tftpl',
  '**/*.tpl',
  '**/*.template',
  '**/hosts',
  '**/hosts.*',
  '**/inventory',
  '**/*.ini',
  '**/*.sh',
  '**/*.bash',
  '**/*.sh.tftpl',
  '**/*.bash.tftpl',
  '**/*.mk',
  '**/Makefile',
  '**/GNUmakefile',
  '**/Vagrantfile',
  '**/Jenkinsfile',
  '**/downloads*.txt',
  '**/.env',
  '**/*.env',
  '**/.gitmodules',
  '**/.tool-versions',
  '**/ezdown',
  '**/*.service',
  '**/*.service.j2',
  '**/*.tf',
  '**/*.tofu',
  '**/*.tfvars',
] as const;
/**
 * Never scanned: dependencies, git internals, Terraform's module cache (`.terraform/`, what `terraform init`
 * downloads: other people's modules, not this repository's clusters), and netcompat's own settings files.
 */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.terraform/**', '.netcompat.yaml', '.netcompat-baseline.json'] as const;
/** Larger files are skipped unread: no cluster config is this big, and the 1.75 MB operator manifest fits. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export interface DiscoverOptions {
  root: string;
  include?: readonly string[];
  exclude?: readonly string[];
  maxBytes?: number;
  /**
   * Several paths scanned as one tree (`scan a b c`): POSIX paths relative to root, folders or files;
   * only what lies in one of them is listed. Absent or empty: the whole root.
   */
  within?: readonly string[];
}

/** A folder to walk into: inside one of the paths, or above one of them. */
function wantedDir(within: readonly string[], path: string): boolean {
  return within.length === 0 || within.some((w) => w === '' || path === w || path.startsWith(`${w}/`) || w.startsWith(`${path}/`));
}

/** A file inside one of the paths (or one of them itself). */
function wantedFile(within: readonly string[], path: string): boolean {
  return within.length === 0 || within.some((w) => w === '' || path === w || path.startsWith(`${w}/`));
}

export type Discovered = { file: SourceFile } | { skipped: SkippedFile };

export function toRepoPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/** One folder's entries in the order sorting the full paths gives: a folder sorts as `name/`. */
function sortedEntries(abs: string): Dirent[] {
  let list: Dirent[];
  try {
    list = readdirSync(abs, { withFileTypes: true });
  } catch {
    return []; // a folder that vanished or cannot be listed holds nothing to read
  }
  if (list.length > 1) list.sort(byFullPath);
  return list;
}

/** Code-unit order of `name` (files) and `name/` (folders), without building either string. */
function byFullPath(a: Dirent, b: Dirent): number {
  const x = a.name;
  const y = b.name;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i);
    if (d !== 0) return d;
  }
  const cx = x.length > n ? x.charCodeAt(n) : a.isDirectory() ? 0x2f : -1;
  const cy = y.length > n ? y.charCodeAt(n) : b.isDirectory() ? 0x2f : -1;
  return cx - cy;
}

/** Backup and editor copies, as a file or a folder: `k8s-01.bak/`, `hosts.orig`, `config.yml~`, `.x.swp`. */
const COPY_SEGMENT = /(\.(?:bak|orig|swp|swo)|~)$/i;
/**
 * `prod-backup/` is a copy of `prod/` beside it; without that original it is a folder of its own, such as a GitOps
 * app that backs etcd up (`etcd-backup/`, `talos-etcd-backup/`), and is read.
 */
const BACKUP_SUFFIX = /-backup$/i;

/** Whether an entry named `name` is a backup copy, given whether a sibling of another name exists. */
function isBackupName(name: string, hasSibling: (sibling: string) => boolean): boolean {
  if (COPY_SEGMENT.test(name)) return true;
  const stem = name.replace(BACKUP_SUFFIX, '');
  return stem !== name && stem !== '' && hasSibling(stem);
}

/**
 * The first path segment that marks a backup or editor copy, if any. `exists` says whether a path (relative, as
 * given) exists, for a `-backup` copy's original; without it every `-backup` segment counts.
 */
export function backupSegment(path: string, exists?: (path: string) => boolean): string | undefined {
  const parts = path.split('/');
  return parts.find((s, i) => isBackupName(s, (stem) => !exists || exists([...parts.slice(0, i), stem].join('/'))));
}

/** Where the walk may hand what is left of it to another thread (src/extract/file-phase.ts). */
export interface Split {
  /** Folders listed before the walk first offers the rest (and again after each folder, until settled). */
  afterDirs: number;
  /**
   * Called with what is left of the walk (built when asked for): true when another thread goes on with it
   * from there (Walker.resume), after which this walk ends; false when none will; undefined when none can
   * yet, and it is asked again after the next folder.
   */
  handOff(rest: () => WalkRest): boolean | undefined;
}

/** What a walk needs of a folder entry: a `Dirent`, or one rebuilt on another thread. */
interface Entry {
  readonly name: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

const DIR = 1;
const FILE = 2;
const LINK = 4;

/** A folder entry sent to another thread: its name and kind (DIR, FILE, LINK or none of them). */
class SentEntry implements Entry {
  constructor(
    readonly name: string,
    private readonly kind: number,
  ) {}
  isDirectory(): boolean {
    return this.kind === DIR;
  }
  isFile(): boolean {
    return this.kind === FILE;
  }
  isSymbolicLink(): boolean {
    return this.kind === LINK;
  }
}

/**
 * What is left of a walk, as plain data another thread can take: each open folder from the outermost, with
 * the entries the walk has not reached yet (already sorted, as listed).
 */
export type WalkRest = { rel: string; backup: boolean; names: string[]; kinds: number[] }[];

/**
 * Lists candidate files under root in sorted order, one folder at a time, without reading or stat-ing
 * them (the reader checks the size). The walk never leaves the root: symbolic links, to files and to
 * folders alike, are never followed; one that include patterns select is reported (outside the
 * workspace) or skipped quietly (inside: its target is scanned under its own name). Include patterns
 * are matched against paths inside the root, so `../x` or an absolute path elsewhere selects nothing.
 */
export function* discover(opts: DiscoverOptions): Generator<Discovered> {
  yield* new Walker(opts).subtree('');
}

interface Level {
  rel: string;
  entries: readonly Entry[];
  next: number;
  /** Whether `rel` has a backup segment: then so does every path below it. */
  backup: boolean;
}

/** The walk's compiled rules; one per thread, so a folder walked by either thread lists the same files. */
export class Walker {
  private readonly root: string;
  private readonly include: IncludeTest;
  private readonly exclude: ExcludeTest;
  private readonly within: readonly string[];
  private realRoot: string | undefined;
  /** Whether a root-relative path exists (a `-backup` copy's original). */
  private readonly exists = (path: string): boolean => existsSync(`${this.root}/${path}`);

  constructor(opts: DiscoverOptions) {
    this.root = resolve(opts.root);
    this.include = compileInclude(opts.include ?? DEFAULT_INCLUDE, this.root);
    this.exclude = compileExclude([...(opts.exclude ?? []), ...DEFAULT_EXCLUDE]);
    this.within = opts.within ?? [];
  }

  /** The file at a root-relative path, as the walk gives it. */
  sourceFile(path: string): SourceFile {
    return { path, abs: `${this.root}/${path}` };
  }

  /** Everything under `rel` ('' for the root), which the caller has already found wanted and not excluded. */
  *subtree(rel: string): Generator<Discovered> {
    yield* this.walk(rel);
  }

  /**
   * The walk from `rel`; with `split`, once it has listed `split.afterDirs` folders, what is left may be
   * handed to another thread (`handOff`).
   */
  *walk(rel: string, split?: Split): Generator<Discovered> {
    // Depth-first with an explicit stack: deep trees cannot overflow the call stack.
    const root = this.root;
    yield* this.run(
      [{ rel, entries: sortedEntries(rel === '' ? root : `${root}/${rel}`), next: 0, backup: backupSegment(rel, this.exists) !== undefined }],
      split,
    );
  }

  /** The rest of a walk another thread handed off, from where it stopped (in the same order). */
  *resume(rest: WalkRest): Generator<Discovered> {
    const stack: Level[] = rest.map(({ rel, backup, names, kinds }) => ({ rel, backup, next: 0, entries: names.map((n, k) => new SentEntry(n, kinds[k]!)) }));
    yield* this.run(stack);
  }

  private *run(stack: Level[], split?: Split): Generator<Discovered> {
    const { root, within, exclude } = this;
    let listed = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const entry = top.entries[top.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const name = entry.name;
      const path = top.rel === '' ? name : `${top.rel}/${name}`;
      // The name alone is tested per entry; the path's segments are looked at only when one is a backup.
      const backup = top.backup || isBackupName(name, (stem) => top.entries.some((e) => e.name === stem));
      if (entry.isDirectory()) {
        if (!wantedDir(within, path) || exclude.dir(path, name)) continue;
        stack.push({ rel: path, entries: sortedEntries(`${root}/${path}`), next: 0, backup });
        if (split && ++listed >= split.afterDirs) {
          const taken = split.handOff(() => rest(stack));
          if (taken) return;
          if (taken === false) split = undefined;
        }
        continue;
      }
      const file = this.file(entry, path, backup);
      if (file) yield file;
    }
  }

  private file(entry: Entry, path: string, inBackup: boolean): Discovered | undefined {
    const isLink = entry.isSymbolicLink();
    if (!(isLink || entry.isFile()) || !wantedFile(this.within, path) || !this.include(path, entry.name) || this.exclude.file(path)) return undefined;
    const abs = `${this.root}/${path}`;
    const backup = inBackup ? backupSegment(path, this.exists) : undefined;
    if (backup) {
      return {
        skipped: {
          path,
          reason: 'backup',
          detail: `${backup} is a backup or editor copy: not read, so it cannot double the findings of what it copies (rename it to scan it)`,
        },
      };
    }
    if (isLink) {
      this.realRoot ??= realpathSync(this.root);
      return { skipped: symlinkSkip(path, abs, this.realRoot) };
    }
    return { file: { path, abs } };
  }
}

/** The entries a walk's open folders have left, outermost first. */
function rest(stack: readonly Level[]): WalkRest {
  return stack.map(({ rel, backup, entries, next }) => {
    const left = entries.slice(next);
    return { rel, backup, names: left.map((e) => e.name), kinds: left.map((e) => (e.isDirectory() ? DIR : e.isFile() ? FILE : e.isSymbolicLink() ? LINK : 0)) };
  });
}

function symlinkSkip(path: string, abs: string, realRoot: string): SkippedFile {
  let target: string | undefined;
  try {
    target = realpathSync(abs);
  } catch {
    target = undefined;
  }
  const inside = target !== undefined && (target === realRoot || target.startsWith(realRoot + sep));
  return inside
    ? { path, reason: 'symlink', detail: 'symbolic link inside the workspace; its target is scanned on its own', quiet: true }
    : { path, reason: 'symlink-outside', detail: 'symbolic link to a path outside the workspace: not followed' };
}
