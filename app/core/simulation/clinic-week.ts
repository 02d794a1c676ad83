import { DEFAULT_AFTER, DEFAULT_BEFORE } from '../../shared/check-in';
import { TZDate } from '@date-fns/tz';
import type { Session } from '../../shared/domain';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { Interlude } from '../interlude';
import type { ScheduleSource } from '../schedule-source';
import { startOfLocalDay } from '../schedule';
import { MemoryStore } from '../testing/memory-store';
import { RecordingShell, silentLog } from '../testing/recording-shell';
import { expectedWindows } from '../testing/expected-prompts';
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
  | { kind: 'overrun' }
  /** From now on the simulated user answers at once, three minutes late, or never (leaving prompts on screen). */
  | { kind: 'user'; answers: UserAnswers }
  /**
   * A calendar refresh changes the schedule: the session under way or just ended runs 20 minutes
   * longer, the next one moves 30 minutes later, or the next one is removed.
   */
  | { kind: 'reschedule'; change: 'lengthen' | 'move' | 'remove' };

export type UserAnswers = 'at-once' | 'late' | 'never';

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
  /** The schedule's version and the zone in force when it fired. */
  version: number;
  zone: string;
  promptId: string;
  kind: string;
  dueAt: number;
}

export interface SimulationResult {
  fired: Fired[];
  /**
   * Wall-clock stretches in which the machine was awake and the app running, with the zone then in
   * force; afterJump when a clock jump began it, which the watcher notices only within a minute.
   */
  awake: { from: number; to: number; zone: string; version: number; afterJump?: true }[];
  /** The first watcher wake after each fault: a prompt it reveals may fire then rather than on time. */
  reveals: number[];
  /** When the clock jumped: due times before a jump can come due at any wake in the minute after. */
  jumps: number[];
  /** For each clock jump, how long (wall time) until the watcher woke and noticed. */
  jumpNoticedAfterMs: number[];
  /** When the prompt window was on screen. */
  onScreen: { from: number; to: number; zone: string; version: number }[];
  /** The schedule in a zone, after its first `version` refreshes (all of them when left out). */
  sessionsIn: (zone: string, from: number, to: number, version?: number) => Session[];
  settings: Settings;
}

function localInstant(date: string, day: number, hhmm: string, zone: string): number {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = hhmm.split(':').map(Number) as [number, number];
  return new TZDate(year, month - 1, dayOfMonth + day, hour, minute, zone).getTime();
}

interface ScheduleChange {
  /** The session changed, by its place in the scenario's list (the same in every zone). */
  index: number;
  change: 'lengthen' | 'move' | 'remove';
}

