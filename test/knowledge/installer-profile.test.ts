import { describe, expect, it } from 'vitest';
import { installerProfile, installerProfiles } from '../../src/knowledge/installers.js';

describe('installerProfile: one installer read from its own file', () => {
  it('gives the profile named so, the same object the full list holds', () => {
    const eks = installerProfile('eks');
    expect(eks?.name).toBe('eks');
    expect(eks?.label).toBe(installerProfiles().get('eks')?.label);
    expect(installerProfile('eks')).toBe(installerProfiles().get('eks'));
    expect(installerProfile('kubespray')?.specialises).toEqual(installerProfiles().get('kubespray')?.specialises);
  });

  it('gives nothing for a name no file has, whatever the repository wrote', () => {
    expect(installerProfile('nope')).toBeUndefined();
    expect(installerProfile('../facts')).toBeUndefined();
    expect(installerProfile('installers/eks')).toBeUndefined();
    expect(installerProfile('')).toBeUndefined();
  });
});
