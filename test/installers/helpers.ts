import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isHclExtractor, isTextExtractor, type Extractor } from '../../src/extract/types.js';
import type { Fact } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { decodeFacts } from '../../src/context/decode.js';

export const INSTALLERS = fileURLToPath(new URL('../fixtures/installers/', import.meta.url));

/** Runs one extractor over test/fixtures/installers/<path> as the scan does; the path is the fact's file. */
export function extractInstaller(extractor: Extractor, path: string): Fact[] {
  const text = readFileSync(`${INSTALLERS}${path}`, 'utf8');
  // Decoded as the context stage's first step does (src/context/decode.ts).
  if (isTextExtractor(extractor)) return decodeFacts(extractor.extract({ path, text }));
  if (isHclExtractor(extractor)) throw new Error(`${extractor.id} reads a Terraform module directory: use test/extract/terraform-helpers.ts`);
  const parsed = parseFile(path, text);
  if (parsed.skipped) throw new Error(`fixture ${path} did not parse: ${parsed.skipped.detail}`);
  return decodeFacts(parsed.docs.flatMap((d) => extractor.extract(d)));
}

/** The text a fact's place covers (one line), read back from the fixture. */
export function covered(f: Fact): string {
  const p = f.place;
  if (!p || !existsSync(`${INSTALLERS}${p.file}`)) return '';
  const line = readFileSync(`${INSTALLERS}${p.file}`, 'utf8').split('\n')[p.line - 1] ?? '';
  return line.slice(p.column - 1, p.endLine === p.line && p.endColumn ? p.endColumn - 1 : undefined);
}

/** name=value @line:column "covered text" [origin] (unresolved) key — one string per fact, for exact assertions. */
export function show(f: Fact): string {
  const parts = [`${f.name}=${f.value}`, `@${f.place?.line}:${f.place?.column}`, JSON.stringify(covered(f))];
  if (f.origin !== 'repository') parts.push(`[${f.origin}]`);
  if (f.unresolved) parts.push('(unresolved)');
  if (f.key) parts.push(`key=${f.key}`);
  return parts.join(' ');
}
