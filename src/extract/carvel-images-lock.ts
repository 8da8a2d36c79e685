import type { Fact } from '../model/fact.js';
import { get, items, str } from '../parse/walk.js';
import { versionFactName } from './helm-image-map.js';
import { parseImage } from './image.js';
import { imageVersionFact } from './image-fact.js';
import type { YamlExtractor } from './types.js';
import { isKind } from './objects.js';

const ID = 'carvel-images-lock';

export const carvelImagesLock: YamlExtractor = {
  id: ID,
  description: 'Carvel imgpkg ImagesLock: digest-pinned images whose kbld.carvel.dev/id annotation keeps the tag (calico/node:v3.22.1)',
  triggers: [],
  kinds: ['ImagesLock'],
  extract(d) {
    if (!isKind(d, 'ImagesLock', 'imgpkg.carvel.dev/')) return [];
    const facts: Fact[] = [];
    for (const entry of items(d, get(d, d.doc.contents, 'images'))) {
      const idNode = get(d, entry, 'annotations', 'kbld.carvel.dev/id');
      const id = str(d, idNode)?.trim();
      const img = id === undefined ? undefined : parseImage(id);
      const name = img && versionFactName(img);
      if (!img || !name || id === undefined) continue;
      const f = imageVersionFact(ID, d, idNode, name, img, id);
      const pinned = str(d, get(d, entry, 'image'))?.trim();
      if (f) facts.push(pinned ? { ...f, note: `tag kept by kbld; the image is pinned as ${pinned}` } : f);
    }
    return facts;
  },
};
