import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extract/types.js';
import { brief, extractFixture } from './helpers.js';

/**
 * A table-driven harness for extractors, in the spirit of ESLint's RuleTester: each case names a fixture
 * under test/fixtures/extract/<extractor id>/ and the facts expected from it, in order, with their exact
 * places. `notes` and `raws` pin the human note and the text as written of the facts at those indexes.
 */
export interface ExtractorCase {
  title: string;
  fixture: string;
  facts: ReturnType<typeof brief>[];
  notes?: Record<number, string | undefined>;
  raws?: Record<number, string>;
}

export function testExtractor(extractor: Extractor, cases: ExtractorCase[]): void {
  describe(extractor.id, () => {
    it.each(cases.map((c) => [c.title, c] as const))('%s', (_title, c) => {
      const facts = extractFixture(extractor, c.fixture);
      expect(facts.map(brief)).toEqual(c.facts);
      for (const [i, note] of Object.entries(c.notes ?? {})) expect(facts[Number(i)]?.note, `note of fact ${i}`).toBe(note);
      for (const [i, raw] of Object.entries(c.raws ?? {})) expect(facts[Number(i)]?.raw, `raw of fact ${i}`).toBe(raw);
    });
  });
}
