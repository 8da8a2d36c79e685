import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { SkippedFile, SourceFile } from '../model/source.js';
import { compileExclude, compileInclude } from './patterns.js';

/**
 * YAML and JSON, templates of them, Ansible INI inventories (kubeasz, Kubespray `hosts`), and the text files
 * installer settings live in (install scripts, Makefiles, Vagrantfiles, `.env`, `.gitmodules`, kubeasz
 * `ezdown`, systemd unit templates), and Terraform / OpenTofu. Every text shape here is claimed by a text or HCL
 * extractor's `paths`. Entries of the form `**\/NAME` are matched on the base name alone (fast).
 */
export const DEFAULT_INCLUDE = [
  '**/*.yaml',
  '**/*.yml',
  '**/*.json',
  '**/*.tpl',
  '**/*.template',
  '**/hosts',
  '**/hosts.*',
  '**/inventory',
  '**/*.ini',
  '**/*.sh',
  '**/*.bash',
  '**/*.mk',
  '**/Makefile',
  '**/GNUmakefile',
  '**/Vagrantfile',
  '**/Jenkinsfile',
  '**/.env',
  '**/*.env',
  '**/.gitmodules',
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

/** Backup and editor copies, as a file or a folder: `k8s-01.bak/`, `hosts.orig`, `config.yml~`, `.x.swp`, `prod-backup/`. */
const BACKUP_SEGMENT = /(\.(?:bak|orig|swp|swo)|~|-backup)$/i;

/** The first path segment that marks a backup or editor copy, if any. */
export function backupSegment(path: string): string | undefined {
  return path.split('/').find((s) => BACKUP_SEGMENT.test(s));
}

/**
 * Lists candidate files under root in sorted order, one folder at a time, without reading or stat-ing
 * them (the reader checks the size). The walk never leaves the root: symbolic links, to files and to
 * folders alike, are never followed; one that include patterns select is reported (outside the
 * workspace) or skipped quietly (inside: its target is scanned under its own name). Include patterns
 * are matched against paths inside the root, so `../x` or an absolute path elsewhere selects nothing.
 */
export function* discover(opts: DiscoverOptions): Generator<Discovered> {
  const root = resolve(opts.root);
  const include = compileInclude(opts.include ?? DEFAULT_INCLUDE, root);
  const exclude = compileExclude([...(opts.exclude ?? []), ...DEFAULT_EXCLUDE]);
  const within = opts.within ?? [];
  let realRoot: string | undefined;
  // Depth-first with an explicit stack: deep trees cannot overflow the call stack.
  const stack: { rel: string; entries: Dirent[]; next: number }[] = [{ rel: '', entries: sortedEntries(root), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const entry = top.entries[top.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    const name = entry.name;
    const path = top.rel === '' ? name : `${top.rel}/${name}`;
    if (entry.isDirectory()) {
      if (wantedDir(within, path) && !exclude.dir(path, name)) stack.push({ rel: path, entries: sortedEntries(`${root}/${path}`), next: 0 });
      continue;
    }
    const isLink = entry.isSymbolicLink();
    if (!(isLink || entry.isFile()) || !wantedFile(within, path) || !include(path, name) || exclude.file(path)) continue;
    const abs = `${root}/${path}`;
    const backup = backupSegment(path);
    if (backup) {
      yield {
        skipped: {
          path,
          reason: 'backup',
          detail: `${backup} is a backup or editor copy: not read, so it cannot double the findings of what it copies (rename it to scan it)`,
        },
      };
      continue;
    }
    if (isLink) {
      realRoot ??= realpathSync(root);
      yield { skipped: symlinkSkip(path, abs, realRoot) };
      continue;
    }
    yield { file: { path, abs } };
  }
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
