import { describe, expect, it } from 'vitest';
import { namedFiles } from '../../src/extract/text-fact.js';

describe('namedFiles: the repository files a path written in a script may be', () => {
  it('relative to the repository root or to the script’s folder; a leading variable stands for either', () => {
    expect(namedFiles('hack/e2e.sh', 'hack/kind.yaml')).toEqual(['hack/kind.yaml', 'hack/hack/kind.yaml']);
    expect(namedFiles('hack/e2e.sh', './kind.yaml')).toEqual(['kind.yaml', 'hack/kind.yaml']);
    expect(namedFiles('Makefile', 'hack/kind.yaml')).toEqual(['hack/kind.yaml']);
    expect(namedFiles('hack/e2e.sh', '"${REPO_ROOT}/hack/kind.yaml"')).toEqual(['hack/kind.yaml', 'hack/hack/kind.yaml']);
    expect(namedFiles('hack/e2e.sh', '$(dirname "$0")/kind.yaml')).toEqual(['kind.yaml', 'hack/kind.yaml']);
    expect(namedFiles('.github/workflows/e2e.yaml', '${{ github.workspace }}/hack/kind.yaml')).toEqual(['hack/kind.yaml', '.github/workflows/hack/kind.yaml']);
  });

  it('standard input is the script itself; a path outside the root, absolute or still holding a variable is none', () => {
    expect(namedFiles('hack/e2e.sh', '-')).toEqual(['hack/e2e.sh']);
    expect(namedFiles('hack/e2e.sh', '../kind.yaml')).toEqual(['kind.yaml']);
    expect(namedFiles('e2e.sh', '../kind.yaml')).toEqual([]);
    expect(namedFiles('hack/e2e.sh', '/etc/kind.yaml')).toEqual([]);
    expect(namedFiles('hack/e2e.sh', '${CONFIG}')).toEqual([]);
    expect(namedFiles('hack/e2e.sh', 'configs/${NAME}.yaml')).toEqual([]);
  });
});
