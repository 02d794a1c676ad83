import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoSchedule } from '../core/schedule-source';
import { startPreviewServer } from './server';

const USAGE = `Usage: npm run preview -- [--demo] [--first-end-in SECONDS] [--data DIR] [--port PORT]

  --demo               seed short sessions near now, so a prompt fires within a minute
  --first-end-in N     with --demo: the running session ends N seconds from now (default 30)
  --data DIR           keep data in DIR (default: a fresh temporary folder)
  --port PORT          listen on PORT on 127.0.0.1 (default 4317; 0 picks a free one)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      demo: { type: 'boolean', default: false },
      'first-end-in': { type: 'string', default: '30' },
      data: { type: 'string' },
      port: { type: 'string', default: '4317' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const firstEndIn = Number(values['first-end-in']);
  const port = Number(values.port);
  if (!Number.isFinite(firstEndIn) || firstEndIn < 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const dataDirectory = values.data ? resolve(values.data) : await mkdtemp(join(tmpdir(), 'interlude-preview-'));
  const schedule = values.demo ? demoSchedule({ firstEnd: Date.now() + firstEndIn * 1000 }) : undefined;
  const server = await startPreviewServer({ dataDirectory, port, ...(schedule ? { schedule } : {}) });
  console.log(`Interlude preview: ${server.url}`);
  console.log(`Data folder: ${dataDirectory}`);
  if (values.demo) console.log(`Demo schedule: the current session ends in ${firstEndIn} s.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
