import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import type { Extractor } from './types.js';

/** Extractors whose triggers occur in the text and whose path filter accepts the file. */
export function triggeredExtractors(extractors: readonly Extractor[], path: string, text: string): Extractor[] {
  return extractors.filter((e) => (!e.paths || e.paths.test(path)) && e.triggers.some((t) => text.includes(t)));
}

/** Runs the given extractors over every document; an extractor that throws is reported, not fatal. */
export function extractDocs(
  extractors: readonly Extractor[],
  docs: readonly YamlDoc[],
  onError: (extractor: string, err: unknown) => void,
): Fact[] {
  const facts: Fact[] = [];
  for (const d of docs) {
    if (!d.doc.contents) continue;
    for (const e of extractors) {
      try {
        facts.push(...e.extract(d));
      } catch (err) {
        onError(e.id, err);
      }
    }
  }
  return facts;
}
