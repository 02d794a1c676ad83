import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import svgr from 'vite-plugin-svgr';
import { defineConfig } from 'vitest/config';

const MACHINE_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];

// Time bounds in tests only catch hangs, so they are generous: a busy machine must not fail a test.
// Speed is measured by `npm run bench`, never here.
const HANG_GUARD = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    // Vitest leaves a core free by default, which on a 2-core machine runs the files one at a
    // time; the main process only collects results, so every core runs tests.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: { ...HANG_GUARD, name: 'core', include: ['app/**/*.test.ts'], environment: 'node' },
      },
      // Calendar libraries can answer differently depending on the machine's zone, so the
      // calendar tests run again under zones far from UTC, including a half-hour one.
      ...MACHINE_ZONES.map((zone) => ({
        test: {
          ...HANG_GUARD,
          name: `calendar@${zone}`,
          include: ['app/core/calendar/**/*.test.ts', 'app/node/calendar-*.test.ts', 'app/cli/**/*.test.ts'],
          environment: 'node',
          env: { TZ: zone },
        },
      })),
      // The tooling's own guards, such as the lint rules' planted violations.
      {
        test: {
          ...HANG_GUARD,
          name: 'tooling',
          include: ['tests/lint/**/*.test.ts', 'tests/packaging/**/*.test.ts', 'tests/security/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/packaging/build-app.ts'],
        },
      },
      {
        plugins: [react(), svgr()],
        test: {
          ...HANG_GUARD,
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['renderer/src/test-setup.ts'],
        },
      },
    ],
  },
});
