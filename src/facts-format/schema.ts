// The facts one engagement run emits: a versioned JSON document other tools (the portfolio job, a
// dashboard, a CRM) read without knowing anything about the action's internals. The zod schema is the
// single source: the TypeScript types, the JSON Schema in schema/facts.schema.json and the reader all
// come from it. Readers accept unknown fields, so a later version may add fields without breaking them;
// a change that removes or changes the meaning of a field bumps FACTS_VERSION.
import { z } from 'zod';
import { MILESTONE_STATUSES } from '../core/facts';
import {
  FEEDBACK_TYPES,
  IMPORTANCE_LEVELS,
  LOCALES,
  PRIORITIES,
  ROOT_CAUSES,
  SIDES,
} from '../engagement/schema';

export const FACTS_FORMAT = 'engagement-keeper/facts';
export const FACTS_VERSION = 1;

export const ENGAGEMENT_STATUSES = ['on_track', 'at_risk', 'late'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/**
 * Why a run could not plan, or planned but could not write what it planned, as a code a reader can word
 * in its own language (the portfolio issue does, in English or Vietnamese); `reason` says the same in
 * English for logs. `write_permission`: the run read and planned, then GitHub refused its writes.
 */
export const FAILURE_KINDS = [
  'inputs',
  'no_engagement_file',
  'engagement_file',
  'unplannable',
  'rate_limit',
  'token',
  'permission',
  'write_permission',
  'not_found',
  'github',
  'no_answer',
  'internal',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** The schemas, built on first use: a run that reads or writes no facts does not build them at start-up. */
function buildFactsSchemas() {
  const instant = z.iso
    .datetime({ offset: true })
    .meta({ description: 'An instant, ISO 8601 (UTC `Z` or an offset).' });
  const rate = z.number().min(0).max(1).nullable();

  const repositorySchema = z
    .object({
      owner: z.string().min(1),
      name: z.string().min(1),
      url: z.string().meta({ description: 'The repository on its GitHub host.' }),
    })
    .meta({ description: 'The client repository the engagement runs in.' });

  const slaSchema = z.object({
    dueAt: instant.meta({
      description: 'When the SLA falls due, after pauses while waiting for the client.',
    }),
    met: z
      .boolean()
      .nullable()
      .meta({ description: 'null while running; true when met; false when breached.' }),
    minutesTaken: z.number().nullable(),
  });

  const complianceSchema = z.object({ met: z.number().int().min(0), decided: z.number().int().min(0), rate });

  const milestoneFactsSchema = z.object({
    id: z.string(),
    title: z.string(),
    owner: z.enum(SIDES).meta({ description: 'The side that hands it over.' }),
    people: z.array(z.string()).meta({
      description: 'Logins who owe it: the tracking issue assignees, else the owner side primary contact.',
    }),
    baselineDue: instant,
    currentDue: instant.meta({ description: 'Due after agreed amendments.' }),
    governingDue: instant.meta({
      description: 'Due the status is measured against (after a day-for-day shift).',
    }),
    status: z.enum(MILESTONE_STATUSES),
    businessDaysLate: z.number().int().min(0),
    completedAt: instant.nullable(),
    rootCauses: z.array(z.enum(ROOT_CAUSES)),
    url: z.string().nullable().meta({ description: 'Its tracking or deadline issue.' }),
  });

  const feedbackFactsSchema = z.object({
    number: z.number().int().positive(),
    url: z.string(),
    createdAt: instant,
    open: z.boolean(),
    topic: z.string(),
    importance: z.enum(IMPORTANCE_LEVELS),
    type: z.enum(FEEDBACK_TYPES),
    priority: z.enum(PRIORITIES),
    firstResponseAt: instant.nullable(),
    resolvedAt: instant.nullable(),
    firstResponse: slaSchema,
    resolution: slaSchema,
    rating: z.number().nullable().meta({ description: 'The client rating (1–5) after resolution.' }),
  });

  const figuresSchema = z
    .object({
      handoffsCounted: z.number().int().min(0),
      handoffsOnTime: z.number().int().min(0),
      onTimeRate: rate,
      averageDelay: z.number().nullable().meta({ description: 'Mean business days late of late handoffs.' }),
      firstResponseSla: complianceSchema,
      resolutionSla: complianceSchema,
      ratingAverage: z.number().nullable(),
      ratingCount: z.number().int().min(0),
      openFeedback: z.object(
        Object.fromEntries(PRIORITIES.map((p) => [p, z.number().int().min(0)])) as Record<
          (typeof PRIORITIES)[number],
          z.ZodNumber
        >,
      ),
    })
    .meta({ description: 'The weekly summary figures as they stand at `generatedAt`.' });

  const common = {
    format: z.literal(FACTS_FORMAT),
    version: z.literal(FACTS_VERSION),
    generatedAt: instant.meta({ description: 'The run time the facts stand at.' }),
    repository: repositorySchema,
    configPath: z.string().meta({ description: 'The engagement file the run read, in the repository.' }),
  };

  const okFactsSchema = z
    .object({
      ...common,
      outcome: z.literal('ok'),
      engagement: z.object({
        name: z.string(),
        client: z.string().nullable(),
        vendor: z.string().nullable(),
        timeZone: z.string(),
        locale: z.enum(LOCALES),
        accountManager: z
          .string()
          .nullable()
          .meta({ description: "The vendor side's account manager login." }),
        topics: z
          .array(z.object({ id: z.string(), name: z.string().nullable(), nameVi: z.string().nullable() }))
          .optional()
          .meta({
            description:
              'The feedback topics of the engagement file, with their names, so a reader can name a `feedback[].topic` (added in 1; older files of version 1 lack it).',
          }),
      }),
      status: z.enum(ENGAGEMENT_STATUSES).meta({
        description:
          '`late`: a handoff is overdue; `at_risk`: one is at risk or an SLA is broken; else `on_track`.',
      }),
      week: z.string().meta({ description: 'The ISO week of `generatedAt` in the engagement time zone.' }),
      summaryIssue: z
        .object({ number: z.number().int().positive(), url: z.string(), week: z.string() })
        .nullable()
        .meta({ description: 'The newest weekly summary issue, if one exists.' }),
      milestones: z.array(milestoneFactsSchema),
      feedback: z.array(feedbackFactsSchema),
      figures: figuresSchema,
    })
    .meta({ description: 'A run that read the engagement and planned.' });

  const failedFactsSchema = z
    .object({
      ...common,
      outcome: z.literal('failed'),
      failure: z.object({
        reason: z.string().meta({ description: 'One line a person can act on, in English.' }),
        kind: z.enum(FAILURE_KINDS).optional().meta({
          description:
            'The reason as a code, for readers that word it themselves (added in 1; older files of version 1 lack it).',
        }),
        status: z
          .number()
          .int()
          .optional()
          .meta({ description: 'The HTTP status GitHub answered, when the failure is its answer.' }),
        repository: z.string().optional().meta({
          description:
            'For `write_permission`: the repository (`owner/name`) where GitHub refused the writes, the client repository or the internal one (added in 1).',
        }),
        details: z
          .array(z.string())
          .meta({ description: 'Every located error (e.g. `file:line:column  path  message`).' }),
      }),
    })
    .meta({
      description:
        'A run that could not plan (bad engagement file, missing permission, ...), or planned but could not make its writes.',
    });

  const runFactsSchema = z
    .discriminatedUnion('outcome', [okFactsSchema, failedFactsSchema])
    .meta({ title: 'engagement-keeper run facts', description: 'What one engagement run knew, version 1.' });

  return { milestoneFactsSchema, feedbackFactsSchema, okFactsSchema, failedFactsSchema, runFactsSchema };
}

type FactsSchemas = ReturnType<typeof buildFactsSchemas>;
let built: FactsSchemas | undefined;
export function factsSchemas(): FactsSchemas {
  built ??= buildFactsSchemas();
  return built;
}

export type RunFacts = z.output<FactsSchemas['runFactsSchema']>;
export type OkFacts = z.output<FactsSchemas['okFactsSchema']>;
export type FailedFacts = z.output<FactsSchemas['failedFactsSchema']>;
export type FactsMilestone = z.output<FactsSchemas['milestoneFactsSchema']>;
export type FactsFeedback = z.output<FactsSchemas['feedbackFactsSchema']>;
