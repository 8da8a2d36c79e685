import { Composer, parseAllDocuments, type Document, type EmptyStream, type LineCounter } from 'yaml';
import { plainDocuments } from './plain-yaml.js';

export const PARSE_OPTIONS = {
  // Aliases are never expanded by the walkers; this caps any toJS() a caller might make.
  maxAliasCount: 100,
  uniqueKeys: false,
  prettyErrors: false,
  strict: false,
} as const;

/**
 * `parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter })` of the `yaml` package, with the same
 * result: a text in the plain subset (plain-yaml.ts) skips the package's lexer and parser, its token
 * tree going straight to the package's composer, and its line starts are counted here as the parser
 * would report them (each newline is a token of its own there).
 */
export function parseYamlStream(text: string, lineCounter: LineCounter): Document.Parsed[] | EmptyStream {
  const options = { ...PARSE_OPTIONS, lineCounter };
  const plain = plainDocuments(text);
  if (!plain) return parseAllDocuments(text, options);
  lineCounter.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) lineCounter.addNewLine(nl + 1);
  return Array.from(new Composer(options).compose(plain)) as Document.Parsed[];
}
