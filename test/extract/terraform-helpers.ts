import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FileReader } from '../../src/discover/file-reader.js';
import { readWithin } from '../../src/discover/read-within.js';
import { HCL_FILE, HclCollector } from '../../src/extract/hcl/collect.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { HclExtractor } from '../../src/extract/types.js';
import type { Fact } from '../../src/model/fact.js';
import type { SkippedFile } from '../../src/model/source.js';
import { decodeFacts } from '../../src/context/decode.js';

export const TF_FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function walk(dir: string, rel: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const abs = `${dir}/${n}`;
    const r = rel ? `${rel}/${n}` : n;
    return statSync(abs).isDirectory() ? walk(abs, r) : [r];
  });
}

/**
 * Runs one HCL extractor over test/fixtures/<extractor id>/<dir> the way a scan does (the per-directory
 * pass with every YAML extractor for embedded manifests). Paths are relative to the extractor's fixtures.
 */
export async function extractTf(extractor: HclExtractor, dir: string): Promise<{ facts: Fact[]; skipped: SkippedFile[] }> {
  const root = `${TF_FIXTURES}${extractor.id}`;
  const c = new HclCollector([extractor], EXTRACTORS, (path) => readWithin(root, path, new FileReader()));
  for (const path of walk(`${root}/${dir}`, dir).sort()) {
    if (HCL_FILE.test(path)) c.add(path, readFileSync(`${root}/${path}`, 'utf8'));
  }
  const skipped: SkippedFile[] = [];
  const { facts } = await c.extract(
    (path, id, err) => {
      throw new Error(`${id} failed on ${path}: ${(err as Error).message}`);
    },
    (s) => skipped.push(s),
  );
  // Decoded as the context stage's first step does (src/context/decode.ts).
  return { facts: decodeFacts(facts), skipped };
}

/** Value, place and provenance of a fact, for exact assertions. */
export function tfBrief(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = { name: f.name, value: f.value, at: f.place ? `${f.place.file}:${f.place.line}:${f.place.column}` : undefined };
  if (f.origin !== 'repository') out.origin = f.origin;
  if (f.unresolved) out.unresolved = true;
  if (f.derivedFrom?.length) out.via = f.derivedFrom.map((d) => `${d.place?.file}:${d.place?.line}:${d.place?.column}`);
  return out;
}
