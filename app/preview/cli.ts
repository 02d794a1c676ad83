import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatISO } from 'date-fns/formatISO';
import { message } from '../shared/i18n/message';
import { demoSchedule } from '../core/schedule-source';
import { DATA_KEY_DOCUMENT } from '../node/sealed-document-store';
import { startPreviewServer, type PreviewServer, type PreviewServerOptions } from './server';

const USAGE = `Usage: npm run preview -- [--demo] [--first-end-in SECONDS] [--gap-minutes N] [--data DIR] [--port PORT]

  --demo               seed one-minute sessions with six-minute gaps, starting now, so a prompt
                       fires within a minute; the weekly schedule is not used meanwhile
  --first-end-in N     with --demo: the running session ends N seconds from now (default 30)
  --gap-minutes N      with --demo: minutes between sessions (default 6)
  --data DIR           keep data in DIR (default: a fresh temporary folder)
  --port PORT          listen on PORT on 127.0.0.1 (default 4317; 0 picks a free one)
  --system-language L  the system's preferred languages, most preferred first, e.g. es-MX,en
                       (default: from LC_ALL, LC_MESSAGES or LANG, as a desktop would say)`;

/** "es_MX.UTF-8" → "es-MX": the language a Linux desktop would report for this session. */
function systemLanguageFromEnvironment(): string {
  const tag = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return tag.split('.')[0]!.replace('_', '-');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: 'boolean', default: false },
      'first-end-in': { type: 'string', default: '30' },
      'gap-minutes': { type: 'string', default: '6' },
      data: { type: 'string' },
      port: { type: 'string', default: '4317' },
      'system-language': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const firstEndIn = Number(values['first-end-in']);
  const gapMinutes = Number(values['gap-minutes']);
  const port = Number(values.port);
  const validGap = Number.isFinite(gapMinutes) && gapMinutes >= 1 && gapMinutes <= 120;
  if (
    !Number.isFinite(firstEndIn) ||
    firstEndIn < 0 ||
    !validGap ||
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535
  ) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const dataDirectory = values.data ? resolve(values.data) : await mkdtemp(join(tmpdir(), 'interlude-preview-'));
  const firstEnd = Date.now() + firstEndIn * 1000;
  const schedule = values.demo ? demoSchedule({ firstEnd, gapMs: gapMinutes * 60_000 }) : undefined;
  const demoNotice = message('notices.demoSchedule', { count: gapMinutes });
  const systemLanguages = (values['system-language'] ?? systemLanguageFromEnvironment()).split(',').filter(Boolean);
  const server = await listen({
    dataDirectory,
    port,
    systemLanguages,
    ...(schedule ? { schedule, startupNotices: [demoNotice] } : {}),
  });
  console.log(`Interlude preview: ${server.url}`);
  console.log(`Data folder: ${dataDirectory}`);
  // The desktop app seals this key with the system keychain; the preview has none, so it says so.
  console.log(`Encryption key (unprotected in the preview): ${join(dataDirectory, DATA_KEY_DOCUMENT)}`);
  if (values.demo) console.log(describeDemoStart(firstEnd, firstEndIn));
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** In the machine's own time, for a person; the bracketed instant is for scripts (the e2e harness reads it). */
function describeDemoStart(firstEnd: number, seconds: number): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const time = new Date(firstEnd).toLocaleTimeString(undefined, {
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  });
  return `Demo schedule: the current session ends at ${time} (${zone}), in ${seconds} s [${formatISO(firstEnd)}].`;
}

/** The usual port, or any free one if something else holds it. */
async function listen(options: PreviewServerOptions): Promise<PreviewServer> {
  try {
    return await startPreviewServer(options);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EADDRINUSE') throw error;
    console.log(`Port ${options.port} is in use; picking a free one.`);
    return startPreviewServer({ ...options, port: 0 });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
