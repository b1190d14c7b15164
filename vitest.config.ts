import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
