// Types for the plain-ESM licence collector, so tests can import it under strict TypeScript.
/** The parts of an esbuild metafile the collector reads; `outputs` is absent for a file shipped beside the bundle. */
export interface LicenceMetafile {
  inputs: Record<string, unknown>;
  outputs?: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}
export function packageDirOf(input: string): string | undefined;
export function bundledInputs(metafile: LicenceMetafile): string[];
export function licensesText(root: string, metafiles: LicenceMetafile[]): string;
