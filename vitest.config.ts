import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The bundle gives the holiday parser a small stand-in for moment-timezone (tsconfig.json `paths`,
  // src/calendar/moment-timezone-shim.ts); the tests run the parser with the same one, so they test
  // what ships. The parser and caldate are inlined, or node would load them and the real one itself.
  resolve: {
    alias: [
      {
        find: /^moment-timezone$/u,
        replacement: fileURLToPath(new URL('./src/calendar/moment-timezone-shim.ts', import.meta.url)),
      },
    ],
  },
  test: {
    server: { deps: { inline: ['date-holidays-parser', 'caldate'] } },
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The holiday data set is handed to the calendar by whoever starts a run (src/calendar/holiday-rules.ts).
    // Every run a test makes is rerun unchanged when it ends and must write nothing (issue #10).
    setupFiles: ['test/support/holiday-data.ts', 'test/support/quiet-rerun.setup.ts'],
    // The end-to-end tests start a local GitHub fake and run the bundle; give them room on a 2-core machine
    // that may be busy with other work (a time-out here is never what a test asserts).
    testTimeout: 120_000,
    // The end-to-end files spend much of their time waiting on the processes and servers they start, so
    // three workers on a 2-core machine finish the suite in about half the time of the default one.
    maxWorkers: 3,
    hookTimeout: 120_000,
  },
});
