// The house's layers, read from the source itself: the kernel (src/core) at the bottom knows no
// domain and no composer; each domain knows the kernel and shared folders but no other domain and
// not the composer (src/plan), where the domains meet; nothing pure reaches the shell; and the demo,
// the bench and the GitHub fake import nothing from test/. eslint.config.js enforces the same rules
// while editing; this test states them as one table and fails on any arrow running back up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Every relative import of a file, as a path from the repository root (`src/core/plan`). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu)].map((m) => m[1]!);
  return specifiers.map((specifier) => path.normalize(path.join(path.dirname(file), specifier)));
}

/** The top folder an import lands in: `src/deadlines`, `test`, `fake-github`, ... */
function layerOf(target: string): string {
  const parts = target.split(path.sep);
  return parts[0] === 'src' ? `src/${parts[1]}` : (parts[0] ?? '');
}

const DOMAINS = ['src/deadlines', 'src/feedback', 'src/pulse', 'src/summary'];
const SHELL = ['src/github', 'src/action', 'src/cli', 'src/notify'];

/** For each folder, the folders it must never import. */
const FORBIDDEN: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['src/core', [...DOMAINS, 'src/plan', ...SHELL]],
  ...DOMAINS.map(
    (domain) => [domain, [...DOMAINS.filter((other) => other !== domain), 'src/plan', ...SHELL]] as const,
  ),
  ['src/plan', SHELL],
  // The GitHub adapter is told what to read and write; the domains decide (through src/plan/reads.ts).
  ['src/github', [...DOMAINS, 'src/plan']],
  ['demo', ['test']],
  ['bench', ['test']],
  ['fake-github', ['test']],
  ['src', ['test', 'fake-github', 'bench', 'demo']],
];

describe('the layers of the house', () => {
  for (const [folder, forbidden] of FORBIDDEN) {
    it(`${folder} imports none of ${forbidden.join(', ')}`, () => {
      const arrows = filesUnder(folder).flatMap((file) =>
        importsOf(file)
          .filter((target) => forbidden.includes(layerOf(target)))
          .map((target) => `${file} → ${target}`),
      );
      expect(arrows).toEqual([]);
    });
  }

  it('reads the imports it checks (the kernel is imported by every domain and the composer)', () => {
    for (const folder of [...DOMAINS, 'src/plan']) {
      const layers = new Set(filesUnder(folder).flatMap((file) => importsOf(file).map(layerOf)));
      expect(layers, folder).toContain('src/core');
    }
  });
});
