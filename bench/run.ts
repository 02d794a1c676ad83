/** `npm run bench`: every budget in one table, written to bench-results.json. */
import { resolve } from 'node:path';
import { measureBundle } from './bundle-size';
import { measureCalendar } from './calendar';
import { measureHistory } from './history';
import { measureHostileCalendars } from './hostile-calendars';
import { measureExerciseOpen, measurePacerTrace } from './pacer-trace';
import { measurePromptLatency } from './prompt-latency';
import { report, type BenchResult } from './results';
import { measureStatePush } from './state-push';
import { measureTestDuration } from './test-duration';
import { measureLateness, measurePlanning } from './watcher-timing';
import { measureWakeups } from './watcher-wakeups';

// The preview build drives the browser figures; the bundle size is the app's own build, as Electron loads it.
const previewDirectory = resolve('out/preview');
const rendererDirectory = resolve('out/renderer');

const results: BenchResult[] = [
  ...(await measureWakeups()),
  ...(await measureLateness()),
  ...measurePlanning(),
  ...(await measureHistory()),
  ...(await measureStatePush()),
  ...(await measurePromptLatency(previewDirectory)),
  ...(await measurePacerTrace(previewDirectory)),
  ...(await measureExerciseOpen(previewDirectory)),
  ...(await measureBundle(rendererDirectory)),
  ...(await measureCalendar()),
  ...measureHostileCalendars(),
  ...(await measureTestDuration()),
];
await report(results, 'bench-results.json');
if (results.some((r) => !r.within)) process.exitCode = 1;
