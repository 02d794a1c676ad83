/** What `npm run inspect-calendar` does, as a function: the CLI entry only wires it to the process. */
import { english } from '../shared/i18n/every-catalogue';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';
import { mergeBusyBlocks } from '../core/calendar/busy-blocks';
import { CalendarError } from '../core/calendar/calendar-error';
import { normaliseFeedUrl } from '../core/calendar/calendar-sources';
import { readCalendar } from '../core/calendar/in-process-reader';
import { DEFAULT_SESSION_RULE, type IgnoredCounts } from '../core/calendar/session-rule';
import { isIanaZone } from '../core/calendar/time-zones';
import { fetchFeed } from '../node/feed-fetcher';
import { createTranslator } from '../shared/i18n/translator';

/** A developer's tool: the calendar's notes and errors are worded in English. */
const words = createTranslator(english);

const USAGE =
  'Usage: npm run inspect-calendar -- <file-or-url> [--from YYYY-MM-DD] [--days N] [--tz IANA-zone] [--json]';

interface InspectReport {
  sessions: { start: string; end: string }[];
  ignored: IgnoredCounts;
  warnings: string[];
}

class UsageError extends Error {}

async function loadText(source: string): Promise<string> {
  if (/^(https?|webcals?):\/\//i.test(source)) {
    const feed = normaliseFeedUrl(source);
    if (!feed.ok) throw new UsageError(words.say(feed.message));
    const response = await fetchFeed({ url: feed.url });
    if (response.kind !== 'updated')
      throw new Error('The feed answered "not modified" to a request that asked for everything.');
    return response.body;
  }
  return readFile(source, 'utf8').catch(() => {
    throw new UsageError(`Could not open the file "${source}".`);
  });
}

async function inspect(
  args: string[],
): Promise<{ report: InspectReport; zone: string; from: number; to: number; json: boolean }> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      days: { type: 'string', default: '14' },
      tz: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const source = positionals[0];
  if (!source || positionals.length > 1) throw new UsageError(USAGE);
  const zone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isIanaZone(zone))
    throw new UsageError(`"${zone}" is not a time zone this system knows (try one like Europe/London).`);
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    throw new UsageError('--days must be a whole number from 1 to 366.');
  let from: number;
  if (values.from) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.from);
    if (!match) throw new UsageError('--from must be a date like 2026-03-02.');
    from = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), zone).getTime();
  } else {
    const now = new TZDate(Date.now(), zone);
    from = new TZDate(now.getFullYear(), now.getMonth(), now.getDate(), zone).getTime();
  }
  const end = new TZDate(from, zone);
  const to = new TZDate(end.getFullYear(), end.getMonth(), end.getDate() + days, zone).getTime();

  const text = await loadText(source);
  const started = performance.now();
  const request = { rule: DEFAULT_SESSION_RULE, timeZone: zone, hashKey: 'inspect', from, to };
  const result = readCalendar(text, request, () => performance.now() - started);
  const iso = (instant: number) => formatISO(new TZDate(instant, zone));
  const sessions = mergeBusyBlocks(result.events).map((block) => ({ start: iso(block.start), end: iso(block.end) }));
  return {
    report: { sessions, ignored: result.ignored, warnings: result.warnings.map((warning) => words.say(warning)) },
    zone,
    from,
    to,
    json: values.json,
  };
}

function describe({ report, zone, from, to }: Awaited<ReturnType<typeof inspect>>): string {
  const day = (instant: number) => formatISO(new TZDate(instant, zone), { representation: 'date' });
  const lines = [`Sessions from ${day(from)} to ${day(to - 1)} (${zone}): ${report.sessions.length}`];
  for (const session of report.sessions) lines.push(`  ${session.start}  →  ${session.end}`);
  const { allDay, free, cancelled, outOfRange, excluded } = report.ignored;
  lines.push(
    '',
    `Ignored: ${allDay} all-day, ${free} free (transparent), ${cancelled} cancelled, ${outOfRange} outside ${DEFAULT_SESSION_RULE.minMinutes}–${DEFAULT_SESSION_RULE.maxMinutes} minutes${excluded ? `, ${excluded} excluded by keywords` : ''}`,
  );
  if (report.warnings.length > 0) lines.push('', 'Warnings:', ...report.warnings.map((warning) => `  - ${warning}`));
  return lines.join('\n');
}

/** A calendar's own trouble (a feed's error, a file that is not a calendar) is its message, worded. */
function errorText(error: unknown): string {
  if (error instanceof CalendarError) return words.say(error.userMessage);
  return error instanceof Error ? error.message : 'The calendar could not be inspected.';
}

export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command on its arguments and answers its exit code: 0 done, 1 the calendar failed, 2 a usage mistake. */
export async function inspectCalendarCommand(args: string[], output: CommandOutput): Promise<number> {
  try {
    const inspected = await inspect(args);
    output.out(inspected.json ? JSON.stringify(inspected.report, null, 2) : describe(inspected));
    return 0;
  } catch (error) {
    output.err(errorText(error));
    return error instanceof UsageError ? 2 : 1;
  }
}
