import type { Place } from '../model/place.js';
import { encodePath } from '../report/markdown.js';
import type { RunnerEnv } from './runner-env.js';

/** Blob links at the scanned commit, so a summary row opens the exact lines; none without a repository. */
export function blobLinker(runner: RunnerEnv, sha: string): ((p: Place) => string) | undefined {
  if (!runner.owner || !runner.repo || !/^[0-9a-f]{40}$/i.test(sha)) return undefined;
  const base = `${runner.serverUrl}/${encodeURIComponent(runner.owner)}/${encodeURIComponent(runner.repo)}/blob/${sha}/`;
  return (p) => {
    const end = p.endLine && p.endLine !== p.line ? `-L${p.endLine}` : '';
    return `${base}${encodePath(p.file)}#L${p.line}${end}`;
  };
}
