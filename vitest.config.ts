import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { KNOWLEDGE_ID, knowledgeFiles, knowledgeModuleSource } from './scripts/knowledge-source.mjs';

const root = new URL('.', import.meta.url).pathname.replace(/\/$/, '');

export default defineConfig({
  plugins: [
    {
      name: 'netcompat-knowledge',
      resolveId: (id: string) => (id === KNOWLEDGE_ID ? `\0${KNOWLEDGE_ID}` : undefined),
      load(id: string) {
        if (id !== `\0${KNOWLEDGE_ID}`) return undefined;
        for (const f of knowledgeFiles(root) as string[]) this.addWatchFile(f);
        return knowledgeModuleSource(root) as string;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
