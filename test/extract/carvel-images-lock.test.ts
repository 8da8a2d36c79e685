import { describe, expect, it } from 'vitest';
import { carvelImagesLock } from '../../src/extract/carvel-images-lock.js';
import { extractA, pin } from './sources-a-fixture.js';

describe('carvel-images-lock', () => {
  it('reads versions from the kbld id of digest-pinned images; an entry without the annotation says nothing', () => {
    const facts = extractA(carvelImagesLock, 'carvel-images-lock/images.yml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.26.1', at: '8:25' },
      { name: 'kubeProxy.version', value: '1.27.8', at: '11:25' },
    ]);
    expect(facts[0]?.raw).toBe('docker.io/calico/node:v3.26.1');
    expect(facts[0]?.note).toBe(
      'tag kept by kbld; the image is pinned as index.docker.io/calico/node@sha256:2222222222222222222222222222222222222222222222222222222222222222',
    );
  });
});
