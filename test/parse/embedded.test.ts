import { isMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseEmbedded } from '../../src/parse/embedded.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { get } from '../../src/parse/walk.js';
import { placeOf, type YamlDoc } from '../../src/parse/yaml-doc.js';
import { fixture } from './helpers.js';

function outer(text = fixture('embedded.yaml')): YamlDoc {
  const d = parseFile('embedded.yaml', text).docs[0];
  if (!d) throw new Error('embedded.yaml did not parse');
  return d;
}

function inner(d: YamlDoc, key: string): YamlDoc[] {
  return parseEmbedded(d, get(d, d.doc.contents, 'data', key));
}

describe('parseEmbedded', () => {
  it('maps every node of a literal block to its line and column in the outer file', () => {
    const [doc] = inner(outer(), 'literal.conf');
    expect(doc?.embeddedIn).toEqual({ file: 'embedded.yaml', line: 6, column: 17 });
    const mode = doc && get(doc, doc.doc.contents, 'mode');
    expect(doc && placeOf(doc, mode)).toEqual({ file: 'embedded.yaml', line: 8, column: 11, endLine: 8, endColumn: 15 });
  });

  it('maps with CRLF line endings too', () => {
    const [doc] = inner(outer(fixture('embedded.yaml').replace(/\n/g, '\r\n')), 'literal.conf');
    const mode = doc && get(doc, doc.doc.contents, 'mode');
    expect(doc && placeOf(doc, mode)).toMatchObject({ line: 8, column: 11 });
  });

  it('follows a deeper block indentation and a keep chomping indicator', () => {
    const [doc] = inner(outer(), 'keep.conf');
    const deeper = doc && get(doc, doc.doc.contents, 'nested', 'deeper');
    expect(doc && placeOf(doc, deeper)).toMatchObject({ line: 11, column: 17 });
  });

  it('places nodes of folded and quoted strings at the string itself', () => {
    const [folded] = inner(outer(), 'folded.conf');
    expect(folded && placeOf(folded, get(folded, folded.doc.contents, 'kind'))).toMatchObject({ line: 13, column: 16 });
    const [quoted] = inner(outer(), 'quoted.conf');
    expect(quoted && placeOf(quoted, get(quoted, quoted.doc.contents, 'mode'))).toMatchObject({ line: 16, column: 16 });
  });

  it('returns nothing for text that is not a YAML collection', () => {
    expect(inner(outer(), 'plain.conf')).toEqual([]);
    expect(inner(outer(), 'missing.conf')).toEqual([]);
    const d = outer();
    expect(isMap(d.doc.contents)).toBe(true);
    expect(parseEmbedded(d, d.doc.contents)).toEqual([]);
  });
});
