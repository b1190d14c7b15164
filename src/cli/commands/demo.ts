// `engagement-keeper demo`: the plan for a realistic recorded repository (demo/snapshot.json, built by
// demo/build-snapshot.ts) and the example engagement file, at a fixed time. Offline.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliCommand } from '../run';
import { readSnapshotFile } from '../snapshot-file';
import { describeHistory } from './demo-history';
import { printPlan } from './plan';

export const DEMO_NOW = '2026-12-02T02:00:00Z';
const DEMO_ZONE = 'Asia/Ho_Chi_Minh';

const HELP = `Usage: engagement-keeper demo [--json] [--locale en|vi]

Plans against a recorded demo repository — a coffee roaster's website rebuild three weeks in: brand
assets late from the client, feedback in Vietnamese (one urgent and negative, one unclear, one
positive), a vendor reply that came late — with examples/engagement.yml, at ${DEMO_NOW}
(09:00 in Hanoi). Offline: nothing is written anywhere.

Options:
  --json            print the plan as JSON
  --locale <en|vi>  language for the team and the summary
  -h, --help        show this help`;

// Paths go through a function so that the bundler does not mistake them for assets to copy.
function under(dir: string, ...parts: readonly string[]): string {
  return path.join(dir, ...parts);
}

const DEMO_SNAPSHOT = ['demo', 'snapshot.json'];
const EXAMPLE_ENGAGEMENT = ['examples', 'engagement.yml'];

/**
 * The folder holding demo/ and examples/: looked for upwards from this program's own file (the
 * bundle in dist/cli/, or src/cli/commands/ under tsx), so `demo` works from any directory, then
 * from the current directory. Null when neither has them (a copy of the bundle alone).
 */
function packageRoot(): string | null {
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 5; i += 1) {
      if (existsSync(under(dir, ...DEMO_SNAPSHOT)) && existsSync(under(dir, ...EXAMPLE_ENGAGEMENT)))
        return dir;
      dir = path.dirname(dir);
    }
  }
  return null;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'show the plan for the bundled demo repository and the example engagement file',
  help: HELP,
  async run(args) {
    const unknown = args.filter(
      (arg, i) => !['--json', '--locale'].includes(arg) && args[i - 1] !== '--locale',
    );
    if (unknown.length > 0) {
      console.error(`Unknown option ${unknown[0]}.\n\n${HELP}`);
      return 2;
    }
    const localeIndex = args.indexOf('--locale');
    const root = packageRoot();
    if (!root) {
      console.error(
        'The demo needs demo/snapshot.json and examples/engagement.yml next to the program, and they are not there. Run it from a clone (npm run demo) or with npx github:OWNER/engagement-keeper#v1 demo.',
      );
      return 1;
    }
    const json = args.includes('--json');
    if (!json) {
      // Checked as `plan` checks it: a damaged copy is reported at its place, not thrown.
      const read = await readSnapshotFile(under(root, ...DEMO_SNAPSHOT));
      if (!read.ok) {
        for (const line of read.report) console.error(line);
        return 1;
      }
      console.log(`${describeHistory(read.snapshot, DEMO_ZONE)}\n`);
    }
    return printPlan(
      {
        snapshotPath: under(root, ...DEMO_SNAPSHOT),
        configPath: under(root, ...EXAMPLE_ENGAGEMENT),
        now: DEMO_NOW,
        json,
        ...(localeIndex >= 0 && args[localeIndex + 1] ? { locale: args[localeIndex + 1] } : {}),
      },
      `Demo: Bếp Xanh website rebuild at ${DEMO_NOW} (09:00 in Hanoi), from demo/snapshot.json and examples/engagement.yml.`,
    );
  },
};
