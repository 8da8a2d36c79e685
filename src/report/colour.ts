import type { Severity } from '../model/rule.js';

/** ANSI styling for the text report; every function is the identity when colour is off. */
export interface Colours {
  severity(s: Severity, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const wrap = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const SEVERITY_CODE: Record<Severity, string> = { high: '1;31', medium: '1;33', low: '1;36' };

export function colours(on: boolean): Colours {
  if (!on) return { severity: (_s, t) => t, bold: (t) => t, dim: (t) => t };
  return { severity: (s, t) => wrap(SEVERITY_CODE[s])(t), bold: wrap('1'), dim: wrap('2') };
}
