import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { demoSchedule } from '../app/core/schedule-source';
import { startPreviewServer, type PreviewServer } from '../app/preview/server';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './browser';
import { result, type BenchResult } from './results';

const TRACE_MS = 30_000;
/** The Long Tasks API's threshold, in the trace's microseconds. */
const LONG_TASK_US = 50_000;
const OPEN_TRIALS = 5;
const quiet = { info: () => undefined, warn: () => undefined };

/**
 * Only what DevTools' Performance panel needs for tasks and frames: every extra category is work
 * the traced browser does on the same two cores as the animation being measured.
 */
const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];

/** A Playwright timeout says what it waited for in selectors; the bench says it in words. */
async function orFail<T>(step: Promise<T>, failure: string): Promise<T> {
  try {
    return await step;
  } catch (error) {
    throw new Error(failure, { cause: error });
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    frameSeqId?: number;
    layerTreeId?: number;
    data?: {
      frame?: string;
      layerTreeId?: number;
      frames?: { frame: string; url: string; processId?: number; isOutermostMainFrame?: boolean }[];
    };
    frame_reporter?: {
      state?: string;
      frame_sequence?: number;
      layer_tree_host_id?: number;
      has_compositor_animation?: boolean;
      has_main_animation?: boolean;
    };
  };
}

interface PacerTrace {
  longTasks: number;
  longestTaskMs: number;
  framesPresented: number;
  framesDropped: number;
  framesExpected: number;
}

type FrameReporter = NonNullable<NonNullable<TraceEvent['args']>['frame_reporter']>;
type Verdict = 'idle' | 'dropped' | 'presented';
const VERDICT_RANK: Record<Verdict, number> = { idle: 0, dropped: 1, presented: 2 };

function verdictOf(state: string | undefined): Verdict {
  if (state === 'STATE_PRESENTED_ALL' || state === 'STATE_PRESENTED_PARTIAL') return 'presented';
  return state === 'STATE_DROPPED' ? 'dropped' : 'idle';
}

/**
 * Tasks and frames of one page in a Chrome trace. Frames are counted as DevTools counts them, from
 * the compositor's PipelineReporter events: one per BeginFrame, with Chromium's own verdict. A
 * vsync the compositor missed gets a reporter of its own (a "BACKFILL" frame, dropped), so gaps
 * in the sequence are not counted again; frames that wanted no update are not expected.
 */
function analysePacerTrace(events: readonly TraceEvent[], pageUrl: string): PacerTrace {
  const pagePath = new URL(pageUrl).pathname;
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const mainFrame = started?.args?.data?.frames?.find(
    (frame) => frame.isOutermostMainFrame !== false && new URL(frame.url).pathname === pagePath,
  );
  const pid = mainFrame?.processId;
  if (!mainFrame || pid === undefined)
    throw new Error(`The trace does not say which renderer process shows ${pageUrl}.`);

  const mainThread = events.find(
    (event) =>
      event.ph === 'M' && event.name === 'thread_name' && event.pid === pid && event.args?.name === 'CrRendererMain',
  )?.tid;
  if (mainThread === undefined) throw new Error(`The trace has no CrRendererMain thread for renderer process ${pid}.`);
  const durations = events
    .filter((event) => event.ph === 'X' && event.name === 'RunTask' && event.pid === pid && event.tid === mainThread)
    .map((task) => task.dur ?? 0);
  // The player's clock ticks all the time, so a main thread with no tasks means the trace is broken.
  if (durations.length === 0) throw new Error('The trace has no tasks on the page’s main thread.');

  // A renderer can hold an older layer tree (the document before navigation); only the page's counts.
  const layerTreeId = events.findLast(
    (event) => event.name === 'SetLayerTreeId' && event.pid === pid && event.args?.data?.frame === mainFrame.frame,
  )?.args?.data?.layerTreeId;
  const ofPage = (treeId: number | undefined) => layerTreeId === undefined || treeId === layerTreeId;
  // Frames begun before the renderer started tracing are reported with half their data (seen as
  // dropped and not animated while the orb was moving), so only frames whose BeginFrame is in the
  // trace are judged.
  const traced = events
    .filter(
      (event) =>
        event.name === 'BeginFrame' &&
        event.pid === pid &&
        event.args?.frameSeqId !== undefined &&
        ofPage(event.args.layerTreeId),
    )
    .map((event) => event.args!.frameSeqId!);
  if (traced.length === 0) throw new Error('The trace has no BeginFrame for the page: Chromium recorded no frames.');
  const first = traced.reduce((a, b) => Math.min(a, b));
  const last = traced.reduce((a, b) => Math.max(a, b));
  const reporters = events
    .filter((event) => event.name === 'PipelineReporter' && event.ph === 'b' && event.pid === pid)
    .map((event) => event.args?.frame_reporter)
    .filter((reporter): reporter is FrameReporter & { frame_sequence: number } => {
      const sequence = reporter?.frame_sequence;
      return sequence !== undefined && sequence >= first && sequence <= last && ofPage(reporter?.layer_tree_host_id);
    });
  if (!reporters.some((reporter) => reporter.has_compositor_animation || reporter.has_main_animation)) {
    throw new Error('The trace shows no animated frame on the page: the pacer did not run while it was recorded.');
  }
  // One BeginFrame can have two reporters (say, the main thread's part dropped but the compositor's
  // shown); the frame counts as presented if any part of it reached the screen.
  const verdicts = new Map<number, Verdict>();
  for (const reporter of reporters) {
    const verdict = verdictOf(reporter.state);
    const before = verdicts.get(reporter.frame_sequence);
    if (before === undefined || VERDICT_RANK[verdict] > VERDICT_RANK[before])
      verdicts.set(reporter.frame_sequence, verdict);
  }
  const all = [...verdicts.values()];
  const framesPresented = all.filter((verdict) => verdict === 'presented').length;
  const framesDropped = all.filter((verdict) => verdict === 'dropped').length;
  if (framesPresented + framesDropped === 0) throw new Error('The trace shows no frame the page wanted drawn.');
  return {
    longTasks: durations.filter((dur) => dur > LONG_TASK_US).length,
    longestTaskMs: durations.reduce((a, b) => Math.max(a, b)) / 1000,
    framesPresented,
    framesDropped,
    framesExpected: framesPresented + framesDropped,
  };
}

