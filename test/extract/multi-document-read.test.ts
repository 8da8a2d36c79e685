import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterFacts } from '../../src/model/cluster-facts.js';
import { formatPlace } from '../../src/model/place.js';
import { scan } from '../../src/scan.js';

// Issue 11, Deliver 1, through the whole read stage: in a multi-document file only the documents holding a
// trigger are parsed, and the facts keep the places a full parse gives. The fixture's second document is
// broken YAML without a trigger: parsed, it would list the file as skipped (yaml-error, "document 2 of 4").
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'netcompat-multidoc-'));
  mkdirSync(join(root, 'calico'));
  copyFileSync(new URL('../fixtures/prefilter/crd-bundle.yaml', import.meta.url), join(root, 'calico', 'bundle.yaml'));
  // The same documents with a trigger in the broken one too: then it is parsed, and reported.
  writeFileSync(
    join(root, 'calico', 'both.yaml'),
    ['apiVersion: projectcalico.org/v3', 'kind: FelixConfiguration', 'spec:', '  iptablesBackend: Legacy', '---', 'kind: IPPool', 'spec: [unclosed', ''].join(
      '\n',
    ),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('multi-document files in a scan', () => {
  it('parses only the documents that hold a trigger; places are those of the file', async () => {
    const result = await scan({ root, today: '2026-01-01' });
    const facts = result.contexts
      .flatMap((c) => clusterFacts(c))
      .filter((f) => f.name === 'calico.iptablesBackend')
      .map((f) => `${f.value}@${formatPlace(f.place!)}`);
    expect([...new Set(facts)].sort()).toEqual(['Legacy@calico/both.yaml:4:20', 'NFT@calico/bundle.yaml:27:20']);
    expect(result.skipped.map((s) => `${s.path} ${s.reason}: ${s.detail}`)).toEqual([
      'calico/both.yaml yaml-error: document 2 of 2 (the others were read): BAD_INDENT at line 8, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(result.stats.filesParsed).toBe(2);
  });
});
