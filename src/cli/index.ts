#!/usr/bin/env node
// engagement-keeper's command line: validate an engagement file, read a snapshot, show a plan offline.
import { useDateHolidays } from '../action/holiday-files';
import { runCli } from './run';

useDateHolidays();

// `engagement-keeper demo | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
