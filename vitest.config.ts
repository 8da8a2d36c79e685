import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { KNOWLEDGE_ID, knowledgeFiles, knowledgeModuleSource, VALIDATORS_ID, validatorsModuleSource } from './scripts/knowledge-source.mjs';
import { splitTests } from './test/projects.js';

const root = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
const { unit, e2e } = splitTests(root);

const knowledge = {
  name: 'netcompat-knowledge',
  resolveId: (id: string) => (id === KNOWLEDGE_ID || id === VALIDATORS_ID ? `\0${id}` : undefined),
  load(this: { addWatchFile(f: string): void }, id: string) {
    if (id !== `\0${KNOWLEDGE_ID}` && id !== `\0${VALIDATORS_ID}`) return undefined;
    for (const f of knowledgeFiles(root) as string[]) this.addWatchFile(f);
    // Rules and data parsed and validated (knowledge), ajv standalone validators (validators): as in the bundle.
    return (id === `\0${KNOWLEDGE_ID}` ? knowledgeModuleSource(root) : validatorsModuleSource(root)) as string;
  },
};

/**
 * Two projects: `unit` (in-process, worker threads; `npm run test:unit` is the fast loop) and `e2e`
 * (spawns the bundle, built first by its own setup). `npm test` runs both.
 */
export default defineConfig({
  plugins: [knowledge],
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        plugins: [knowledge],
        // Not isolated: the files share one module graph per worker (importing the sources again for each of
        // ~140 files cost more than the tests), and both cores run files (measured: 72 s → 23 s on 2 cores).
        // `npm test` runs the unit group first, then e2e (vitest needs the groups apart to size them apart).
        test: { name: 'unit', include: unit, pool: 'threads', isolate: false, maxWorkers: '100%', sequence: { groupOrder: 0 }, testTimeout: 60_000 },
      },
      {
        plugins: [knowledge],
        test: {
          name: 'e2e',
          include: e2e,
          pool: 'forks',
          sequence: { groupOrder: 1 },
          globalSetup: ['test/build-bundle.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
