import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const SHA = /^[0-9a-f]{40}$/i;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * The commit checked out in the workspace, read from `.git` files (no git process: repository content
 * is never executed). Undefined when it cannot be told; the caller then assumes GITHUB_SHA.
 */
export function readGitHead(workspace: string): string | undefined {
  let gitDir = resolve(workspace, '.git');
  try {
    if (statSync(gitDir).isFile()) {
      const m = read(gitDir)?.match(/^gitdir:\s*(.+)$/m);
      if (!m?.[1]) return undefined;
      gitDir = resolve(workspace, m[1].trim());
    }
  } catch {
    return undefined;
  }
  const head = read(resolve(gitDir, 'HEAD'));
  if (!head) return undefined;
  if (SHA.test(head)) return head.toLowerCase();
  const ref = head.match(/^ref:\s*(refs\/[^\s]+)$/)?.[1];
  if (!ref || ref.includes('..')) return undefined;
  const common = read(resolve(gitDir, 'commondir'));
  const dirs = [gitDir, ...(common ? [resolve(gitDir, common)] : [])];
  for (const d of dirs) {
    const loose = read(resolve(d, ref));
    if (loose && SHA.test(loose)) return loose.toLowerCase();
    const packed = read(resolve(d, 'packed-refs'))
      ?.split('\n')
      .find((l) => l.endsWith(` ${ref}`));
    const sha = packed?.split(' ')[0];
    if (sha && SHA.test(sha)) return sha.toLowerCase();
  }
  return undefined;
}
