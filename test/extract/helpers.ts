import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Extractor } from '../../src/extract/types.js';
import { isHclExtractor, isTextExtractor } from '../../src/extract/types.js';
import type { Fact } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { decodeFacts } from '../../src/context/decode.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/extract/', import.meta.url));

/** Reads a fixture as the scanner would, parses it and runs one extractor over every document. */
export function extractFixture(extractor: Extractor, name: string, transform: (text: string) => string = (t) => t): Fact[] {
  const text = transform(readFileSync(`${FIXTURES}${extractor.id}/${name}`, 'utf8'));
  // Decoded as the context stage's first step does (src/context/decode.ts): expectations read the facts rules see.
  if (isTextExtractor(extractor)) return decodeFacts(extractor.extract({ path: name, text }));
  const parsed = parseFile(name, text);
  if (parsed.skipped) throw new Error(`fixture ${name} did not parse: ${parsed.skipped.detail}`);
  return decodeFacts(parsed.docs.flatMap((d) => (isTextExtractor(extractor) || isHclExtractor(extractor) ? [] : extractor.extract(d))));
}

/** The parts of a fact a test pins down: value, where, and how it was obtained. */
export function brief(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = { name: f.name, value: f.value, line: f.place?.line, column: f.place?.column };
  if (f.origin !== 'repository') out.origin = f.origin;
  if (f.unresolved) out.unresolved = true;
  return out;
}
