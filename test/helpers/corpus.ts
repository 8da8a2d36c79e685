import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocs, triggeredExtractors } from '../../src/extract/extract-file.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { Fact } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { decodeFacts } from '../../src/context/decode.js';

/**
 * The shared corpus of real repository files (../shared/corpus/, described by its MANIFEST.md). Files are
 * saved as `<owner>__<repo>/<path with __ for />`; tests read each under its original path, since path
 * filters, role defaults and kustomize entries depend on it.
 */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const corpusPresent = sharedPresent(`${CORPUS}MANIFEST.md`, 'the corpus tests');

/**
 * Whether a file of ../shared is there. In CI (CI=true) it must be: its absence fails the run instead of
 * silently skipping the tests that need it. Locally those tests skip, with a note on stderr.
 */
export function sharedPresent(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${path} is missing: ${what} need ../shared beside the checkout, and CI must run them`);
  process.stderr.write(`note: ${path} is missing, so ${what} are skipped (they run when ../shared sits beside the checkout)\n`);
  return false;
}

/** The path a saved corpus file had in its repository. */
export const originalPath = (saved: string): string => saved.split('/').pop()!.replace(/__/g, '/');

/** Every registered extractor over one corpus file, as the scan runs them; a skipped file or a failing extractor throws. */
export function factsOf(saved: string): Fact[] {
  const path = originalPath(saved);
  const text = readFileSync(`${CORPUS}${saved}`, 'utf8');
  const parsed = parseFile(path, text);
  if (parsed.skipped) throw new Error(`${saved}: ${parsed.skipped.detail}`);
  // Decoded as the context stage's first step does (src/context/decode.ts).
  return decodeFacts(
    extractDocs(triggeredExtractors(EXTRACTORS, path, text), parsed.docs, (id, e) => {
      throw new Error(`${id} failed on ${saved}: ${String(e)}`);
    }),
  );
}

/** The saved names of the corpus files (that parse) in which the extractors with these ids find any fact, sorted. */
export function filesWithFactsFrom(ids: ReadonlySet<string>): string[] {
  const extractors = EXTRACTORS.filter((e) => ids.has(e.id));
  const withFacts: string[] = [];
  for (const repo of readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const name of readdirSync(`${CORPUS}${repo.name}`)) {
      const saved = `${repo.name}/${name}`;
      const path = originalPath(saved);
      const text = readFileSync(`${CORPUS}${saved}`, 'utf8');
      const parsed = parseFile(path, text);
      if (parsed.skipped) continue;
      if (extractDocs(triggeredExtractors(extractors, path, text), parsed.docs, () => undefined).length > 0) withFacts.push(saved);
    }
  }
  return withFacts.sort();
}
