// Rewrites the "Every key" section of docs/messages.md from the catalogue: each key with the
// placeholders its English template fills. Run after adding a message: npx tsx scripts/message-keys.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { DEADLINES_EN } from '../src/messages/en/deadlines';
import { FEEDBACK_EN } from '../src/messages/en/feedback';
import { LIMITS_EN } from '../src/messages/en/limits';
import { WEEKLY_EN } from '../src/messages/en/weekly';

const DOCS = new URL('../docs/messages.md', import.meta.url);
const HEADING = '## Every key';

const placeholders = (text: string): string[] => [
  ...new Set([...text.matchAll(/\{([a-z_]+)\}/gu)].map((m) => m[1]!)),
];

function section(title: string, file: string, table: Readonly<Record<string, string>>): string {
  const rows = Object.entries(table).map(
    ([key, text]) =>
      `| \`${key}\` | ${
        placeholders(text)
          .map((name) => `\`{${name}}\``)
          .join(' ') || '—'
      } |`,
  );
  return [
    `### ${title} (\`src/messages/en/${file}.ts\`, \`src/messages/vi/${file}.ts\`)`,
    '',
    '| key | placeholders |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

const docs = readFileSync(DOCS, 'utf8');
const head = docs.slice(0, docs.indexOf(HEADING) + HEADING.length);
const keys = [
  section('Deadlines', 'deadlines', DEADLINES_EN),
  section('Feedback', 'feedback', FEEDBACK_EN),
  section('Weekly summary', 'weekly', WEEKLY_EN),
  section("Cuts to GitHub's length limits", 'limits', LIMITS_EN),
].join('\n\n');
writeFileSync(DOCS, `${head}\n\n${keys}\n`);
