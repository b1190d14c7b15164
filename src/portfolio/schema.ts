// The portfolio file (`.github/portfolio.yml` in the agency's internal ops repository): every
// engagement the agency runs — a client repository and the path of its engagement file — the groups
// they belong to (a team and its account manager), and the weekly portfolio issue's settings. The
// building blocks (handles, days, times, the business calendar) are the engagement file's own.
import { z } from 'zod';
import {
  calendarSection,
  clockTimeSchema,
  handleSchema,
  localeSchema,
  weekdaySchema,
} from '../engagement/schema';

const ID = /^[a-z0-9][a-z0-9-_]*$/;
function configPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || value.includes('\\') || value.split('/').includes('..'))
    return 'must be a path inside the repository, such as `.github/engagement.yml` (no leading `/`, no `..`, no `\\`)';
  if (!/\.ya?ml$/u.test(value))
    return 'must name a YAML file (`.yml` or `.yaml`), such as `.github/engagement.yml`';
  return undefined;
}

/** The schema, built on first use: an engagement run, which reads no portfolio, does not build it. */
function buildPortfolioSchema() {
  const idSchema = z
    .string()
    .regex(ID, { message: 'must be lower-case letters, digits, `-` or `_`, e.g. `bepxanh-web`' });

  const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

  const portfolioSection = z
    .strictObject({
      name: z
        .string()
        .min(1, { message: 'must not be empty: name the portfolio' })
        .meta({
          description: 'The portfolio, as the portfolio issue names it.',
          examples: ['Sông Hàn Studio'],
        }),
      time_zone: z
        .string()
        .min(1)
        .meta({
          description: 'IANA time zone the portfolio week is read in.',
          examples: ['Asia/Ho_Chi_Minh'],
        }),
      locale: localeSchema
        .default('en')
        .meta({ description: 'Language of the portfolio issue: `en` or `vi`.' }),
    })
    .meta({ description: 'Who and where: the agency portfolio, its time zone and language.' });

  const groupSchema = z.strictObject({
    id: idSchema.meta({
      description: 'A short unique id, used by `engagements[].group`.',
      examples: ['team-a'],
    }),
    name: z.string().min(1).optional().meta({ description: 'The team, as the portfolio issue names it.' }),
    account_manager: handleSchema.optional().meta({ description: "The group's account manager." }),
  });

  /** Why a `config` path cannot be an engagement file inside the repository, if it cannot. */

  const engagementEntrySchema = z.strictObject({
    id: idSchema.meta({
      description: 'A short unique id: the artifact and matrix name of this engagement.',
      examples: ['bepxanh-web'],
    }),
    repository: z
      .string()
      .regex(REPOSITORY, { message: 'must be `owner/name`, e.g. `songhan/bepxanh-website`' })
      .refine((value) => !/\/\.{1,2}$/u.test(value), {
        message: 'names no repository: `.` and `..` are not repository names',
      })
      .meta({ description: 'The client repository, `owner/name`.', examples: ['songhan/bepxanh-website'] }),
    config: z
      .string()
      .min(1)
      // Read through the contents API of the client repository: a path inside it, nothing else.
      .superRefine((value, ctx) => {
        const problem = configPathProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .default('.github/engagement.yml')
      .meta({ description: 'The path of the engagement file in that repository.' }),
    group: idSchema.optional().meta({ description: 'The id of the group (team) the engagement belongs to.' }),
    account_manager: handleSchema
      .optional()
      .meta({ description: "Overrides the group's account manager for this engagement." }),
  });

  const summarySection = z
    .strictObject({
      enabled: z.boolean().default(true),
      day: weekdaySchema
        .default('mon')
        .meta({ description: 'The weekday the week’s portfolio issue opens.' }),
      time: clockTimeSchema.default('09:00').meta({ description: 'The time of day it opens, `HH:MM`.' }),
      labels: z.array(z.string().min(1)).default(['portfolio-summary']),
      title: z
        .string()
        .min(1)
        .default('{portfolio} — week {week}')
        .meta({ description: 'Title template; `{portfolio}` and `{week}` (e.g. 2026-W48) are filled in.' }),
      load_days: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(14)
        .meta({ description: "Business days ahead the vendor's load lists handoffs for." }),
      trend_weeks: z
        .number()
        .int()
        .min(1)
        .max(52)
        .default(12)
        .meta({ description: 'Weeks the root causes and the breaches per week are counted over.' }),
    })
    .meta({ description: 'The weekly portfolio issue in the ops repository.' });

  const runSection = z
    .strictObject({
      max_parallel: z
        .number()
        .int()
        .min(1)
        .max(256)
        .default(4)
        .meta({ description: 'How many engagement runs the matrix runs at once (`strategy.max-parallel`).' }),
    })
    .meta({ description: 'How the workflow runs the engagements.' });

  const portfolioFileSchema = z
    .strictObject({
      portfolio: portfolioSection,
      calendar: calendarSection.prefault({}).meta({
        description: "The agency's business calendar: the vendor's load counts business days on it.",
      }),
      summary: summarySection.prefault({}),
      run: runSection.prefault({}),
      groups: z.array(groupSchema).default([]).meta({ description: 'Teams, each with an account manager.' }),
      engagements: z
        .array(engagementEntrySchema)
        .min(1, { message: 'must list at least one engagement' })
        // GitHub runs at most 256 jobs from one matrix.
        .max(256, {
          message:
            'lists more than 256 engagements, more than one GitHub matrix runs: split them into two portfolio files, each with its own workflow',
        })
        .meta({
          description: 'Every engagement of the portfolio: a client repository and its engagement file.',
        }),
    })
    .meta({
      title: 'engagement-keeper portfolio file',
      description: 'The agency portfolio: every engagement, run in parallel by the portfolio workflow.',
    });

  return portfolioFileSchema;
}

type PortfolioFileSchema = ReturnType<typeof buildPortfolioSchema>;
let built: PortfolioFileSchema | undefined;
export function portfolioFileSchema(): PortfolioFileSchema {
  built ??= buildPortfolioSchema();
  return built;
}

export type Portfolio = z.output<PortfolioFileSchema>;
export type PortfolioEngagement = Portfolio['engagements'][number];