function traceEvents(trace: Buffer): TraceEvent[] {
  const json = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(json) ? json : json.traceEvents;
  if (!events || events.length === 0) throw new Error('Chromium returned an empty trace.');
  return events;
}

/**
 * The breathing pacer, as it runs in the prompt window: a Chrome performance trace over 30 s of
 * resonance breathing started from the tray, counting long tasks on the page's main thread and the
 * frames its compositor presented or dropped.
 */
export async function measurePacerTrace(rendererDirectory: string): Promise<BenchResult[]> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'interlude-bench-'));
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    // No schedule: nothing else may fire and replace the exercise while it is traced.
    server = await startPreviewServer({ dataDirectory, rendererDirectory, log: quiet });
    browser = await launchChromium();
    const shell = await browser.newPage();
    await shell.goto(server.url);
    await orFail(
      shell
        .getByRole('complementary', { name: 'Tray menu' })
        .getByRole('button', { name: 'Resonance breathing', exact: true })
        .click({ timeout: 15_000 }),
      'The tray panel has no "Resonance breathing" quick reset to start.',
    );
    await orFail(
      shell.frameLocator('iframe[title="Prompt window"]').locator('.pacer-orb').waitFor({ timeout: 15_000 }),
      'Resonance breathing started from the tray showed no pacer.',
    );
    // The desktop shows the exercise in one window only; a second pacer would compete for the CPU.
    await shell.close();

    const context = await browser.newContext({ viewport: { width: 440, height: 680 }, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const pageUrl = new URL('index.html#prompt', server.url).toString();
    await page.goto(pageUrl);
    const title = page.getByRole('heading', { level: 1, name: 'Resonance breathing' });
    await orFail(
      title.waitFor({ timeout: 15_000 }),
      'The prompt window on its own does not show the running resonance breathing.',
    );
    await orFail(
      page.locator('.pacer-orb').waitFor({ state: 'visible', timeout: 15_000 }),
      'The prompt window on its own shows no pacer.',
    );

    await recordCueChanges(page);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await sleep(TRACE_MS);
    const trace = await browser.stopTracing();
    const phaseErrorMs = await worstPhaseError(page);
    // A trace of some other view (the exercise ended or was replaced) must not pass for the pacer's.
    if (!(await title.isVisible()) || !(await page.locator('.pacer-orb').isVisible())) {
      throw new Error('Resonance breathing was no longer showing when the trace ended.');
    }

    const measured = analysePacerTrace(traceEvents(trace), pageUrl);
    return [
      result('pacer.trace.long_tasks', measured.longTasks, 'tasks', 0),
      result('pacer.trace.longest_task', measured.longestTaskMs, 'ms', null),
      result('pacer.trace.frames', measured.framesPresented, 'frames', null),
      result('pacer.trace.frames_dropped', measured.framesDropped, 'frames', null),
      result('pacer.trace.frames_dropped_pct', (100 * measured.framesDropped) / measured.framesExpected, '%', 1),
      result('pacer.phase_error.max', phaseErrorMs, 'ms', 150),
    ];
  } finally {
    await browser?.close();
    await server?.close();
    await rm(dataDirectory, { recursive: true, force: true });
  }
}

/** Resonance breathing's phases, in milliseconds, by the words its cue shows. */
const RESONANCE_PHASE_MS: Record<string, number> = { 'Breathe in': 4_500, 'Breathe out': 6_500 };

