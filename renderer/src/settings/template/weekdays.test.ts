import { describe, expect, it } from 'vitest';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { WEEKDAY_NUMBERS, weekdayInSentence, weekdayName, weekdayShort } from './weekdays';

describe('weekday names, in the language', () => {
  it('names ISO weekdays from Monday, as English always has', () => {
    expect(WEEKDAY_NUMBERS.map((day) => weekdayName(day, enUS))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(weekdayShort(4, enUS)).toBe('Thu');
    expect(weekdayInSentence(4, enUS)).toBe('Thursday');
  });

  it('writes a name on its own with a capital, and in a sentence as the language does', () => {
    expect(weekdayName(1, es)).toBe('Lunes');
    expect(weekdayInSentence(1, es)).toBe('lunes');
    expect(weekdayName(7, fr)).toBe('Dimanche');
    expect(weekdayInSentence(7, fr)).toBe('dimanche');
  });
});
