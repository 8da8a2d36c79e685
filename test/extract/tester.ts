import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs } from '../../src/extract/extract-file.js';
import type { Extractor } from '../../src/extract/types.js';
import type { Fact, FactName } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { brief, extractFixture, FIXTURES } from './helpers.js';

/**
 * A table-driven harness for extractors, in the spirit of ESLint's RuleTester: each case names a fixture
 * under test/fixtures/extract/<extractor id>/ and the facts expected from it, in order, with their exact
 * places. `only` narrows which facts are compared (fact names kept or left out, or origins); `notes`, `raws` and `textAt`
 * pin, for the compared fact at an index, its human note, its text as written, and what its place points at
 * in the fixture (the rest of that line starts with it).
 */
export interface ExtractorCase {
  title: string;
  fixture: string;
  facts: ReturnType<typeof brief>[];
  only?: { names?: readonly FactName[]; except?: readonly FactName[]; origin?: 'repository' | 'default' | 'not-default' };
  /** Read as the scan reads it: YAML carried in ConfigMap strings and kubeadm files too (extractDocs). */
  pipeline?: boolean;
  /** Changes the fixture text before it is read (CRLF line endings, …). */
  transform?: (text: string) => string;
  notes?: Record<number, string | RegExp | undefined>;
  raws?: Record<number, string>;
  textAt?: Record<number, string>;
}

export function testExtractor(extractor: Extractor, cases: ExtractorCase[]): void {
  describe(extractor.id, () => {
    it.each(cases.map((c) => [c.title, c] as const))('%s', (_title, c) => {
      const facts = (c.pipeline ? throughPipeline(extractor, c.fixture, c.transform) : extractFixture(extractor, c.fixture, c.transform)).filter((f) =>
        kept(f, c.only),
      );
      expect(facts.map(brief)).toEqual(c.facts);
      for (const [i, note] of Object.entries(c.notes ?? {})) {
        const got = facts[Number(i)]?.note;
        if (note instanceof RegExp) expect(got, `note of fact ${i}`).toMatch(note);
        else expect(got, `note of fact ${i}`).toBe(note);
      }
      for (const [i, raw] of Object.entries(c.raws ?? {})) expect(facts[Number(i)]?.raw, `raw of fact ${i}`).toBe(raw);
      for (const [i, text] of Object.entries(c.textAt ?? {})) {
        const p = facts[Number(i)]?.place;
        const line = p ? (readFixture(extractor, c.fixture, c.transform).split(/\r?\n/)[p.line - 1] ?? '') : '';
        expect(p ? line.slice(p.column - 1) : '', `text at the place of fact ${i}`).toMatch(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    });
  });
}

function kept(f: Fact, only: ExtractorCase['only']): boolean {
  if (!only) return true;
  if (only.names && !only.names.includes(f.name)) return false;
  if (only.except?.includes(f.name)) return false;
  if (only.origin === 'not-default') return f.origin !== 'default';
  return !only.origin || f.origin === only.origin;
}

function readFixture(extractor: Extractor, name: string, transform: (t: string) => string = (t) => t): string {
  return transform(readFileSync(`${FIXTURES}${extractor.id}/${name}`, 'utf8'));
}

/** The fixture through the extraction pass as the scan runs it; an extractor that throws fails the test. */
function throughPipeline(extractor: Extractor, name: string, transform?: (t: string) => string): Fact[] {
  return extractDocs([extractor], parseFile(name, readFixture(extractor, name, transform)).docs, (id, err) => {
    throw new Error(`${id}: ${String(err)}`);
  });
}
