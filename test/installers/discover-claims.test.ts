import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INCLUDE } from '../../src/discover/discover.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { isTextExtractor } from '../../src/extract/types.js';

/** A file of each text shape discovery includes by default. */
const TEXT_SHAPES = [
  'scripts/install.sh',
  'hack/up.bash',
  'build/k8s.mk',
  'Makefile',
  'GNUmakefile',
  'Vagrantfile',
  'ci/Jenkinsfile',
  'downloads-amd64.txt',
  '.env',
  'deploy/prod.env',
  '.gitmodules',
  '.tool-versions',
  'ezdown',
  'roles/k3s/templates/k3s.service.j2',
  'units/rke2-server.service',
  'inventory/prod/hosts',
  'inventory.ini',
  'terraform/templates/bootstrap.sh.tftpl',
  'terraform/templates/join.bash.tftpl',
];

describe('discovery of text files', () => {
  it('every text shape included by default is claimed by a text extractor, so it is never parsed as YAML', () => {
    for (const path of TEXT_SHAPES) {
      expect(
        DEFAULT_INCLUDE.some((g) => minimatch(path, g, { dot: true })),
        path,
      ).toBe(true);
      expect(
        EXTRACTORS.filter(isTextExtractor).some((e) => e.paths.test(path)),
        path,
      ).toBe(true);
    }
  });
});
