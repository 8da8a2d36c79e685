import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Extractor } from '../../src/extract/types.js';
import { isHclExtractor, isTextExtractor } from '../../src/extract/types.js';
import type { Fact } from '../../src/model/fact.js';
import type { Place } from '../../src/model/place.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { decodeFacts } from '../../src/context/decode.js';

export const SOURCES_A = fileURLToPath(new URL('../fixtures/sources-a/', import.meta.url));

/**
 * Parses test/fixtures/sources-a/<path> as the scanner would (the path is the fact's file, so kustomize
 * entries resolve against it) and runs one extractor over every document.
 */
export function extractA(extractor: Extractor, path: string): Fact[] {
  const text = readFileSync(`${SOURCES_A}${path}`, 'utf8');
  const parsed = parseFile(path, text);
  if (parsed.skipped) throw new Error(`fixture ${path} did not parse: ${parsed.skipped.detail}`);
  // Decoded as the context stage's first step does (src/context/decode.ts).
  return decodeFacts(parsed.docs.flatMap((d) => (isTextExtractor(extractor) || isHclExtractor(extractor) ? [] : extractor.extract(d))));
}

/** What a fact's place points at in its fixture: the rest of that line from the column. */
export function textAt(place: Place | undefined): string {
  if (!place) return '';
  const line = readFileSync(`${SOURCES_A}${place.file}`, 'utf8').split('\n')[place.line - 1] ?? '';
  return line.slice(place.column - 1);
}

/** Value, place, and what the place points at: the parts a test pins down. */
export function pin(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = { name: f.name, value: f.value, at: `${f.place?.line}:${f.place?.column}` };
  if (f.unresolved) out.unresolved = true;
  return out;
}
