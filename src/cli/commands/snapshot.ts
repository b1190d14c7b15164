// `engagement-keeper snapshot --repo owner/name`: reads a repository the way the action does and writes
// the snapshot as JSON, to replay offline with `plan`.
import { readFile, writeFile } from 'node:fs/promises';
import { formatEngagementError, loadEngagement } from '../../engagement/load';
import { createGitHubClient } from '../../github/client';
import { resolveBotLogin } from '../../github/identity';
import { newWriterLookup, withWriters } from '../../github/writers';
import { readSnapshot } from '../../github/read-snapshot';
import { withBodyHistory } from '../../github/body-history';
import { withDeletedNotes } from '../../github/deleted-notes';
import { readInternalRepository } from '../../github/read-internal';
import { withClosers } from '../../github/closers';
import { describeError } from '../../github/request-errors';
import { commentsWantingReactions, issuesWanting, keptIssueLabels, trackedLabels } from '../../plan/reads';
import { parseOptions } from '../parse-options';
import type { CliCommand } from '../run';

const HELP = `Usage: engagement-keeper snapshot --repo <owner/name> [options]

Reads the issues that matter to the engagement (those with its labels, and those the action opened),
their comments and the repository's labels, with GitHub's GraphQL API, and writes them as JSON.
Reads only: nothing is written to GitHub.

The token comes from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL and GITHUB_GRAPHQL_URL point at a
GitHub Enterprise Server if needed.

Options:
  --repo <owner/name>   the repository (required)
  --config <path>       the engagement file, for its labels (default: .github/engagement.yml)
  --bot <login>         the action's identity, when it is not the token's (default: the token's
                        user; required for an installation token, e.g. github-actions[bot])
  --out <file>          write the snapshot here (default: standard output)
  -h, --help            show this help`;

export const snapshotCommand: CliCommand = {
  name: 'snapshot',
  summary: 'read a repository into a JSON snapshot for offline plans',
  help: HELP,
  async run(args) {
    const values = parseOptions(
      args,
      {
        repo: { type: 'string' },
        config: { type: 'string' },
        bot: { type: 'string' },
        out: { type: 'string' },
      },
      HELP,
    );
    if (!values) return 2;
    const [owner, name] = (values.repo ?? '').split('/');
    if (!owner || !name) {
      console.error(`--repo must be owner/name.\n\n${HELP}`);
      return 2;
    }
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
    if (!token) {
      console.error('Set GITHUB_TOKEN or GH_TOKEN to a token that can read the repository’s issues.');
      return 1;
    }
    const configPath = values.config ?? '.github/engagement.yml';
    let text: string;
    try {
      text = await readFile(configPath, 'utf8');
    } catch {
      console.error(`Cannot read the engagement file ${configPath} (set it with --config).`);
      return 1;
    }
    const loaded = loadEngagement(text, configPath);
    if (!loaded.ok) {
      for (const error of loaded.errors) console.error(formatEngagementError(error));
      return 1;
    }
    const client = createGitHubClient({
      token,
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      ...(process.env.GITHUB_GRAPHQL_URL ? { graphqlUrl: process.env.GITHUB_GRAPHQL_URL } : {}),
      log: { info: (m) => console.error(m), warning: (m) => console.error(m) },
    });
    try {
      const botLogin = values.bot ?? (await resolveBotLogin(client));
      const { snapshot: read, stats } = await readSnapshot(client, {
        owner,
        name,
        botLogin,
        trackedLabels: trackedLabels(loaded.engagement),
        keptLabels: keptIssueLabels(loaded.engagement),
        scope: { kind: 'full' },
        readAt: new Date().toISOString(),
        // A replay plans ratings too: keep the reactions on the requests to confirm a closing.
        reactionsOf: (asRead) => commentsWantingReactions(loaded.engagement, asRead, new Date(asRead.readAt)),
      });
      const closed = await withClosers(
        client,
        read,
        issuesWanting('closer', loaded.engagement, read, new Date(read.readAt)),
      );
      const withSides = await withWriters(client, loaded.engagement, closed, newWriterLookup());
      // A replay plans completions too: keep the edit history they are dated by.
      const wanted = issuesWanting('body-history', loaded.engagement, withSides, new Date(withSides.readAt));
      const dated = await withBodyHistory(client, withSides, wanted);
      // A replay plans reminders too: keep the deletions of the action's notes they are checked against.
      const withHistory = await withDeletedNotes(
        client,
        dated,
        issuesWanting('deleted-notes', loaded.engagement, dated, new Date(dated.readAt)),
      );
      // The internal repository, when the file names one: a replay needs its escalations and summaries.
      const internalName = loaded.engagement.engagement.internal_repository;
      const snapshot = internalName
        ? {
            ...withHistory,
            internal: (
              await readInternalRepository(client, {
                repository: internalName,
                client: { owner, name },
                botLogin,
              })
            ).internal,
          }
        : withHistory;
      const json = `${JSON.stringify(snapshot, null, 2)}\n`;
      if (values.out) await writeFile(values.out, json);
      else process.stdout.write(json);
      console.error(
        `Read ${snapshot.issues.length} issues and ${snapshot.labels.length} labels of ${owner}/${name} in ${stats.requests} GraphQL requests (cost ${stats.cost}).`,
      );
      return 0;
    } catch (error) {
      console.error(`Could not read ${owner}/${name}: ${describeError(error)}`);
      return 1;
    }
  },
};
