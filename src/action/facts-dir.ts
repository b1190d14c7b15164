// Reads every facts file under a folder (actions/download-artifact puts each artifact in its own
// subfolder). A file that cannot be read is reported, never fatal: its engagement then shows as failed
// in the portfolio, with the reason.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readFacts } from '../facts-format';
import type { FactsInput } from '../portfolio/rows';

export interface FactsFolder {
  readonly facts: FactsInput[];
  readonly problems: string[];
}

export async function readFactsFolder(folder: string): Promise<FactsFolder> {
  const facts: FactsInput[] = [];
  const problems: string[] = [];
  let files: string[];
  try {
    files = (await jsonFiles(folder)).sort();
  } catch (error) {
    return { facts, problems: [`Cannot read the facts folder ${folder}: ${(error as Error).message}`] };
  }
  for (const file of files) {
    const source = path.relative(folder, file);
    const read = readFacts(await readFile(file, 'utf8'), source);
    if (read.ok) facts.push({ source, facts: read.facts });
    else problems.push(read.problem);
  }
  return { facts, problems };
}

async function jsonFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await jsonFiles(full)));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
  }
  return found;
}
