import { lstat, realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { globIterate } from 'glob';
import type { SkippedFile, SourceFile } from '../model/source.js';

/**
 * YAML and JSON, templates of them, Ansible INI inventories (kubeasz, Kubespray `hosts`), and the text files
 * installer settings live in (install scripts, Makefiles, Vagrantfiles, `.env`, `.gitmodules`, kubeasz
 * `ezdown`, systemd unit templates), and Terraform / OpenTofu. Every text shape here is claimed by a text or HCL
 * extractor's `paths`.
 */
export const DEFAULT_INCLUDE = [
  '**/*.yaml', '**/*.yml', '**/*.json', '**/*.tpl', '**/*.template', '**/hosts', '**/hosts.*', '**/inventory', '**/*.ini',
  '**/*.sh', '**/*.bash', '**/*.mk', '**/Makefile', '**/GNUmakefile', '**/Vagrantfile', '**/Jenkinsfile', '**/.env', '**/*.env',
  '**/.gitmodules', '**/ezdown', '**/*.service', '**/*.service.j2', '**/*.tf', '**/*.tofu', '**/*.tfvars',
] as const;
/** Never scanned: dependencies, git internals, and netcompat's own settings files. */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '.netcompat.yaml', '.netcompat-baseline.json'] as const;
/** Larger files are skipped unread: no cluster config is this big, and the 1.75 MB operator manifest fits. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export interface DiscoverOptions {
  root: string;
  include?: readonly string[];
  exclude?: readonly string[];
  maxBytes?: number;
}

export type Discovered = { file: SourceFile } | { skipped: SkippedFile };

export function toRepoPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/**
 * Lists candidate files under root, in sorted order, without reading them. Symbolic links are never
 * followed: one pointing outside the workspace is reported, one inside is skipped quietly (its target
 * is scanned under its own name).
 */
export async function* discover(opts: DiscoverOptions): AsyncGenerator<Discovered> {
  const root = resolve(opts.root);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const paths: string[] = [];
  for await (const p of globIterate([...(opts.include ?? DEFAULT_INCLUDE)], {
    cwd: root,
    nodir: true,
    follow: false,
    // Dot folders hold real configs too (Carvel `.imgpkg/images.yml`); `.git` is excluded below.
    dot: true,
    absolute: true,
    ignore: [...(opts.exclude ?? []), ...DEFAULT_EXCLUDE],
  })) {
    paths.push(p);
  }
  paths.sort();
  const realRoot = await realpath(root);
  for (const abs of paths) {
    const path = toRepoPath(root, abs);
    let st;
    try {
      st = await lstat(abs);
    } catch (e) {
      yield { skipped: { path, reason: 'unreadable', detail: (e as Error).message } };
      continue;
    }
    if (st.isSymbolicLink()) {
      let target: string | undefined;
      try {
        target = await realpath(abs);
      } catch {
        target = undefined;
      }
      const inside = target !== undefined && (target === realRoot || target.startsWith(realRoot + sep));
      yield {
        skipped: inside
          ? { path, reason: 'symlink', detail: 'symbolic link inside the workspace; its target is scanned on its own', quiet: true }
          : { path, reason: 'symlink-outside', detail: 'symbolic link to a path outside the workspace: not followed' },
      };
      continue;
    }
    if (!st.isFile()) continue;
    if (st.size > maxBytes) {
      yield { skipped: { path, reason: 'too-large', detail: `${st.size} bytes is over the ${maxBytes}-byte limit` } };
      continue;
    }
    yield { file: { path, abs, size: st.size } };
  }
}
