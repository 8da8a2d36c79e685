import { carvelImagesLock } from '../../src/extract/carvel-images-lock.js';
import { testExtractor } from './tester.js';

testExtractor(
  carvelImagesLock,
  [
    {
      title: 'reads versions from the kbld id of digest-pinned images; an entry without the annotation says nothing',
      fixture: 'carvel-images-lock/images.yml',
      facts: [
        { name: 'calico.version', value: '3.26.1', line: 8, column: 25 },
        { name: 'kubeProxy.version', value: '1.27.8', line: 11, column: 25 },
      ],
      raws: { 0: 'docker.io/calico/node:v3.26.1' },
      notes: {
        0: 'tag kept by kbld; the image is pinned as index.docker.io/calico/node@sha256:2222222222222222222222222222222222222222222222222222222222222222',
      },
    },
  ],
  { root: 'sources-a' },
);