/** Notes each change of the breathing cue by the page's own clock, while the trace runs. */
async function recordCueChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cue = document.querySelector('[data-testid="phase-cue"]');
    if (!cue) throw new Error('The pacer shows no phase cue.');
    const log: { text: string; at: number }[] = [];
    (window as unknown as { cueLog: typeof log }).cueLog = log;
    new MutationObserver(() => log.push({ text: cue.textContent ?? '', at: performance.now() })).observe(cue, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** The largest difference between a whole phase, as shown, and its planned length. */
async function worstPhaseError(page: Page): Promise<number> {
  const log = await page.evaluate(() => (window as unknown as { cueLog: { text: string; at: number }[] }).cueLog);
  const changes = log.filter((entry, index) => index === 0 || entry.text !== log[index - 1]!.text);
  const errors = changes.slice(0, -1).map((change, index) => {
    const planned = RESONANCE_PHASE_MS[change.text];
    if (planned === undefined) throw new Error(`Unexpected breathing cue "${change.text}".`);
    return Math.abs(changes[index + 1]!.at - change.at - planned);
  });
  if (errors.length < 3)
    throw new Error(`Only ${errors.length} whole breathing phases were seen in ${TRACE_MS / 1000} s.`);
  return Math.max(...errors);
}

interface OpenRecord {
  clickedAt?: number;
  paintedAt?: number;
  title?: string;
}

/**
 * From the click on an exercise's start button, after a fired reset prompt and a skipped check-in,
 * to the first paint of the exercise view. Both moments are taken inside the prompt window's own
 * document, so Playwright's round trips are not in the figure.
 */
export async function measureExerciseOpen(rendererDirectory: string): Promise<BenchResult[]> {
  const browser = await launchChromium();
  const latencies: number[] = [];
  try {
    for (let trial = 0; trial < OPEN_TRIALS; trial++) {
      const dataDirectory = await mkdtemp(join(tmpdir(), 'interlude-bench-'));
      let server: PreviewServer | undefined;
      try {
        server = await startPreviewServer({
          dataDirectory,
          rendererDirectory,
          schedule: demoSchedule({ firstEnd: Date.now() + 3_000 }),
          log: quiet,
        });
        const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
        await page.goto(server.url);
        const prompt = page.frameLocator('iframe[title="Prompt window"]');
        await orFail(
          prompt.getByRole('heading', { name: 'Your session has ended.' }).waitFor({ timeout: 15_000 }),
          'No reset prompt appeared after the demo session ended.',
        );
        await prompt.getByRole('button', { name: 'Start', exact: true }).click();
        // The offer has a Skip button too: wait for the check-in before answering it.
        await orFail(
          prompt.getByRole('heading', { name: 'How was that session?' }).waitFor({ timeout: 10_000 }),
          'Start on the reset prompt led to no check-in.',
        );
        await prompt.getByRole('button', { name: 'Skip', exact: true }).click();
        const start = prompt.locator('button.suggestion-start');
        await orFail(start.waitFor({ timeout: 10_000 }), 'Skipping the check-in led to no choice of exercise.');
        const startText = (await start.textContent()) ?? '';

        const frame = page.frame({ url: /#prompt$/ });
        if (!frame) throw new Error('The preview has no prompt window frame.');
        await frame.evaluate(() => {
          const record: OpenRecord = {};
          (window as unknown as { exerciseOpen: OpenRecord }).exerciseOpen = record;
          document.addEventListener(
            'click',
            (event) => {
              if (
                record.clickedAt === undefined &&
                event.target instanceof Element &&
                event.target.closest('button.suggestion-start')
              )
                record.clickedAt = performance.now();
            },
            { capture: true },
          );
          // Checked every 2 ms, as the prompt latency bench does. The view is in the next frame
          // painted after that: a requestAnimationFrame callback runs just before the paint, and a
          // message posted from it is handled just after. (No named functions in here: tsx would
          // wrap them in a helper the page does not have.)
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            record.paintedAt = performance.now();
            channel.port1.close();
          };
          const timer = setInterval(() => {
            const title = document.getElementById('exercise-title');
            if (!title) return;
            clearInterval(timer);
            record.title = title.textContent ?? '';
            requestAnimationFrame(() => channel.port2.postMessage(null));
          }, 2);
        });
        await start.click();
        await orFail(
          frame.waitForFunction(
            () => (window as unknown as { exerciseOpen: OpenRecord }).exerciseOpen.paintedAt !== undefined,
            undefined,
            { timeout: 10_000 },
          ),
          `The exercise view did not appear within 10 s of clicking "${startText}".`,
        );
        const record = await frame.evaluate(() => (window as unknown as { exerciseOpen: OpenRecord }).exerciseOpen);
        if (record.clickedAt === undefined || record.paintedAt === undefined)
          throw new Error('The click on the start button was not seen by the prompt window.');
        if (`Start ${record.title ?? ''}`.toLowerCase() !== startText.toLowerCase()) {
          throw new Error(`"${startText}" opened "${record.title ?? ''}", not the exercise it names.`);
        }
        latencies.push(record.paintedAt - record.clickedAt);
        await page.close();
      } finally {
        await server?.close();
        await rm(dataDirectory, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  latencies.sort((a, b) => a - b);
  return [
    result('prompt.exercise_open.median', latencies[Math.floor(latencies.length / 2)]!, 'ms', null),
    result('prompt.exercise_open.max', latencies.at(-1)!, 'ms', 150),
  ];
}
