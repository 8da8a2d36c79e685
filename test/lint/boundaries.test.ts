import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** Lints a made-up source file as if it stood at `path`, returning the boundary rule's messages. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import-boundary lint rule encodes the pipeline order', () => {
  it('fails a deliberate backward import: parse importing the report stage', async () => {
    const errors = await boundaryErrors('src/parse/bad-import.ts', "import { textReport } from '../report/text.js';\nexport const x = textReport;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('parse must not import a later stage');
  });

  it.each([
    ['src/model/x.ts', '../knowledge/rules.js'],
    ['src/extract/x.ts', '../context/group.js'],
    ['src/context/x.ts', '../evaluate/evaluate.js'],
    ['src/evaluate/x.ts', '../policy/verdict.js'],
    ['src/policy/x.ts', '../inputs/config.js'],
    ['src/report/x.ts', '../inputs/options.js'],
    ['src/report/x.ts', '../action/run.js'],
    ['src/inputs/x.ts', '../cli/main.js'],
    ['src/cli/x.ts', '../action/run.js'],
    ['src/action/x.ts', '../cli/main.js'],
    ['src/report/x.ts', '@actions/core'],
    ['src/report/x.ts', '@octokit/plugin-rest-endpoint-methods'],
    ['src/extract/x.ts', '../scan-options.js'],
  ])('refuses %s importing %s', async (path, target) => {
    expect(await boundaryErrors(path, `import * as m from '${target}';\nexport const x = m;\n`)).toHaveLength(1);
  });

  it.each([
    ['src/report/x.ts', '../policy/verdict.js'],
    ['src/evaluate/x.ts', '../context/types.js'],
    ['src/extract/x.ts', '../knowledge/kernel.js'],
    ['src/cli/x.ts', '../report/text.js'],
    ['src/action/x.ts', '../inputs/options.js'],
    ['src/action/x.ts', '@actions/core'],
    ['src/extract/x.ts', '../discover/discover.js'],
    ['src/policy/x.ts', '../context/conflicts.js'],
  ])('allows %s importing the earlier %s', async (path, target) => {
    expect(await boundaryErrors(path, `import * as m from '${target}';\nexport const x = m;\n`)).toEqual([]);
  });

  it('refuses a cast to never in src/', async () => {
    const [result] = await eslint.lintText('export const x = 1 as never;\n', { filePath: `${ROOT}src/action/bad-cast.ts` });
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
});
