import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT_JSON_SCHEMA_PATH, renderEngagementJsonSchema } from '../../src/engagement/json-schema';

const ROOT = join(import.meta.dirname, '../..');
const committed = readFileSync(join(ROOT, ENGAGEMENT_JSON_SCHEMA_PATH), 'utf8');

describe('the JSON Schema of the engagement file', () => {
  it('is current: regenerating it from the zod schema changes nothing (run `npm run schema` if not)', () => {
    expect(committed).toBe(renderEngagementJsonSchema());
  });

  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed));

  it.each(['examples/engagement.yml', 'examples/engagement.minimal.yml'])('accepts %s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/engagement.schema.json');
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lets editors catch misspelt keys and wrong values, and shows descriptions and defaults', () => {
    const minimal = parse(readFileSync(join(ROOT, 'examples/engagement.minimal.yml'), 'utf8')) as {
      engagement: Record<string, unknown>;
    };
    expect(validate({ ...minimal, engagement: { ...minimal.engagement, timezone: 'UTC' } })).toBe(false);
    expect(validate({ ...minimal, engagement: { ...minimal.engagement, locale: 'fr' } })).toBe(false);
    const schema = JSON.parse(committed) as {
      properties: {
        engagement: { properties: { time_zone: { description?: string } } };
        summary: { properties: { day: { default?: unknown } } };
      };
    };
    expect(schema.properties.engagement.properties.time_zone.description).toMatch(/IANA/);
    expect(schema.properties.summary.properties.day.default).toBe('mon');
  });
});
