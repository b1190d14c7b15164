// Golden files of messages told as a story: the bodies of the issues and comments the action wrote,
// for the marker kinds a file holds, in repository order, with the hidden markers left out. Review a
// change by reading the diff; UPDATE_GOLDEN=1 writes the file anew.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { parseMarkers, type Marker } from '../../src/core/markers';
import type { Snapshot } from '../../src/core/snapshot';

export function renderStory(
  world: Snapshot,
  shows: (marker: Marker) => boolean,
): { text: string; kinds: Set<string> } {
  const kinds = new Set<string>();
  const parts: string[] = [];
  const strip = (body: string): string => body.replace(/<!--[\s\S]*?-->/gu, '').trim();
  for (const issue of [...world.issues, ...(world.internal?.issues ?? [])]) {
    const own = parseMarkers(issue.body).filter(shows);
    const notes = issue.comments
      .filter((comment) => comment.author.login === world.botLogin)
      .map((comment) => ({ comment, markers: parseMarkers(comment.body) }))
      .filter(({ markers }) => markers.some(shows));
    if (own.length === 0 && notes.length === 0) continue;
    parts.push(`# #${issue.number} ${issue.title}`);
    if (own.length > 0) {
      for (const marker of own) kinds.add(marker.kind);
      parts.push(strip(issue.body));
    }
    for (const { comment, markers } of notes) {
      for (const marker of markers) kinds.add(marker.kind);
      parts.push(
        `## ${markers
          .map((marker) => (marker.stage ? `${marker.kind}:${marker.stage}` : marker.kind))
          .join(', ')
          .replace(/:\d{4,}/gu, '')}`,
        strip(comment.body),
      );
    }
  }
  return { text: `${parts.join('\n\n')}\n`, kinds };
}

/** The text must equal the golden file (written anew with UPDATE_GOLDEN=1). */
export function expectGolden(file: string, text: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}
