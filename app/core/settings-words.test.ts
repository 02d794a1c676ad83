import { english, spanish, french } from '../shared/i18n/every-catalogue';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../shared/i18n/translator';
import { DEFAULT_HOURS, DEFAULT_SETTINGS, type WorkingDay } from '../shared/settings';
import { englishWords } from './testing/english';
import { startedCore } from './testing/started-core';
import { VirtualTime } from './testing/virtual-time';
import { ERASE_WORD, ERASE_WORDS, isEraseConfirmation } from './user-data';

/** The refusals, as the form shows them in English. */
async function saving(settings: unknown) {
  return (await refusals(settings)).map(({ field, message }) => ({ field, message: englishWords.say(message) }));
}

async function refusals(settings: unknown) {
  const time = new VirtualTime(Date.parse('2026-11-25T08:00:00Z'));
  const { core } = await startedCore(time);
  const result = await core.handlers.updateSettings(settings);
  core.stop();
  return result.ok ? [] : result.errors;
}

const rule = DEFAULT_SETTINGS.calendar.rule;
// Each breaks a rule that has no message of its own in the schema.
const BAD: [string, unknown][] = [
  ['a session rule below its floor', { calendar: { ...DEFAULT_SETTINGS.calendar, rule: { ...rule, maxMinutes: 2 } } }],
  [
    'a session rule that is not a number',
    { calendar: { ...DEFAULT_SETTINGS.calendar, rule: { ...rule, maxMinutes: 'ten' } } },
  ],
  ['a fraction of a minute', { calendar: { ...DEFAULT_SETTINGS.calendar, rule: { ...rule, minMinutes: 7.5 } } }],
  [
    'a keyword of 61 characters',
    { calendar: { ...DEFAULT_SETTINGS.calendar, rule: { ...rule, includeKeywords: ['x'.repeat(61)] } } },
  ],
  ['a weekday 8', { template: { ...DEFAULT_SETTINGS.template, days: [{ ...DEFAULT_HOURS, day: 8 }] } }],
  [
    'a sound louder than full',
    { audio: { ...DEFAULT_SETTINGS.audio, phaseTone: { ...DEFAULT_SETTINGS.audio.phaseTone, volume: 3 } } },
  ],
  ['an unknown favourite', { exercises: { ...DEFAULT_SETTINGS.exercises, favourite: 'juggling' } }],
];

