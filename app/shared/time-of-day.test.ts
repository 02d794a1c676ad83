import { enGB } from 'date-fns/locale/en-GB';
import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, parseTypedTime } from './time-of-day';

describe('a time as typed', () => {
  it.each([
    ['9', '09:00'],
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['9.30', '09:30'],
    ['930', '09:30'],
    ['1730', '17:30'],
    ['9am', '09:00'],
    ['9 PM', '21:00'],
    ['9:30 pm', '21:30'],
    ['12:00 AM', '00:00'],
    ['12 pm', '12:00'],
    ['21:30', '21:30'],
    [' 8:05 ', '08:05'],
  ])('reads %j as %s', (typed, expected) => {
    expect(parseTypedTime(typed)).toBe(expected);
  });

  it.each(['', 'noon-ish', '25:00', '9:75', '13 pm', '9:3', 'half past nine'])('refuses %j', (typed) => {
    expect(parseTypedTime(typed)).toBeNull();
  });

  it('writes a time the way the clock reads it', () => {
    expect(formatTimeOfDay('09:00')).toBe('9:00 AM');
    expect(formatTimeOfDay('17:30')).toBe('5:30 PM');
    expect(formatTimeOfDay('17:30', enGB)).toBe('17:30');
  });
});
