import type { Fact } from '../model/fact.js';
import { formatPlace } from '../model/place.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import { embeddedDocs } from './capi-embedded-docs.js';
import { hasKind } from './kind-anchor.js';
import { isHclExtractor, isTextExtractor, type Extractor, type TextExtractor, type TextHelpers, type YamlExtractor } from './types.js';

/**
 * Extractors whose triggers occur in the text and whose path filter accepts the file. The scan finds
 * the same on raw bytes (prefilter.ts); this form serves callers that already hold the text.
 */
export function triggeredExtractors(extractors: readonly Extractor[], path: string, text: string): Extractor[] {
  return extractors.filter(
    (e) => (!e.paths || e.paths.test(path)) && (e.triggers.some((t) => text.includes(t)) || (e.kinds ?? []).some((k) => hasKind(text, k))),
  );
}

/** The triggered extractors split by the shape they read. */
export function splitByInput(extractors: readonly Extractor[]): { yaml: YamlExtractor[]; text: TextExtractor[] } {
  const yaml: YamlExtractor[] = [];
  const text: TextExtractor[] = [];
  for (const e of extractors) {
    if (isTextExtractor(e)) text.push(e);
    else if (!isHclExtractor(e)) yaml.push(e);
  }
  return { yaml, text };
}

/** Runs text extractors over a file's text; one that throws is reported, not fatal. */
export function extractText(
  extractors: readonly TextExtractor[],
  path: string,
  text: string,
  onError: (extractor: string, err: unknown) => void,
  helpers?: TextHelpers,
): Fact[] {
  const facts: Fact[] = [];
  for (const e of extractors) {
    try {
      facts.push(...e.extract({ path, text }, helpers));
    } catch (err) {
      onError(e.id, err);
    }
  }
  return facts;
}

/** Runs the given extractors over every document; an extractor that throws is reported, not fatal. */
export function extractDocs(extractors: readonly Extractor[], docs: readonly YamlDoc[], onError: (extractor: string, err: unknown) => void, depth = 0): Fact[] {
  const facts: Fact[] = [];
  const yaml = splitByInput(extractors).yaml;
  for (const d of docs) {
    if (!d.doc.contents) continue;
    const own: Fact[] = [];
    for (const e of yaml) {
      try {
        own.push(...e.extract(d));
      } catch (err) {
        onError(e.id, err);
      }
    }
    // An alias (`image: *img`) read twice gives the same fact at the same place: keep it once.
    const seen = new Set<string>();
    for (const f of own) {
      const key = factKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(f);
    }
    // YAML carried in strings (ConfigMap data, kubeadm files) is read like a file of its own; a fact an
    // extractor already found there by itself (kube-proxy's config.conf) is not counted twice.
    if (depth < MAX_EMBEDDED_DEPTH) {
      let inner: YamlDoc[] = [];
      try {
        inner = embeddedDocs(d);
      } catch (err) {
        onError('embedded-docs', err);
      }
      for (const f of extractDocs(extractors, inner, onError, depth + 1)) {
        if (!seen.has(factKey(f))) facts.push(f);
      }
    }
  }
  return facts;
}

/** A ConfigMap in a ConfigMap (a ClusterResourceSet shipping kube-proxy's ConfigMap) is as deep as it goes. */
const MAX_EMBEDDED_DEPTH = 2;

function factKey(f: Fact): string {
  return `${f.name}\0${f.value}\0${f.place ? formatPlace(f.place) : ''}`;
}
