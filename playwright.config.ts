import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { middayZone } from './tests/e2e/midday-zone';

// Debian's Chromium where it exists (Playwright's own browser download is not possible everywhere).
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  // Waits only guard against hangs, so they are generous enough for a busy machine.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    // The same zone as the preview the harness starts, so the pages never report a different one.
    timezoneId: middayZone(),
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
});
