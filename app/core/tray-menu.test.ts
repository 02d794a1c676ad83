import { describe, expect, it } from 'vitest';
import { message } from '../shared/i18n/message';
import type { TrayMenuItem } from '../shared/tray-menu';
import { buildTrayMenu, type TrayMenuInput } from './tray-menu';

const ZONE = 'America/Chicago';
const NOW = Date.parse('2026-12-02T15:10:00Z'); // 9:10 AM in Chicago
const MINUTE = 60_000;
const session = (startInMinutes: number, minutes = 50) => ({
  start: NOW + startInMinutes * MINUTE,
  end: NOW + (startInMinutes + minutes) * MINUTE,
  source: 'template' as const,
});

function input(overrides: Partial<TrayMenuInput> = {}): TrayMenuInput {
  return {
    now: NOW,
    language: 'en',
    timeZone: ZONE,
    currentSession: null,
    nextSession: session(30),
    pause: null,
    activePrompt: null,
    resetMinutes: 3,
    exercises: [{ id: 'box-breathing' }, { id: 'silence' }],
    ...overrides,
  };
}

const first = (items: TrayMenuItem[]) => items[0]!;
const labels = (items: TrayMenuItem[]) => items.flatMap((item) => (item.kind === 'label' ? [item.text] : []));

/** The tray is messages: a key and what fills it, for the shell to word in the language the core chose. */
describe('the tray’s messages in each state', () => {
  it('counts down to a session near, with the time itself left to the language', () => {
    const model = buildTrayMenu(input());
    expect(model.language).toBe('en');
    expect(first(model.items)).toMatchObject({
      text: message('tray.nextSessionSoon', {
        when: { time: 'when', at: NOW + 30 * MINUTE, now: NOW, zone: ZONE },
        countdown: { countdownMs: 30 * MINUTE },
      }),
    });
    const schedule = first(model.items);
    expect(model.tooltip).toEqual(message('tray.tooltip', { status: schedule.kind === 'label' ? schedule.text : '' }));
  });

  it('says a session far off without a countdown, and no session at all', () => {
    expect(first(buildTrayMenu(input({ nextSession: session(180) })).items)).toMatchObject({
      text: { key: 'tray.nextSession' },
    });
    expect(first(buildTrayMenu(input({ nextSession: null })).items)).toMatchObject({
      text: { key: 'tray.noSessionsThisWeek' },
    });
  });

  it('in a session, says until when, and the state says so', () => {
    const model = buildTrayMenu(input({ currentSession: session(-10), nextSession: session(50) }));
    expect(model.state).toBe('in-session');
    expect(first(model.items)).toMatchObject({
      text: message('tray.inSessionUntil', { time: { time: 'clock', at: NOW + 40 * MINUTE, now: NOW, zone: ZONE } }),
    });
  });

  it('paused: until when, or until resumed, and offers Resume in place of Pause', () => {
    const until = buildTrayMenu(input({ pause: { from: NOW, until: NOW + 60 * MINUTE } }));
    expect(until.state).toBe('paused');
    expect(labels(until.items)).toContainEqual(
      message('tray.pausedUntil', { when: { time: 'when', at: NOW + 60 * MINUTE, now: NOW, zone: ZONE } }),
    );
    expect(until.items.map((item) => item.id)).toContain('resume');
    expect(until.items.map((item) => item.id)).not.toContain('pause');
    const open = buildTrayMenu(input({ pause: { from: NOW, until: null } }));
    expect(labels(open.items)).toContainEqual(message('tray.pausedUntilResumed'));
  });

  it('a snoozed prompt by its kind, a quiet day, and calendars out of date as a list', () => {
    const model = buildTrayMenu(
      input({
        snoozed: { kind: 'wind-down', until: NOW + 5 * MINUTE },
        quietToday: true,
        staleCalendars: [
          message('calendar.labels.importedFile'),
          message('calendar.labels.named', { name: 'ehr.example.com' }),
        ],
      }),
    );
    expect(labels(model.items)).toEqual([
      expect.objectContaining({ key: 'tray.nextSessionSoon' }),
      message('tray.snoozed.wind-down', { when: { time: 'when', at: NOW + 5 * MINUTE, now: NOW, zone: ZONE } }),
      message('tray.quietDay'),
      message('tray.calendarsOutOfDate', {
        calendars: {
          list: [
            message('calendar.labels.importedFile'),
            message('calendar.labels.named', { name: 'ehr.example.com' }),
          ],
          join: 'and',
        },
      }),
    ]);
  });

  it('counts the minutes left of a reset under way, as a plural', () => {
    const prompt = { id: 'after@1', kind: 'reset' as const, dueAt: NOW - MINUTE, expiresAt: NOW + 10 * MINUTE };
    const activePrompt = {
      prompt: { ...prompt, session: null, resetSeconds: 180 },
      stage: 'exercise' as const,
      step: 'choose' as const,
      exercise: 'silence' as const,
      startedAt: NOW - 30_000,
      choices: { snooze: { kind: 'in-five-minutes' as const }, overrun: 'in-five-minutes' as const },
    };
    const model = buildTrayMenu(input({ activePrompt }));
    expect(model.state).toBe('in-reset');
    expect(first(model.items)).toMatchObject({ text: message('tray.resetUnderWayLeft', { count: 3 }) });
  });

  it('names each quick reset by its exercise’s own key, and the quick reset by its length', () => {
    const quick = buildTrayMenu(input()).items.find((item) => item.id === 'quick-reset');
    expect(quick).toMatchObject({
      text: message('tray.startReset', { count: 3 }),
      items: [{ text: message('exercises.box-breathing.name') }, { text: message('exercises.silence.name') }],
    });
  });

  it('passes the language the core chose on to the shell', () => {
    expect(buildTrayMenu(input({ language: 'fr' })).language).toBe('fr');
  });
});
