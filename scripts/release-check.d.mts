// Types for the plain-ESM release check, so tests can import it under strict TypeScript.
export function changelogSection(changelog: string, version: string): string | undefined;
export function checkRelease(tag: string, pkg: { version: string }, changelog: string): { problems: string[]; notes: string | undefined };
