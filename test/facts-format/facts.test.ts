// The facts each run emits: built from the same derivation as the plan, valid against the committed
// JSON Schema, read back by the portfolio, and written by `plan --facts`.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_NOW } from '../../src/cli/commands/demo';
import { planCommand } from '../../src/cli/commands/plan';
import type { Snapshot } from '../../src/core/snapshot';
import { loadEngagement } from '../../src/engagement/load';
import {
  FACTS_JSON_SCHEMA_PATH,
  FACTS_VERSION,
  buildFailedFacts,
  factsOfSnapshot,
  readFacts,
  renderFactsJsonSchema,
} from '../../src/facts-format';

const ROOT = join(import.meta.dirname, '../..');
const committed = readFileSync(join(ROOT, FACTS_JSON_SCHEMA_PATH), 'utf8');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(committed));

function demo() {
  const snapshot = JSON.parse(readFileSync(join(ROOT, 'demo/snapshot.json'), 'utf8')) as Snapshot;
  const loaded = loadEngagement(readFileSync(join(ROOT, 'examples/engagement.yml'), 'utf8'), 'x');
  if (!loaded.ok) throw new Error('the example engagement file should load');
  return { snapshot, engagement: loaded.engagement };
}

afterEach(() => vi.restoreAllMocks());

describe('the facts format', () => {
  it('is current: the committed JSON Schema is what the zod schema generates (run `npm run schema` if not)', () => {
    expect(committed).toBe(renderFactsJsonSchema());
  });

  it('describes a real run: the demo engagement facts validate against the committed schema and read back', () => {
    const { snapshot, engagement } = demo();
    const facts = factsOfSnapshot(engagement, snapshot, new Date(DEMO_NOW), '.github/engagement.yml');
    expect(validate(facts), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const back = readFacts(JSON.stringify(facts), 'facts.json');
    expect(back).toEqual({ ok: true, facts });
    expect(facts.version).toBe(FACTS_VERSION);
    expect(facts.milestones.map((m) => m.id)).toEqual(
      expect.arrayContaining(engagement.milestones.map((m) => m.id)),
    );
    // The demo has an overdue client handoff: the engagement is late, and the handoff names its people.
    expect(facts.status).toBe('late');
    const overdue = facts.milestones.filter((m) => m.status === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue[0]!.people.length).toBeGreaterThan(0);
    const open = facts.feedback.filter((f) => f.open).length;
    expect(Object.values(facts.figures.openFeedback).reduce((a, b) => a + b, 0)).toBe(open);
  });

  it('is on track once nothing is late, at risk or waiting past an SLA', () => {
    const { snapshot, engagement } = demo();
    const early = factsOfSnapshot(
      { ...engagement, milestones: [] },
      { ...snapshot, issues: [] },
      new Date(DEMO_NOW),
      'e.yml',
    );
    expect(early.status).toBe('on_track');
    expect(early.summaryIssue).toBeNull();
  });

  it('says what failed, and validates too', () => {
    const failed = buildFailedFacts({
      repository: { owner: 'acme', name: 'web', url: 'https://github.com/acme/web' },
      configPath: '.github/engagement.yml',
      at: new Date(DEMO_NOW),
      failure: {
        kind: 'engagement_file',
        reason: 'the engagement file has 1 error(s)',
        details: ['.github/engagement.yml:3:1  engagement.time_zone  is required but missing'],
      },
    });
    expect(validate(failed)).toBe(true);
    expect(readFacts(JSON.stringify(failed), 'f.json').ok).toBe(true);
    expect(failed.outcome === 'failed' && failed.failure.kind).toBe('engagement_file');
  });

  it('still reads version-1 files written before the failure code and the topic names were added', () => {
    const { snapshot, engagement } = demo();
    const facts = factsOfSnapshot(engagement, snapshot, new Date(DEMO_NOW), 'e.yml');
    expect(facts.outcome === 'ok' && facts.engagement.topics?.map((t) => t.id)).toContain('quality');
    const older = JSON.parse(JSON.stringify(facts)) as { engagement: Record<string, unknown> };
    delete older.engagement.topics;
    expect(validate(older)).toBe(true);
    expect(readFacts(JSON.stringify(older), 'old.json').ok).toBe(true);
    const olderFailed = {
      ...buildFailedFacts({
        repository: { owner: 'acme', name: 'web', url: 'https://github.com/acme/web' },
        configPath: 'e.yml',
        at: new Date(DEMO_NOW),
        failure: { kind: 'internal', reason: 'it broke' },
      }),
      failure: { reason: 'it broke', details: [] },
    };
    expect(validate(olderFailed)).toBe(true);
    expect(readFacts(JSON.stringify(olderFailed), 'old-failed.json').ok).toBe(true);
  });

  it('refuses a newer version with advice, and a foreign file by its format', () => {
    const { snapshot, engagement } = demo();
    const facts = factsOfSnapshot(engagement, snapshot, new Date(DEMO_NOW), 'e.yml');
    const newer = readFacts(JSON.stringify({ ...facts, version: FACTS_VERSION + 1 }), 'a/b.json');
    expect(newer).toEqual({
      ok: false,
      problem: expect.stringMatching(/a\/b\.json is facts version 2.*same release/),
    });
    expect(readFacts('{"hello":1}', 'x.json')).toEqual({
      ok: false,
      problem: expect.stringMatching(/not an engagement-keeper facts file/),
    });
    expect(readFacts('{', 'x.json')).toEqual({
      ok: false,
      problem: expect.stringMatching(/x\.json is not JSON/),
    });
    const broken = readFacts(JSON.stringify({ ...facts, status: 'fine' }), 'x.json');
    expect(broken).toEqual({ ok: false, problem: expect.stringMatching(/`status`/) });
  });
});

describe('plan --facts', () => {
  it('writes the facts of the planned run, and failed facts when the engagement file is broken', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = await mkdtemp(join(tmpdir(), 'ek-facts-'));
    const out = join(dir, 'facts.json');
    const code = await planCommand.run([
      '--snapshot',
      'demo/snapshot.json',
      '--config',
      'examples/engagement.yml',
      '--now',
      DEMO_NOW,
      '--facts',
      out,
    ]);
    expect(code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8')) as unknown;
    expect(validate(written)).toBe(true);
    expect(written).toMatchObject({ outcome: 'ok', generatedAt: new Date(DEMO_NOW).toISOString() });

    const broken = join(dir, 'broken.yml');
    await writeFile(broken, 'engagement:\n  name: Broken\n');
    const failedOut = join(dir, 'failed.json');
    expect(
      await planCommand.run(['--snapshot', 'demo/snapshot.json', '--config', broken, '--facts', failedOut]),
    ).toBe(1);
    const failed = JSON.parse(await readFile(failedOut, 'utf8')) as {
      outcome: string;
      failure: { details: string[] };
    };
    expect(failed.outcome).toBe('failed');
    expect(failed.failure.details.join('\n')).toMatch(/time_zone/);
  });
});
