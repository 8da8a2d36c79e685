import type { Finding } from '../model/finding.js';
import { byCode } from '../model/code-order.js';

/** `.netcompat-baseline.json`: fingerprints of accepted findings. Lines are not part of a fingerprint. */
export interface Baseline {
  version: 1;
  findings: { ruleId: string; context: string; fingerprint: string; message: string }[];
}

export function makeBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    findings: findings
      .filter((f) => !f.suppressed)
      // A result shared by several clusters, or naming several Services, stands for one finding per cluster
      // and Service, each with its fingerprint.
      .flatMap((f) =>
        [...(f.fingerprints ?? [f.fingerprint])].map((fingerprint) => ({ ruleId: f.ruleId, context: f.context, fingerprint, message: f.message })),
      )
      .sort((a, b) => byCode(a.ruleId, b.ruleId) || byCode(a.fingerprint, b.fingerprint)),
  };
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's message quotes the text: never shown (the file may not be a baseline at all).
    throw new Error(`${file}: not valid JSON; create it with \`netcompat baseline DIR > ${file}\``);
  }
  const b = data as Partial<Baseline>;
  if (b?.version !== 1 || !Array.isArray(b.findings) || b.findings.some((f) => typeof f?.fingerprint !== 'string')) {
    throw new Error(`${file}: not a netcompat baseline (expected {"version": 1, "findings": [{"fingerprint": …}]})`);
  }
  return b as Baseline;
}

/**
 * Hides findings the baseline already holds. A finding naming several Services holds one fingerprint per
 * Service: it is hidden only when the baseline holds every one, so a Service added since still fails.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline): void {
  const known = new Set(baseline.findings.map((f) => f.fingerprint));
  for (const f of findings) if ([...(f.fingerprints ?? [f.fingerprint])].every((p) => known.has(p))) f.filtered ??= 'baseline';
}
