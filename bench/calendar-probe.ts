/**
 * One cold measurement, run in a fresh process by bench/calendar.ts:
 *   calendar-probe.ts <interlude|node-ical> <file> <from-ISO> <to-ISO>
 * Prints JSON: { firstMs, againMs, events }.
 */
import { readFileSync } from 'node:fs';
import ical from 'node-ical';
import { parseCalendar } from '../app/core/calendar/parse-calendar';
import { DEFAULT_SESSION_RULE } from '../app/core/calendar/session-rule';

const [library, file, fromIso, toIso] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const from = Date.parse(fromIso!);
const to = Date.parse(toIso!);

if (library === 'interlude') {
  const started = performance.now();
  const calendar = parseCalendar(text, { rule: DEFAULT_SESSION_RULE, timeZone: 'America/New_York', hashKey: 'bench' });
  const first = calendar.eventsBetween(from, to);
  const firstMs = performance.now() - started;
  // The same window a minute later, as the app asks after every refresh: served from the cache.
  const again = performance.now();
  const second = calendar.eventsBetween(from + 60_000, to + 60_000);
  const againMs = performance.now() - again;
  if (second.events.length !== first.events.length)
    throw new Error('The same window, a minute later, gave a different number of events.');
  console.log(JSON.stringify({ firstMs, againMs, events: first.events.length }));
} else {
  const started = performance.now();
  const parsed = ical.sync.parseICS(text);
  let events = 0;
  for (const component of Object.values(parsed)) {
    if (!component || component.type !== 'VEVENT') continue;
    events += ical.expandRecurringEvent(component, { from: new Date(from), to: new Date(to) }).length;
  }
  console.log(JSON.stringify({ firstMs: performance.now() - started, againMs: Number.NaN, events }));
}
