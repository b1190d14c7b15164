import type { CliCommand } from '../run';

/** Every command of the CLI, in the order `--help` lists them. Each lives in its own file. */
export const commands: readonly CliCommand[] = [];
