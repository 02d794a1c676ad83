import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIO, DEFAULT_SETTINGS, SettingsSchema } from './settings';

describe('settings files from earlier versions', () => {
  // A settings file as the first release wrote it: before days off, exercise preferences and sound.
  const firstRelease = Object.fromEntries(
    Object.entries(DEFAULT_SETTINGS).filter(([key]) => !['audio', 'exercises', 'quietDays'].includes(key)),
  );

  it("keep the user's breath-tone switch when sound settings arrive", () => {
    const parsed = SettingsSchema.parse({ ...firstRelease, phaseToneOn: true });
    expect(parsed.audio).toEqual({ ...DEFAULT_AUDIO, phaseTone: { ...DEFAULT_AUDIO.phaseTone, on: true } });
    expect(parsed).not.toHaveProperty('phaseToneOn');
  });

  it('get defaults for everything added since', () => {
    expect(SettingsSchema.parse({ ...firstRelease, phaseToneOn: false })).toEqual(DEFAULT_SETTINGS);
  });
});
