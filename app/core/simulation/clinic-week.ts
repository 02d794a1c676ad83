import { DEFAULT_AFTER, DEFAULT_BEFORE } from '../../shared/check-in';
import { TZDate } from '@date-fns/tz';
import type { Session } from '../../shared/domain';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { Interlude } from '../interlude';
import { candidatePrompts } from '../planner';
import type { ScheduleSource } from '../schedule-source';
import { localDateKey } from '../../shared/local-date';
import { startOfLocalDay } from '../schedule';
import { MemoryStore } from '../testing/memory-store';
import { RecordingShell, silentLog } from '../testing/recording-shell';
import { VirtualTime } from '../testing/virtual-time';

const MINUTE = 60_000;

/** A day's sessions as local "HH:MM-HH:MM" ranges; they follow the machine's zone, as a template does. */
export type DayPlan = string[];

/** What happens to the machine and the app, in order, at local times of the simulated week. */
export type Fault =
  | { kind: 'sleep'; minutes: number }
  | { kind: 'jump'; minutes: number }
  | { kind: 'restart' }
  | { kind: 'zone'; to: string }
  | { kind: 'overrun' };

export interface ScenarioStep {
  /** Days after the first day, and a local time. */
  day: number;
  at: string;
  fault: Fault;
}

export interface Scenario {
  name: string;
  /** First day, YYYY-MM-DD, in `zone`. */
  start: string;
  zone: string;
  days: DayPlan[];
  steps: ScenarioStep[];
}

export interface Fired {
  at: number;
  promptId: string;
  kind: string;
  dueAt: number;
}

export interface SimulationResult {
  fired: Fired[];
  /** Wall-clock stretches in which the machine was awake and the app running, with the zone then in force. */
  awake: { from: number; to: number; zone: string }[];
  /** The first watcher wake after each fault: a prompt it reveals may fire then rather than on time. */
  reveals: number[];
  /** For each clock jump, how long (wall time) until the watcher woke and noticed. */
  jumpNoticedAfterMs: number[];
  sessionsIn: (zone: string, from: number, to: number) => Session[];
  settings: Settings;
}

function localInstant(date: string, day: number, hhmm: string, zone: string): number {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  return new TZDate(year, month - 1, dayOfMonth + day, hour, minute, zone).getTime();
}

/** Sessions for the scenario's days in a given zone: local times, so a zone change moves them. */
function scheduleFor(scenario: Scenario): (zone: string, from: number, to: number) => Session[] {
  const byZone = new Map<string, Session[]>();
  const all = (zone: string): Session[] => {
    let sessions = byZone.get(zone);
    if (!sessions) {
      sessions = scenario.days
        .flatMap((plan, day) =>
          plan.map((range) => {
            const [start, end] = range.split('-') as [string, string];
            return {
              start: localInstant(scenario.start, day, start, zone),
              end: localInstant(scenario.start, day, end, zone),
              source: 'template' as const,
            };
          }),
        )
        .sort((a, b) => a.start - b.start);
      byZone.set(zone, sessions);
    }
    return sessions;
  };
  return (zone, from, to) => all(zone).filter((session) => session.end > from && session.start < to);
}

/**
 * Drives the real core and watcher through a scenario on virtual time: the machine sleeps,
 * the clock jumps, the app restarts, the zone changes. Every prompt is answered at once
 * ("skip", or "still in session" where the scenario says so), so the next can come.
 */
