import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changelogSection, checkRelease } from '../../scripts/release-check.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/release-check.mjs', import.meta.url));
const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.2.0] - 2027-01-05',
  '',
  '### Added',
  '- rule X',
  '',
  '## [1.1.0] - 2026-12-20',
  '- older',
  '',
].join('\n');

const check = checkRelease;

describe('release tag check', () => {
  it('accepts a tag that matches package.json and has a changelog section, and returns that section', () => {
    expect(check('v1.2.0', { version: '1.2.0' }, CHANGELOG)).toEqual({ problems: [], notes: '### Added\n- rule X' });
  });

  it('refuses a tag that differs from package.json', () => {
    expect(check('v1.2.1', { version: '1.2.0' }, CHANGELOG).problems[0]).toBe('tag v1.2.1 does not match package.json version 1.2.0');
  });

  it.each(['1.2.0', 'v1.2', 'v01.2.0', 'release-1'])('refuses the malformed tag %s', (tag) => {
    expect(check(tag, { version: '1.2.0' }, CHANGELOG).problems[0]).toMatch(/is not v<major>\.<minor>\.<patch>/);
  });

  it('refuses a version without a changelog section, or with an empty one', () => {
    expect(check('v1.3.0', { version: '1.3.0' }, CHANGELOG).problems).toEqual(['CHANGELOG.md has no non-empty "## [1.3.0]" section']);
    expect(changelogSection('## [2.0.0]\n\n## [1.0.0]\n- x', '2.0.0')).toBe('');
    expect(check('v2.0.0', { version: '2.0.0' }, '## [2.0.0]\n\n## [1.0.0]\n- x').problems).toHaveLength(1);
  });

  it('the script exits 1 with the reason on this repository for a wrong tag, and 2 on bad usage', () => {
    const wrong = spawnSync(process.execPath, [SCRIPT, 'v99.0.0'], { encoding: 'utf8' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('does not match package.json version');
    expect(spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' }).status).toBe(2);
  });

  it('the script writes the notes file for a good tag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcompat-release-'));
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
      const changelog = readFileSync(fileURLToPath(new URL('../../CHANGELOG.md', import.meta.url)), 'utf8');
      // The repository's own state decides: released versions have a section, the unreleased one not yet.
      const section = changelogSection(changelog, pkg.version);
      const run = spawnSync(process.execPath, [SCRIPT, `v${pkg.version}`, '--notes', join(dir, 'notes.md')], { encoding: 'utf8' });
      if (section) {
        expect(run.status).toBe(0);
        expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe(`${section}\n`);
      } else {
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(`no non-empty "## [${pkg.version}]" section`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
