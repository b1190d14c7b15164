// Shrinks the action's bundle after ncc (npm run build): every run starts by compiling it, and a
// runner's cold start grows with its size. Terser only renames local names and drops whitespace and
// comments: nothing is compressed or reordered, function and class names are kept (errors and
// stack traces still name them), licence comments stay, and dist/licenses.txt lists every package.
// Written as ASCII only (`\uXXXX` for the Vietnamese of the messages and the lexicon): node decodes
// an ASCII file and V8 parses it as one-byte text, both markedly faster than a file with accents.
// The CLI bundle (dist/cli) stays readable: it runs on a person's machine, where reading a stack
// trace matters more than 50 ms.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const DIST = process.argv[2] ?? 'dist';

async function minifyFile(file: string): Promise<void> {
  const before = readFileSync(file, 'utf8');
  const result = await minify(before, {
    module: true,
    compress: false,
    mangle: { keep_classnames: true, keep_fnames: true },
    format: { ascii_only: true, comments: 'some' },
  });
  if (result.code === undefined) throw new Error(`${file}: terser returned no code`);
  // ascii_only escapes code; licence comments keep their letters ("Jimmy Wärting"), and one such
  // byte would make node decode the whole file the slow way. Escaped inside a comment, the text still
  // reads; anywhere else (a tagged template's raw text, which terser prints as written) escaping
  // would change what the code does, so the build stops instead.
  const comments = [...result.code.matchAll(/\/\*[\s\S]*?\*\//gu)].map((match) => ({
    from: match.index,
    to: match.index + match[0].length,
  }));
  const code = result.code.replace(/[\u{80}-\u{10ffff}]/gu, (char, at: number) => {
    if (!comments.some((comment) => at >= comment.from && at < comment.to))
      throw new Error(
        `${file}: ${JSON.stringify(char)} at ${at} is outside a comment after minifying; escaping it could change the code`,
      );
    return `\\u{${char.codePointAt(0)!.toString(16)}}`;
  });
  writeFileSync(file, code);
  const bytes = (text: string): string => Buffer.byteLength(text).toLocaleString('en');
  console.log(`${file}: ${bytes(before)} → ${bytes(code)} bytes`);
}

const files = readdirSync(DIST)
  .filter((name) => name.endsWith('.js'))
  .map((name) => path.join(DIST, name))
  .filter((file) => statSync(file).isFile());
for (const file of files) await minifyFile(file);