/** Sessions for the scenario's days in a given zone: local times, so a zone change moves them; refreshes change them. */
function scheduleFor(scenario: Scenario) {
  const byZone = new Map<string, Session[]>();
  const changes: ScheduleChange[] = [];
  const base = (zone: string): Session[] => {
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
  /** The schedule after the first `version` changes (versions count changes, so a clock set back cannot undo one). */
  const asOf = (zone: string, version: number): Session[] =>
    base(zone).flatMap((session, index) => {
      let changed: Session | null = session;
      for (const change of changes.slice(0, version)) {
        if (change.index !== index || !changed) continue;
        if (change.change === 'remove') changed = null;
        else if (change.change === 'lengthen') changed = { ...changed, end: changed.end + 20 * MINUTE };
        else changed = { ...changed, start: changed.start + 30 * MINUTE, end: changed.end + 30 * MINUTE };
      }
      return changed ? [changed] : [];
    });
  return {
    sessionsIn: (zone: string, from: number, to: number, version = Infinity) =>
      asOf(zone, version).filter((session) => session.end > from && session.start < to),
    version: () => changes.length,
    /** Applies a refresh's change now; false when there is no session it could apply to. */
    reschedule: (change: ScheduleChange['change'], now: number, zone: string): boolean => {
      const sessions = base(zone);
      const current = asOf(zone, Infinity);
      const target =
        change === 'lengthen'
          ? current.filter((session) => session.start <= now).at(-1)
          : current.find((session) => session.start > now);
      const index = target
        ? sessions.findIndex((session) => session.start === target.start || session.end === target.end)
        : -1;
      if (index === -1) return false;
      changes.push({ index, change });
      return true;
    },
  };
}

/**
 * Drives the real core and watcher through a scenario on virtual time: the machine sleeps,
 * the clock jumps, the app restarts, the zone changes. Every prompt is answered at once
 * ("skip", or "still in session" where the scenario says so), so the next can come.
 */
export async function simulate(scenario: Scenario): Promise<SimulationResult> {
  const { sessionsIn, reschedule, version } = scheduleFor(scenario);
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
  let answers: UserAnswers = 'at-once';
  const onScreen: SimulationResult['onScreen'] = [];
  let visible = false;
  let visibleSince: number | null = null;
  const jumps: number[] = [];

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
  const originalShow = shell.showPromptWindow.bind(shell);
  const originalHide = shell.hidePromptWindow.bind(shell);
  shell.showPromptWindow = (options) => {
    originalShow(options);
    visible = true;
    visibleSince ??= time.now();
  };
  shell.hidePromptWindow = () => {
    originalHide();
    visible = false;
    if (visibleSince !== null)
      onScreen.push({ from: visibleSince, to: time.now(), zone: time.timeZone(), version: version() });
    visibleSince = null;
  };
  shell.notify = (notification) => {
    originalNotify(notification);
    const active = core.snapshot().activePrompt;
    if (!active) return;
    fired.push({
      at: time.now(),
      version: version(),
      zone: time.timeZone(),
      promptId: active.prompt.id,
      kind: active.prompt.kind,
      dueAt: active.prompt.dueAt,
    });
    const promptId = active.prompt.id;
    const overrun = overrunNext && active.prompt.kind !== 'check-in';
    if (overrun) overrunNext = false;
    // The user answers in the window, if the prompt is still there when they get to it.
    const answer = async () => {
      if (core.snapshot().activePrompt?.prompt.id !== promptId) return;
      if (overrun) {
        await core.handlers.respondToPrompt({ promptId, action: 'overrun' });
        await core.handlers.closeWindow(undefined); // having read what happens next
      } else if (active.prompt.kind === 'check-in' || active.prompt.kind === 'check-out') {
        await core.handlers.saveCheckIn({
          promptId,
          answers: active.prompt.kind === 'check-in' ? DEFAULT_BEFORE : DEFAULT_AFTER,
        });
      } else {
        await core.handlers.respondToPrompt({ promptId, action: 'skip' });
      }
    };
    if (answers === 'at-once' || overrun) void Promise.resolve().then(answer);
    else if (answers === 'late') time.setTimeout(() => void answer(), 3 * MINUTE);
  };
  const boot = async () => {
    core = new Interlude({ clock: time, timers, store, shell, log: silentLog, schedule });
    await core.start();
  };
  let segmentAfterJump = false;
  const closeSegment = () => {
    // What was on screen is cut at each fault too, so each piece lies in one stretch of real time.
    if (visibleSince !== null && time.now() > visibleSince)
      onScreen.push({ from: visibleSince, to: time.now(), zone: time.timeZone(), version: version() });
    visibleSince = null;
    if (time.now() > segmentStart)
      awake.push({
        from: segmentStart,
        to: time.now(),
        zone: time.timeZone(),
        version: version(),
        ...(segmentAfterJump ? { afterJump: true as const } : {}),
      });
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
    // A jump not yet noticed is noticed by the re-plan any other fault brings (a sleep's resume, say).
    if (awaitingReveal && fault.kind !== 'jump' && fault.kind !== 'overrun' && fault.kind !== 'user') {
      jumpNoticedAfterMs.push(time.now() - jumpedAt);
      awaitingReveal = false;
    }
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
    } else if (fault.kind === 'user') {
      answers = fault.answers;
    } else if (fault.kind === 'reschedule') {
      // As a calendar refresh does: the sources change, and the core re-plans at once.
      if (reschedule(fault.change, time.now(), time.timeZone())) core.replan();
    } else {
      overrunNext = true;
    }
    // A sleep, restart, zone change or refresh is acted on at once; a clock jump only at the watcher's next wake.
    if (['sleep', 'restart', 'zone', 'reschedule'].includes(fault.kind)) reveals.push(time.now());
    if (fault.kind === 'jump') {
      awaitingReveal = true;
      jumpedAt = time.now();
      jumps.push(time.now());
    }
    segmentStart = time.now();
    if (visible) visibleSince ??= time.now();
    segmentAfterJump = fault.kind === 'jump';
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
  if (visibleSince !== null)
    onScreen.push({ from: visibleSince, to: time.now(), zone: time.timeZone(), version: version() });
  core.stop();
  return { fired, awake, reveals, jumps, jumpNoticedAfterMs, onScreen, sessionsIn, settings: DEFAULT_SETTINGS };
}

/** The invariants every scenario must keep. Returns the broken ones, in words. */
export function brokenInvariants(result: SimulationResult): string[] {
  const problems: string[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const far = {
    from: Math.min(...result.awake.map((s) => s.from)) - 2 * 86_400_000,
    to: Math.max(...result.awake.map((s) => s.to)) + 2 * 86_400_000,
  };

  // 1. No prompt inside a session (in the zone in force when it fired).
  for (const prompt of result.fired) {
    const { zone } = prompt;
    if (
      result.sessionsIn(zone, far.from, far.to, prompt.version).some((s) => s.start <= prompt.at && prompt.at < s.end)
    )
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
  // The expected prompts come from the rules as written (testing/expected-prompts.ts), not from the planner.
  for (const segment of result.awake) {
    const sessions = result.sessionsIn(segment.zone, far.from, far.to, segment.version);
    // A prompt whose window had already closed before a refresh was decided then (say, missed while
    // asleep); a refresh that lengthens its window later does not bring it back.
    const decidedEarlier = new Set(
      Array.from({ length: segment.version }, (_, version) =>
        expectedWindows(result.sessionsIn(segment.zone, far.from, far.to, version), result.settings, segment.zone),
      )
        .flat()
        .filter((window) => window.to <= segment.from)
        .map((window) => window.id),
    );
    // After a clock jump the watcher needs up to a minute to notice; a window inside that minute can pass unseen.
    const noticedFrom = segment.afterJump ? segment.from + 61_000 : segment.from;
    for (const prompt of expectedWindows(sessions, result.settings, segment.zone)) {
      if (decidedEarlier.has(prompt.id)) continue;
      const open = Math.max(prompt.from, noticedFrom);
      const close = Math.min(prompt.to, segment.to);
      if (close - open < 1_000) continue;
      if (!counts.has(prompt.id))
        problems.push(
          `${prompt.id} (${prompt.kind}) was due ${iso(prompt.from)}, its window was awake, and it never fired`,
        );
    }
  }
  // 4. A clock jump is noticed within a minute, since no timer sleeps longer.
  for (const lag of result.jumpNoticedAfterMs)
    if (lag > 61_000) problems.push(`a clock jump went unnoticed for ${Math.round(lag / 1000)} s`);
  // 5. Each fired prompt within 1 s of its due time, or of the wake that revealed it.
  for (const prompt of result.fired) {
    const onTime = prompt.at >= prompt.dueAt && prompt.at - prompt.dueAt <= 1_000;
    const revealed =
      result.reveals.some((wake) => prompt.dueAt <= wake && Math.abs(prompt.at - wake) <= 1_000) ||
      result.jumps.some((jump) => prompt.dueAt <= prompt.at && prompt.at >= jump && prompt.at - jump <= 61_000);
    if (!onTime && !revealed)
      problems.push(`${prompt.promptId} was due ${iso(prompt.dueAt)} but fired at ${iso(prompt.at)}`);
  }
  // 6. A prompt on screen is taken down once a session is under way: at once after a refresh,
  //    and within the minute a changed clock takes to notice. Only time that really passed
  //    (awake, not jumped over) counts.
  for (const shown of result.onScreen) {
    for (const session of result.sessionsIn(shown.zone, shown.from, shown.to, shown.version)) {
      const overlap = Math.min(shown.to, session.end) - Math.max(shown.from, session.start);
      if (overlap > 61_000)
        problems.push(
          `the prompt window stayed up ${Math.round(overlap / 1000)} s into a session at ${iso(session.start)}`,
        );
    }
  }
  return problems;
}
