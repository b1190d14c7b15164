import type { CliCommand } from '../run';
import { validateCommand } from './validate';
import { snapshotCommand } from './snapshot';
import { planCommand } from './plan';
import { demoCommand } from './demo';
import { formCommand } from './form';
import { portfolioCommand } from './portfolio';
import { initCommand } from './init';

/** Every command of the CLI, in the order `--help` lists them. Each lives in its own file. */
export const commands: readonly CliCommand[] = [
  initCommand,
  validateCommand,
  snapshotCommand,
  planCommand,
  demoCommand,
  formCommand,
  portfolioCommand,
];
