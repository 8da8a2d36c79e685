import { fileURLToPath } from 'node:url';
import { discover } from '../../src/discover/discover.js';
import { readText } from '../../src/discover/read-text.js';
import { extractDocs, triggeredExtractors } from '../../src/extract/extract-file.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { Fact } from '../../src/model/fact.js';
import { formatPlace } from '../../src/model/place.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { decodeFacts } from '../../src/context/decode.js';

export const OVERRIDES = fileURLToPath(new URL('../fixtures/sources-a/overrides/', import.meta.url));

/** Every repository fact of a fixture folder, as the scan collects them (paths relative to the folder). */
export async function repoFacts(root: string): Promise<Fact[]> {
  const facts: Fact[] = [];
  for await (const item of discover({ root })) {
    if ('skipped' in item) continue;
    const read = await readText(item.file);
    if ('skipped' in read) continue;
    const parsed = parseFile(item.file.path, read.text);
    if (parsed.skipped) continue;
    facts.push(...extractDocs(triggeredExtractors(EXTRACTORS, item.file.path, read.text), parsed.docs, () => undefined));
  }
  // Decoded as the context stage's first step does (src/context/decode.ts).
  return decodeFacts(facts);
}

/** "calico.version=3.26.4 @prod/kustomization.yaml:5:13", for compact assertions. */
export function at(f: Fact): string {
  return `${f.name}=${f.value}${f.unresolved ? ' (unresolved)' : ''}${f.place ? ` @${formatPlace(f.place)}` : ''}`;
}
