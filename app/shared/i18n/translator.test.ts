import { describe, expect, it } from 'vitest';
import { english, french, spanish } from './every-catalogue';
import { message } from './message';
import { createTranslator, type Catalogue } from './translator';

const ZONE = 'America/Chicago';
// Wednesday 2 December 2026, 12:45 PM in Chicago.
const NOW = Date.parse('2026-12-02T18:45:00Z');
const HOUR = 3_600_000;
const en = createTranslator(english);
const es = createTranslator(spanish);
const fr = createTranslator(french);

describe('one way to say when, in each language', () => {
  it('says today’s time alone, and tomorrow and yesterday by name', () => {
    expect(en.when(NOW + HOUR, NOW, ZONE)).toBe('1:45 PM');
    expect(en.when(Date.parse('2026-12-03T14:58:00Z'), NOW, ZONE)).toBe('tomorrow 8:58 AM');
    expect(en.when(Date.parse('2026-12-02T02:16:00Z'), NOW, ZONE)).toBe('yesterday 8:16 PM');
    expect(es.when(Date.parse('2026-12-03T14:58:00Z'), NOW, ZONE)).toBe('mañana a las 08:58');
    expect(fr.when(Date.parse('2026-12-02T02:16:00Z'), NOW, ZONE)).toBe('hier à 20:16');
  });

  it('names the weekday within the week, and the date further off, in the language’s own words and order', () => {
    expect(en.when(Date.parse('2026-12-07T15:00:00Z'), NOW, ZONE)).toBe('Mon 9:00 AM');
    expect(en.when(Date.parse('2026-12-25T15:00:00Z'), NOW, ZONE)).toBe('Dec 25 9:00 AM');
    expect(es.when(Date.parse('2026-12-07T15:00:00Z'), NOW, ZONE)).toBe('lun a las 09:00');
    expect(fr.when(Date.parse('2026-12-25T15:00:00Z'), NOW, ZONE)).toBe('25 déc. à 09:00');
  });

  it('after a verb, says "at" for today and the day otherwise, so tomorrow never reads as today', () => {
    expect(en.at(NOW + HOUR, NOW, ZONE)).toBe('at 1:45 PM');
    expect(en.at(Date.parse('2026-12-03T14:58:00Z'), NOW, ZONE)).toBe('tomorrow 8:58 AM');
    expect(fr.at(NOW + HOUR, NOW, ZONE)).toBe('à 13:45');
  });

  it('counts down in whole minutes, rounded up, then hours', () => {
    expect(en.countdown(1)).toBe('in 1 min');
    expect(en.countdown(14 * 60_000 - 1)).toBe('in 14 min');
    expect(en.countdown(125 * 60_000)).toBe('in 2 h 5 min');
    expect(es.countdown(60 * 60_000)).toBe('en 1 h');
    expect(fr.countdown(90 * 60_000)).toBe('dans 1 h 30 min');
  });
});

describe('messages with parameters', () => {
  it('chooses the plural form by each language’s rules: Spanish and French have one, many and other', () => {
    const minutes = (count: number) => message('time.minutes', { count });
    expect([1, 3].map((count) => en.say(minutes(count)))).toEqual(['1 minute', '3 minutes']);
    expect([1, 3, 1_000_000].map((count) => es.say(minutes(count)))).toEqual([
      '1 minuto',
      '3 minutos',
      '1.000.000 de minutos',
    ]);
    // French counts 0 as one.
    expect(fr.say(minutes(0))).toBe('0 minute');
  });

  it('words nested messages, lists and times in the same language', () => {
    const start = Date.parse('2026-12-02T20:00:00Z');
    const line = message('tray.nextSessionSoon', {
      when: { time: 'when', at: start, now: NOW, zone: ZONE },
      countdown: { countdownMs: start - NOW },
    });
    expect(en.say(line)).toBe('Next session 2:00 PM · in 1 h 15 min');
    expect(fr.say(line)).toBe('Prochaine séance : 14:00 · dans 1 h 15 min');
    const stale = message('tray.calendarsOutOfDate', { calendars: { list: ['Jane', 'Google'], join: 'and' } });
    expect(es.say(stale)).toBe('Calendario sin actualizar: Jane y Google');
    expect(fr.say(stale)).toBe('Calendrier non à jour : Jane et Google');
  });

  it('shows a user’s own text as it is, never as a key or a pattern', () => {
    const stale = message('tray.calendarsOutOfDate', { calendars: '{{count}} tray.open' });
    expect(en.say(stale)).toBe('Calendar out of date: {{count}} tray.open');
  });

  it('shows a missing key as itself rather than nothing', () => {
    const partial: Catalogue = { ...english, messages: { time: english.messages.time! } };
    expect(createTranslator(partial).t('tray.open')).toBe('tray.open');
  });
});