describe('settings are refused in our own words', () => {
  it.each(BAD)('%s', async (_name, patch) => {
    const errors = await saving({ ...DEFAULT_SETTINGS, ...(patch as object) });
    expect(errors.length).toBeGreaterThan(0);
    for (const { message } of errors) {
      expect(message).not.toMatch(/expected|too (small|big)|invalid|>=|<=|received/i);
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('says what to enter, with the rule’s own number', async () => {
    const patch = { calendar: { ...DEFAULT_SETTINGS.calendar, rule: { ...rule, maxMinutes: 2 } } };
    expect(await saving({ ...DEFAULT_SETTINGS, ...patch })).toContainEqual({
      field: 'calendar.rule.maxMinutes',
      message: 'Please enter 5 or more.',
    });
    // A message key and the rule's number, so each language says it in its own words.
    expect(await refusals({ ...DEFAULT_SETTINGS, ...patch })).toContainEqual({
      field: 'calendar.rule.maxMinutes',
      message: { key: 'settings.errors.atLeastNumber', params: { minimum: 5 } },
    });
  });

  it('words every refusal in Spanish and French too, never leaving a key or a placeholder', async () => {
    const words = [createTranslator(spanish), createTranslator(french)];
    for (const [, patch] of BAD) {
      for (const { message } of await refusals({ ...DEFAULT_SETTINGS, ...(patch as object) })) {
        for (const translator of words) expect(translator.say(message)).not.toMatch(/settings\.errors|\{\{/);
      }
    }
  });
});

describe('the word that confirms "Erase everything"', () => {
  const catalogues = { en: english, es: spanish, fr: french };

  it('is the one each language shows', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      expect(createTranslator(catalogue).t('settings.yourData.eraseWord')).toBe(
        ERASE_WORDS[language as keyof typeof catalogues],
      );
    }
  });

  it('is asked for, when it is missing, in the words of the window’s language', async () => {
    const { core } = await startedCore(new VirtualTime(Date.parse('2026-11-25T08:00:00Z')));
    const refused = await core.handlers.eraseEverything({ confirmation: 'delete' });
    core.stop();
    expect(refused.ok).toBe(false);
    expect(englishWords.say(refused.message!)).toBe('Type "erase" to confirm. Nothing was erased.');
    expect(createTranslator(spanish).say(refused.message!)).toBe('Escribe «borrar» para confirmar. No se borró nada.');
  });

  it('is taken in English and in every language Interlude speaks, whatever the case or spaces around it', () => {
    expect(ERASE_WORD).toBe('erase');
    for (const typed of ['erase', ' Erase ', 'borrar', 'BORRAR', 'effacer', 'Effacer ']) {
      expect(isEraseConfirmation(typed)).toBe(true);
    }
    for (const typed of ['', 'delete', 'eras', 'borra', 'effacé', 'erase everything']) {
      expect(isEraseConfirmation(typed)).toBe(false);
    }
  });
});

describe('a template that would give no session is not saved as if it did', () => {
  const template = DEFAULT_SETTINGS.template;
  const withTuesday = (tuesday: Partial<WorkingDay>) => ({
    ...DEFAULT_SETTINGS,
    template: { ...template, days: template.days.map((day) => (day.day === 2 ? { ...day, ...tuesday } : day)) },
  });

  it('refuses a break over the whole day, saying why, by that day’s end', async () => {
    expect(await saving(withTuesday({ breaks: [{ start: '09:00', end: '17:00' }] }))).toEqual([
      {
        field: 'template.days.1.end',
        message: 'With these hours and breaks, this day has no session. Shorten a break or lengthen the day.',
      },
    ]);
  });

  it('refuses a break outside working hours, by that break', async () => {
    const errors = await saving(withTuesday({ breaks: [DEFAULT_HOURS.breaks[0]!, { start: '18:00', end: '19:00' }] }));
    expect(errors).toEqual([
      { field: 'template.days.1.breaks.1.start', message: 'This break is outside the working day.' },
    ]);
  });

  it('refuses a day that ends before it starts, and a break that ends before it starts, each by its field', async () => {
    const errors = await saving(
      withTuesday({ start: '18:00', end: '09:00', breaks: [{ start: '13:00', end: '12:00' }] }),
    );
    expect(errors).toEqual([
      { field: 'template.days.1.end', message: 'The working day must end after it starts.' },
      { field: 'template.days.1.breaks.0.end', message: 'A break must end after it starts.' },
    ]);
  });

  it('refuses a time that is not a time, and a start minute past 59, in our words', async () => {
    const errors = await saving({
      ...withTuesday({ start: '9 o’clock' }),
      template: { ...withTuesday({ start: '9 o’clock' }).template, startAlignment: 75 },
    });
    expect(errors).toEqual([
      { field: 'template.days.1.start', message: 'Please enter a time such as 9:00 AM or 14:30.' },
      { field: 'template.startAlignment', message: 'Please enter a minute from 0 to 59.' },
    ]);
  });

  it('refuses no working days while the template is in use, and allows it when it is not', async () => {
    const none = { ...template, days: [] };
    expect((await saving({ ...DEFAULT_SETTINGS, template: none }))[0]?.field).toBe('template.days');
    const calendarsOnly = {
      ...DEFAULT_SETTINGS,
      template: none,
      calendar: { ...DEFAULT_SETTINGS.calendar, useTemplate: false },
    };
    expect(await saving(calendarsOnly)).toEqual([]);
  });

  it('saves an ordinary week with a lunch break', async () => {
    expect(await saving(DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('days off', () => {
  const withRanges = (ranges: { from: string; to: string }[]) => ({
    ...DEFAULT_SETTINGS,
    quietDays: { ...DEFAULT_SETTINGS.quietDays, ranges },
  });

  it('are kept merged: overlapping times off become one', async () => {
    const time = new VirtualTime(Date.parse('2026-11-25T08:00:00Z'));
    const { core } = await startedCore(time);
    const result = await core.handlers.updateSettings(
      withRanges([
        { from: '2026-12-24', to: '2026-12-31' },
        { from: '2026-12-28', to: '2027-01-03' },
      ]),
    );
    expect(result.ok).toBe(true);
    expect(core.snapshot().settings.quietDays.ranges).toEqual([{ from: '2026-12-24', to: '2027-01-03' }]);
    core.stop();
  });

  it('refuses a five-year time off, in our words', async () => {
    expect(await saving(withRanges([{ from: '2026-01-01', to: '2030-12-31' }]))).toEqual([
      {
        field: 'quietDays.ranges.0.to',
        message: 'A time off can be at most a year long. Add a longer one in parts.',
      },
    ]);
  });
});
