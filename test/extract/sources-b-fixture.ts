import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocs } from '../../src/extract/extract-file.js';
import type { Extractor } from '../../src/extract/types.js';
import type { Fact } from '../../src/model/fact.js';
import type { Place } from '../../src/model/place.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { decodeFacts } from '../../src/context/decode.js';

export const SOURCES_B = fileURLToPath(new URL('../fixtures/sources-b/', import.meta.url));

/**
 * Parses test/fixtures/sources-b/<path> as the scanner would (the path is the fact's file) and runs the
 * extractors the way the scan does, YAML carried in ConfigMap strings included. An extractor that
 * throws fails the test. `cluster.definition` facts are left to definitionsB, the installer's name, release
 * and CNI to installerB (test/extract/installer-facts.test.ts).
 */
const SEPARATE = new Set(['cluster.definition', 'installer.name', 'installer.release', 'cluster.cni']);

export function extractB(extractors: Extractor | readonly Extractor[], path: string): Fact[] {
  return allB(extractors, path).filter((f) => !SEPARATE.has(f.name));
}

/** The installer facts of a fixture: "name=value[key] @line:column". */
export function installerB(extractors: Extractor | readonly Extractor[], path: string): string[] {
  return allB(extractors, path)
    .filter((f) => f.name === 'installer.name' || f.name === 'installer.release' || f.name === 'cluster.cni')
    .map((f) => `${f.name}=${f.value}${f.key ? `[${f.key}]` : ''} @${f.place?.line}:${f.place?.column}`);
}

/** The `cluster.definition` facts of a fixture: "root (what) @line:column". */
export function definitionsB(extractors: Extractor | readonly Extractor[], path: string): string[] {
  return allB(extractors, path)
    .filter((f) => f.name === 'cluster.definition')
    .map((f) => `${f.value} (${f.note}) @${f.place?.line}:${f.place?.column}`);
}

function allB(extractors: Extractor | readonly Extractor[], path: string): Fact[] {
  const text = readFileSync(`${SOURCES_B}${path}`, 'utf8');
  const parsed = parseFile(path, text);
  if (parsed.skipped) throw new Error(`fixture ${path} did not parse: ${parsed.skipped.detail}`);
  const list = Array.isArray(extractors) ? extractors : [extractors as Extractor];
  // Decoded as the context stage's first step does (src/context/decode.ts).
  return decodeFacts(
    extractDocs(list, parsed.docs, (id, err) => {
      throw new Error(`extractor ${id} failed: ${String(err)}`);
    }),
  );
}

/** The rest of the fixture line a place points at, from its column. */
export function textAt(place: Place | undefined): string {
  if (!place) return '';
  const line = readFileSync(`${SOURCES_B}${place.file}`, 'utf8').split('\n')[place.line - 1] ?? '';
  return line.slice(place.column - 1);
}

/** Value, place, and how it was obtained: the parts a test pins down. */
export function pin(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = { name: f.name, value: f.value, at: `${f.place?.line}:${f.place?.column}` };
  if (f.origin !== 'repository') out.origin = f.origin;
  if (f.unresolved) out.unresolved = true;
  return out;
}
