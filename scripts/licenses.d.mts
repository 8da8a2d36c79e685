// Types for the plain-ESM licence collector, so tests can import it under strict TypeScript.
export function packageDirOf(input: string): string | undefined;
export function licensesText(root: string, metafiles: { inputs: Record<string, unknown> }[]): string;