export async function simulate(scenario: Scenario): Promise<SimulationResult> {
  const sessionsIn = scheduleFor(scenario);
  const schedule: ScheduleSource = (from, to, _settings, zone) => sessionsIn(zone, from, to);
  const time = new VirtualTime(localInstant(scenario.start, 0, '07:00', scenario.zone), scenario.zone);
  const store = new MemoryStore();
  const fired: Fired[] = [];
  const awake: SimulationResult['awake'] = [];
  const reveals: number[] = [];
  const jumpNoticedAfterMs: number[] = [];
  let jumpedAt = 0;
  let segmentStart = time.now();
  let awaitingReveal = false;
  let overrunNext = false;

  // Timers that note each watcher wake, so the first after a fault can be found.
  const timers = {
    setTimeout: (callback: () => void, delay: number) =>
      time.setTimeout(() => {
        if (awaitingReveal) {
          reveals.push(time.now());
          jumpNoticedAfterMs.push(time.now() - jumpedAt);
          awaitingReveal = false;
        }
        callback();
      }, delay),
    clearTimeout: (handle: unknown) => time.clearTimeout(handle),
  };

  let core!: Interlude;
  const shell = new RecordingShell();
  const originalNotify = shell.notify.bind(shell);
  shell.notify = (notification) => {
    originalNotify(notification);
    const active = core.snapshot().activePrompt;
    if (!active) return;
    fired.push({ at: time.now(), promptId: active.prompt.id, kind: active.prompt.kind, dueAt: active.prompt.dueAt });
    const promptId = active.prompt.id;
    if (overrunNext && active.prompt.kind !== 'check-in') {
      overrunNext = false;
      void Promise.resolve().then(() => core.handlers.respondToPrompt({ promptId, action: 'overrun' }));
    } else if (active.prompt.kind === 'check-in' || active.prompt.kind === 'check-out') {
      void Promise.resolve().then(() =>
        core.handlers.saveCheckIn({
          promptId,
          answers: active.prompt.kind === 'check-in' ? DEFAULT_BEFORE : DEFAULT_AFTER,
        }),
      );
    } else {
      void Promise.resolve().then(() => core.handlers.respondToPrompt({ promptId, action: 'skip' }));
    }
  };
  const boot = async () => {
    core = new Interlude({ clock: time, timers, store, shell, log: silentLog, schedule });
    await core.start();
  };
  const closeSegment = () => {
    if (time.now() > segmentStart) awake.push({ from: segmentStart, to: time.now(), zone: time.timeZone() });
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  await boot();
  reveals.push(time.now()); // starting the app reveals whatever is already due
  const steps = [...scenario.steps].sort((a, b) => a.day - b.day || a.at.localeCompare(b.at));
  for (const step of steps) {
    const when = localInstant(scenario.start, step.day, step.at, time.timeZone());
    while (time.now() < when) {
      time.advance(Math.min(MINUTE, when - time.now()));
      await settle();
    }
    closeSegment();
    const { fault } = step;
    if (fault.kind === 'sleep') {
      time.sleep(fault.minutes * MINUTE);
      core.replan('resume'); // as Electron's powerMonitor reports it
    } else if (fault.kind === 'jump') {
      time.jumpClock(fault.minutes * MINUTE); // no event: the watcher must notice
    } else if (fault.kind === 'restart') {
      core.stop();
      await core.flushed();
      await boot();
    } else if (fault.kind === 'zone') {
      time.setTimeZone(fault.to);
      core.replan();
    } else {
      overrunNext = true;
    }
    // A sleep, restart or zone change is acted on at once; a clock jump only at the watcher's next wake.
    if (fault.kind === 'sleep' || fault.kind === 'restart' || fault.kind === 'zone') reveals.push(time.now());
    if (fault.kind === 'jump') {
      awaitingReveal = true;
      jumpedAt = time.now();
    }
    segmentStart = time.now();
    await settle();
  }
  const end = startOfLocalDay(
    localInstant(scenario.start, scenario.days.length, '00:00', time.timeZone()),
    time.timeZone(),
  ).getTime();
  while (time.now() < end) {
    time.advance(MINUTE);
    await settle();
  }
  closeSegment();
  core.stop();
  return { fired, awake, reveals, jumpNoticedAfterMs, sessionsIn, settings: DEFAULT_SETTINGS };
}

/** The invariants every scenario must keep. Returns the broken ones, in words. */
export function brokenInvariants(result: SimulationResult): string[] {
  const problems: string[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const everyZone = [...new Set(result.awake.map((segment) => segment.zone))];
  const far = {
    from: Math.min(...result.awake.map((s) => s.from)) - 2 * 86_400_000,
    to: Math.max(...result.awake.map((s) => s.to)) + 2 * 86_400_000,
  };

  // 1. No prompt inside a session (in the zone in force when it fired).
  for (const prompt of result.fired) {
    const segment = result.awake.find((s) => s.from <= prompt.at && prompt.at <= s.to);
    const zone = segment?.zone ?? everyZone[0]!;
    if (result.sessionsIn(zone, far.from, far.to).some((s) => s.start <= prompt.at && prompt.at < s.end))
      problems.push(`${prompt.promptId} fired inside a session at ${iso(prompt.at)}`);
  }
  // 2. No duplicate: a prompt fires again only after a "still in session".
  const counts = new Map<string, number>();
  for (const prompt of result.fired) counts.set(prompt.promptId, (counts.get(prompt.promptId) ?? 0) + 1);
  for (const [id, count] of counts) {
    const repeatsAllowed = result.fired.filter(
      (p) =>
        p.promptId === id && p.dueAt > Math.min(...result.fired.filter((q) => q.promptId === id).map((q) => q.dueAt)),
    ).length;
    if (count > 1 + repeatsAllowed) problems.push(`${id} fired ${count} times`);
  }
  // 3. No missed prompt whose window was awake (for at least a second).
  for (const segment of result.awake) {
    const sessions = result.sessionsIn(segment.zone, far.from, far.to);
    const sameDay = (a: number, b: number) => localDateKey(a, segment.zone) === localDateKey(b, segment.zone);
    for (const prompt of candidatePrompts(sessions, result.settings, sameDay)) {
      const open = Math.max(prompt.dueAt, segment.from);
      const close = Math.min(prompt.expiresAt, segment.to);
      if (close - open < 1_000) continue;
      if (!counts.has(prompt.id))
        problems.push(
          `${prompt.id} (${prompt.kind}) was due ${iso(prompt.dueAt)}, its window was awake, and it never fired`,
        );
    }
  }
  // 4. A clock jump is noticed within a minute, since no timer sleeps longer.
  for (const lag of result.jumpNoticedAfterMs)
    if (lag > 61_000) problems.push(`a clock jump went unnoticed for ${Math.round(lag / 1000)} s`);
  // 5. Each fired prompt within 1 s of its due time, or of the wake that revealed it.
  for (const prompt of result.fired) {
    const onTime = prompt.at >= prompt.dueAt && prompt.at - prompt.dueAt <= 1_000;
    const revealed = result.reveals.some((wake) => prompt.dueAt <= wake && Math.abs(prompt.at - wake) <= 1_000);
    if (!onTime && !revealed)
      problems.push(`${prompt.promptId} was due ${iso(prompt.dueAt)} but fired at ${iso(prompt.at)}`);
  }
  return problems;
}
