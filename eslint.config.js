// Lint: ESLint's and typescript-eslint's recommended rules, plus the pipeline's import boundaries: a stage
// imports only the stages before it (docs/ARCHITECTURE.md), so the one-way pipeline is enforced, not hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The pipeline, in order. A stage may import itself and the stages before it, nothing after. */
export const STAGES = ['model', 'knowledge', 'discover', 'parse', 'extract', 'context', 'evaluate', 'policy', 'report'];
/** Outside the pipeline: settings (used by the front ends) and the two front ends. */
const FRONT = ['inputs', 'cli', 'action'];

function boundary(stage, index) {
  const later = [...STAGES.slice(index + 1), ...FRONT];
  return {
    files: [`src/${stage}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...later.map((s) => `../${s}/*`), '../scan.js', '../scan-options.js', '../index.js', '../cli.js'],
              message: `The pipeline is one-way: ${stage} must not import a later stage (${later.join(', ')}) or an entry point.`,
            },
            {
              group: ['@actions/*', '@octokit/*'],
              message: `No stage knows GitHub: ${stage} produces neutral data, and src/action/ turns it into requests.`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        structuredClone: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Sanitisers strip control characters on purpose; matching them is their job.
      'no-control-regex': 'off',
    },
  },
  {
    // A cast to never silences every type check of a value (the Checks API bodies once needed it).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: "No `as never`: type the value (for GitHub requests, with Octokit's endpoint types)." },
      ],
    },
  },
  ...STAGES.map(boundary),
  {
    files: ['src/inputs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../cli/*', '../action/*', '../report/*', '../scan.js'],
              message: 'inputs parse settings for the front ends; they import no reporter, front end or entry point.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../action/*'], message: 'The CLI and the Action are separate front ends.' }] }] },
  },
  {
    files: ['src/action/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../cli/*'], message: 'The CLI and the Action are separate front ends.' }] }] },
  },
);
