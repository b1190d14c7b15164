// The action's entry point (bundled to dist/index.js): runs once with the runner's environment.
import { coreIO } from './core-io';
import { runAction } from './run';

runAction({ io: coreIO, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    coreIO.setFailed(`engagement-keeper: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
