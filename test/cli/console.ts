// Runs a command line in-process with the console captured: what it printed to stdout and stderr.
import { vi } from 'vitest';
import { runCli } from '../../src/cli/run';

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function run(...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  try {
    const code = await runCli(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** `init`'s four required flags, for a repository at `dir`. */
export function initArgs(dir: string, ...extra: string[]): string[] {
  return [
    'init',
    '--dir',
    dir,
    '--name',
    'Acme landing page',
    '--time-zone',
    'Europe/Berlin',
    '--client',
    '@acme-jane',
    '--vendor',
    '@studio-sam',
    '--adopted-on',
    '2026-11-30',
    ...extra,
  ];
}
