import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoSchedule } from '../app/core/schedule-source';
import { startPreviewServer } from '../app/preview/server';
import { launchChromium } from './browser';
import { result, type BenchResult } from './results';

const TRIALS = 5;

/**
 * From the core firing a prompt to the prompt view painted in the preview: the core's moment is
 * taken as the shell hears of the notification; the page's is the first moment (checked every
 * 2 ms) that the prompt window is shown with the prompt in it.
 */
export async function measurePromptLatency(rendererDirectory: string): Promise<BenchResult[]> {
  const browser = await launchChromium();
  const latencies: number[] = [];
  try {
    for (let trial = 0; trial < TRIALS; trial++) {
      const dataDirectory = await mkdtemp(join(tmpdir(), 'interlude-bench-'));
      let firedAt = 0;
      const server = await startPreviewServer({
        dataDirectory,
        rendererDirectory,
        schedule: demoSchedule({ firstEnd: Date.now() + 3_000 }),
        log: { info: () => undefined, warn: () => undefined },
        onShellMessage: (message) => {
          if (message.type === 'notification' && firedAt === 0) firedAt = Date.now();
        },
      });
      const page = await browser.newPage();
      // Checked every 2 ms: the prompt window shown, with the prompt in it.
      await page.addInitScript(() => {
        if (window !== window.top) return;
        const record = window as unknown as { promptVisibleAt?: number };
        const timer = setInterval(() => {
          const section = document.querySelector('[data-testid="prompt-window"]');
          const title = section?.querySelector('iframe')?.contentDocument?.getElementById('prompt-title');
          if (section && !section.hasAttribute('hidden') && title) {
            record.promptVisibleAt = Date.now();
            clearInterval(timer);
          }
        }, 2);
      });
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { promptVisibleAt?: number }).promptVisibleAt, undefined, {
        timeout: 15_000,
      });
      const visibleAt = await page.evaluate(() => (window as unknown as { promptVisibleAt: number }).promptVisibleAt);
      latencies.push(visibleAt - firedAt);
      await page.close();
      await server.close();
      await rm(dataDirectory, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  latencies.sort((a, b) => a - b);
  return [
    result('preview.prompt_fire_to_visible.median', latencies[Math.floor(latencies.length / 2)]!, 'ms', null),
    result('preview.prompt_fire_to_visible.max', latencies.at(-1)!, 'ms', 200),
  ];
}
