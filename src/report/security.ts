/** "security: CVE-2020-8554" for a security finding, undefined for the others; reports put it beside the title. */
export function securityMark(f: { security?: boolean; cve?: string[] }): string | undefined {
  if (!f.security) return undefined;
  return f.cve?.length ? `security: ${f.cve.join(', ')}` : 'security';
}
