import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIO, DEFAULT_SETTINGS, SettingsSchema } from './settings';

/** A settings file as the first release wrote it: one set of hours, before days off, exercise preferences and sound. */
const firstRelease = {
  version: 1,
  template: {
    days: [1, 2, 3, 4, 5],
    dayStart: '09:00',
    dayEnd: '17:00',
    sessionMinutes: 50,
    sessionEveryMinutes: 60,
    breaks: [{ start: '12:00', end: '13:00' }],
  },
  resetMinutes: 3,
  checkInLeadMinutes: 2,
  calendar: DEFAULT_SETTINGS.calendar,
  reflection: DEFAULT_SETTINGS.reflection,
};

describe('settings files from earlier versions', () => {
  it("keep the user's breath-tone switch when sound settings arrive", () => {
    const parsed = SettingsSchema.parse({ ...firstRelease, phaseToneOn: true });
    expect(parsed.audio).toEqual({ ...DEFAULT_AUDIO, phaseTone: { ...DEFAULT_AUDIO.phaseTone, on: true } });
    expect(parsed).not.toHaveProperty('phaseToneOn');
  });

  it('get defaults for everything added since, and the same week they had', () => {
    expect(SettingsSchema.parse({ ...firstRelease, phaseToneOn: false })).toEqual({
      ...DEFAULT_SETTINGS,
      // An hourly grid from 9:00 kept its minute: the same sessions as before.
      template: { ...DEFAULT_SETTINGS.template, startAlignment: 0 },
    });
  });

  it('give every working day the hours and breaks the user chose for all of them', () => {
    const parsed = SettingsSchema.parse({
      ...firstRelease,
      template: {
        ...firstRelease.template,
        days: [2, 4],
        dayStart: '08:30',
        dayEnd: '18:00',
        sessionEveryMinutes: 45,
        sessionMinutes: 45,
        breaks: [
          { start: '12:00', end: '12:30' },
          { start: '15:00', end: '15:15' },
        ],
      },
    });
    const hours = {
      start: '08:30',
      end: '18:00',
      breaks: [
        { start: '12:00', end: '12:30' },
        { start: '15:00', end: '15:15' },
      ],
    };
    expect(parsed.template).toEqual({
      days: [
        { day: 2, ...hours },
        { day: 4, ...hours },
      ],
      sessionMinutes: 45,
      sessionEveryMinutes: 45,
      startAlignment: 'day',
    });
    expect(parsed.version).toBe(2);
    expect(parsed.checkInBeforeSession).toBe(true);
  });

  it('refuse a version-1 file whose template is broken, rather than guess', () => {
    expect(SettingsSchema.safeParse({ ...firstRelease, template: { days: 'weekdays' } }).success).toBe(false);
  });

  it('read a current file as it is', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
