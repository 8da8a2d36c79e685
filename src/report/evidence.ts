import type { Fact } from '../model/fact.js';
import { capEvidence } from './evidence-cap.js';
import { factLines, type FactTextOptions } from './fact-text.js';

/** In the job summary, check run, PR comment and annotations an input is named as the Action names it. */
export const ACTION_WORDS: FactTextOptions = { inputName: (input) => `input ${input}` };

/**
 * The evidence chain as indented plain-text lines (the text report's wording, src/report/fact-text.ts):
 * each fact, then what it was derived from, two spaces deeper. Plain text: callers escape for markdown.
 */
export function evidenceLines(facts: readonly Fact[]): string[] {
  const { shown, more } = capEvidence(facts);
  return [...shown.flatMap((f) => factLines(f, '', ACTION_WORDS)), ...more.map((m) => `… ${m}`)];
}
