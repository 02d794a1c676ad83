import { french, spanish } from '../../shared/i18n/every-catalogue';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translator';
import { englishWords } from '../testing/english';
import { monthOf, nudgeCopy, weekdayOf } from './nudge-copy';

const spanishWords = createTranslator(spanish);
const frenchWords = createTranslator(french);

describe('the words of the nudges', () => {
  it('names the weekday and month of a calendar date, whatever the zone', () => {
    const week = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'];
    expect(week.map((date) => englishWords.say(weekdayOf(date)))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(englishWords.say(monthOf('2026-01-31'))).toBe('January');
    expect(englishWords.say(monthOf('2026-12-01'))).toBe('December');
  });

  it('says each nudge in English as it always has', () => {
    expect(englishWords.say(nudgeCopy.carrying(4, []))).toBe(
      "Over the past week you've often noted carrying something out of sessions: on 4 of your last 5 working days. " +
        'Many clinicians find it helps to bring that to consultation or supervision.',
    );
    expect(englishWords.say(nudgeCopy.lowerEnergy())).toBe(
      'Your energy before sessions has been lower than your own usual for three working days running. ' +
        'Rest is part of the work: a real lunch, an earlier finish, or a look at the pace of your week.',
    );
    expect(englishWords.say(nudgeCopy.moreWornOut())).toBe(
      'Two weekly reflections running, you felt more worn out by the work than in the weeks before. ' +
        'Rest is part of the work: a real lunch, an earlier finish, or a look at the pace of your week.',
    );
    expect(englishWords.say(nudgeCopy.skippedMore(6, 3))).toBe(
      'This past week you skipped more resets (6) than you took (3). ' +
        'That usually says the gaps are tight, not that you did anything wrong. A little more space between sessions may help.',
    );
  });

  it('says every nudge in Spanish and French, with nothing left unworded', () => {
    const days = [
      { date: '2026-11-04', sessions: 6 },
      { date: '2026-11-05', sessions: 7 },
      { date: '2026-11-06', sessions: 6 },
    ] as const;
    const all = [
      nudgeCopy.carrying(3, []),
      nudgeCopy.carrying(3, ['Ana', 'Luis']),
      nudgeCopy.numbOrIrritated(3, []),
      nudgeCopy.numbOrIrritated(3, ['Ana', 'Luis']),
      nudgeCopy.lowerEnergy(),
      nudgeCopy.moreWornOut(),
      nudgeCopy.backToBack(days),
      nudgeCopy.skippedMore(6, 3),
      nudgeCopy.dayOff(15, false),
      nudgeCopy.dayOff(15, true),
      nudgeCopy.rememberedMoment('2026-11-07', 'Remembered why I chose this work.'),
    ];
    for (const words of [englishWords, spanishWords, frenchWords]) {
      for (const nudge of all) expect(words.say(nudge)).not.toMatch(/\{\{|nudges\./);
    }
    expect(spanishWords.say(nudgeCopy.backToBack(days))).toMatch(/^El miércoles, el jueves y el viernes /);
    expect(spanishWords.say(nudgeCopy.numbOrIrritated(3, ['Ana', 'Luis']))).toContain('con Ana o Luis');
    expect(frenchWords.say(nudgeCopy.rememberedMoment('2026-11-07', 'Un silence.'))).toBe(
      'Quelque chose que vous avez noté le samedi 7 novembre : « Un silence. »',
    );
  });
});
