import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const MACHINE_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'];

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', include: ['app/**/*.test.ts'], environment: 'node' },
      },
      // Calendar libraries can answer differently depending on the machine's zone, so the
      // calendar tests run again under zones far from UTC, including a half-hour one.
      ...MACHINE_ZONES.map((zone) => ({
        test: { name: `calendar@${zone}`, include: ['app/core/calendar/**/*.test.ts', 'app/node/calendar-*.test.ts', 'app/cli/**/*.test.ts'], environment: 'node', env: { TZ: zone } },
      })),
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['renderer/src/test-setup.ts'],
        },
      },
    ],
  },
});
