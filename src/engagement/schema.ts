// The engagement file: everything the action knows about one client engagement. A ten-line file
// (name, time zone, contacts, one milestone) is valid; every other field has a documented default.
// Checks that need the whole file (ids, cycles, dates against dependencies) live in checks.ts.
import { z } from 'zod';
import { impossibleDateReason, impossibleTimeReason } from './dates';
import * as bounds from './bounds';
import { DURATION_EXAMPLES, parseDuration, type Duration } from './duration';
import { quoted } from './quote';
import { suggestIsoDate } from './date-suggestion';

// --- small building blocks -------------------------------------------------------------------

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;

/** The login of a handle as written: spaces around it and one leading `@` dropped. */
const loginOf = (text: string): string => text.trim().replace(/^@/, '');

/** A GitHub handle, written `@login` or `login`; stored without the `@`. */
export const handleSchema = z
  .string()
  .superRefine((text, ctx) => {
    const login = loginOf(text);
    if (GITHUB_LOGIN.test(login)) return;
    // `''`, `'@'` and `'@--'` name nobody: say so, rather than quote back a handle that is not there.
    const nobody = !/[A-Za-z0-9]/u.test(login);
    const written = text.trim();
    ctx.addIssue({
      code: 'custom',
      message:
        written === ''
          ? 'names no one: the GitHub handle is empty'
          : nobody
            ? `${quoted(written)} names no one: a GitHub handle has letters or digits`
            : `${quoted(`@${login}`)} is not a GitHub handle`,
      params: {
        hint: nobody
          ? "write the person's GitHub login after `@`, e.g. `'@lan-bepxanh'`"
          : 'write `@login`: letters, digits and single hyphens, at most 39 characters',
      },
    });
  })
  .transform(loginOf)
  .meta({
    description: 'A GitHub handle, `@login` or `login`.',
    examples: ['@alice'],
    pattern: `^@?${GITHUB_LOGIN.source.slice(1)}`,
  });

/** A line of text: a name, a title. */
const nameText = () => z.string().min(1).max(bounds.MAX_NAME_LENGTH);
/** A paragraph: a description, a policy. */
const longText = () => z.string().max(bounds.MAX_TEXT_LENGTH);

const contactObjectSchema = z.strictObject({
  handle: handleSchema,
  name: nameText()
    .optional()
    .meta({ description: 'The person’s name, as lists and messages show it when no `address` is set.' }),
  address: nameText()
    .optional()
    .meta({
      description:
        'How messages address this person, used the same way through a whole message: `chị Lan`, `anh Minh`, `Ms Jane`. Without it: `anh/chị` (with the name) in Vietnamese, the name in English.',
      examples: ['chị Lan', 'anh Minh', 'Ms Jane'],
    }),
  language: z.enum(['en', 'vi'], { message: 'must be `en` (English) or `vi` (Vietnamese)' }).optional().meta({
    description:
      'The language messages to this person are written in. Without it, a reply follows the language they wrote in.',
  }),
});

/** A person: `@login`, or `{ handle: '@login', name: 'Alice Nguyen', address: 'Ms Alice' }`. */
export const contactSchema = z
  .union([handleSchema, contactObjectSchema])
  .transform((value) => (typeof value === 'string' ? { handle: value } : value));

export type Contact = {
  handle: string;
  name?: string | undefined;
  address?: string | undefined;
  language?: Locale | undefined;
};

export const durationSchema = z
  .string()
  .transform((text, ctx): Duration => {
    const parsed = text.length <= bounds.MAX_NAME_LENGTH ? parseDuration(text) : undefined;
    if (!parsed) {
      const fractionalDays = /^\s*\d+\.\d+\s*(?:business|working|work)?\s*(?:d|days?|w|weeks?)\s*$/iu.test(
        text,
      );
      ctx.addIssue({
        code: 'custom',
        message: `${quoted(text)} is not a duration`,
        params: {
          hint: fractionalDays
            ? 'days and weeks are counted whole: round it, or write hours, e.g. `12 business hours`'
            : `write e.g. ${DURATION_EXAMPLES}`,
        },
      });
      return z.NEVER;
    }
    const tooLong = bounds.durationTooLong(parsed);
    if (tooLong) {
      ctx.addIssue({
        code: 'custom',
        message: `\`${parsed.text}\` is longer than engagement-keeper plans for: ${tooLong}`,
        params: { hint: 'write the time the contract really gives; an engagement is planned a year ahead' },
      });
      return z.NEVER;
    }
    return parsed;
  })
  .meta({ description: `A duration such as ${DURATION_EXAMPLES}.`, examples: ['24h', '3 business days'] });

/**
 * A time someone is given to act: more than nothing. A zero response time would have every new
 * feedback acknowledged, breached and escalated in the run that first sees it.
 */
const positiveDuration = durationSchema.refine((duration) => duration.value > 0, {
  message: 'must be longer than nothing',
  params: { hint: 'write the time the contract gives, e.g. `24h` or `3 business days`' },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `"03/12/2026" is not a due date: write \`2026-12-03\` (3 December 2026) or …`, else the rule alone. */
function notADate(text: string, what: string, rule: string): string {
  const suggestion = suggestIsoDate(text);
  return suggestion
    ? `${quoted(text)} is not written \`YYYY-MM-DD\`: write ${suggestion}`
    : `is not ${what}: write ${rule}`;
}
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Rejects `2026-02-30`, `2026-13-01` and `24:00`, which have the right shape but are not on the calendar. */
function realDateAndTime(text: string, ctx: z.core.$RefinementCtx<string>): void {
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(text)?.[1];
  if (year !== undefined && (Number(year) < bounds.FIRST_YEAR || Number(year) > bounds.LAST_YEAR)) {
    ctx.addIssue({
      code: 'custom',
      message: `\`${text}\` is outside the years engagement-keeper plans for (${bounds.FIRST_YEAR}–${bounds.LAST_YEAR})`,
      params: { hint: 'check the year' },
    });
    return;
  }
  const date = impossibleDateReason(text);
  const time = date ? undefined : impossibleTimeReason(text);
  const problem = date ?? time;
  if (!problem) return;
  ctx.addIssue({
    code: 'custom',
    message: `\`${text}\` is not ${date ? 'on the calendar' : 'a time of day'}: ${problem.reason}`,
    params: { hint: problem.hint },
  });
}

// The loader parses YAML 1.2 (core schema), where `2026-12-04` stays the text it is. A caller that
// parses with YAML 1.1 timestamps gets a Date holding the written wall time as UTC (that is how YAML
// reads a date without a zone), so the UTC fields give back exactly what was written: no zone shift.
/** A calendar date `YYYY-MM-DD`. YAML may hand us a Date for unquoted dates; we take it back to text. */
export const dateSchema = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string()
      .regex(ISO_DATE, {
        error: (issue) =>
          notADate(
            typeof issue.input === 'string' ? issue.input : '',
            'a date',
            '`YYYY-MM-DD`, e.g. `2026-12-04`',
          ),
      })
      .superRefine(realDateAndTime),
  )
  .meta({ description: 'A date, `YYYY-MM-DD`.', examples: ['2026-12-04'] });

/** A due date `YYYY-MM-DD` (end of that working day) or date-time `YYYY-MM-DDTHH:MM` in the engagement's zone. */
/** A moment in the engagement time zone, written as a day or a day and a time; YAML may give a Date. */
function localMomentSchema(what: string) {
  return z.preprocess(
    (value) =>
      value instanceof Date
        ? value
            .toISOString()
            .slice(0, 16)
            .replace(/T00:00$/, '')
        : value,
    z
      .string()
      .refine((text) => ISO_DATE.test(text) || ISO_DATE_TIME.test(text), {
        error: (issue) => {
          const text = typeof issue.input === 'string' ? issue.input : '';
          // `2026-12-04T15:00+07:00` or `…Z`: a time zone where the file's own zone governs.
          const offset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(Z|[+-]\d{2}:?\d{2})$/iu.exec(text);
          return offset
            ? `\`${text}\` is not ${what}: drop \`${offset[1]}\` and write the time as it reads in the engagement time zone, as \`YYYY-MM-DDTHH:MM\``
            : notADate(text, what, '`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (in the engagement time zone)');
        },
      })
      .superRefine(realDateAndTime),
  );
}

/** What an editor checks a day or a day and time against as it is typed (the JSON Schema drops refinements). */
const LOCAL_MOMENT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?$';

export const dueSchema = localMomentSchema('a due date').meta({
  pattern: LOCAL_MOMENT_PATTERN,
  description:
    'Due date `YYYY-MM-DD` (due at the end of that working day) or `YYYY-MM-DDTHH:MM`, in the engagement time zone.',
  examples: ['2026-12-04', '2026-12-04T15:00'],
});

export const clockTimeSchema = z
  .string()
  .regex(CLOCK_TIME, { message: 'is not a time of day: write `HH:MM` on a 24-hour clock, e.g. `09:00`' });

/** A label name as GitHub takes it: 1 to 50 characters, not only spaces. */
const labelName = () =>
  z
    .string()
    .max(bounds.MAX_LABEL_LENGTH, {
      message: `must be at most ${bounds.MAX_LABEL_LENGTH} characters: GitHub refuses longer label names`,
    })
    .refine((name) => name.trim().length > 0, { message: 'must not be empty: GitHub needs a label name' });

/** The start of a label name the action completes (`topic: ` + `design`); the whole is checked later. */
const labelPrefix = () =>
  z.string().max(bounds.MAX_LABEL_LENGTH - 1, {
    message: `must be at most ${bounds.MAX_LABEL_LENGTH - 1} characters: GitHub refuses label names over ${bounds.MAX_LABEL_LENGTH}`,
  });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekdaySchema = z.enum(WEEKDAYS, { message: `must be one of ${WEEKDAYS.join(', ')}` });

export const LOCALES = ['en', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES, { message: 'must be `en` (English) or `vi` (Vietnamese)' });

/** How the team speaks of itself in Vietnamese (English is always "we"). */
export const VOICES = ['chúng tôi', 'bên em'] as const;
export type Voice = (typeof VOICES)[number];

export const SIDES = ['client', 'vendor'] as const;
export type Side = (typeof SIDES)[number];

export const IMPORTANCE_LEVELS = ['urgent', 'important', 'not_important'] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];
export const URGENCY_LEVELS = ['high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];
export const FEEDBACK_TYPES = ['positive', 'negative', 'neutral'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Root causes of late handoffs, from the seed (section 1). */
export const ROOT_CAUSES = [
  'unclear-expectations',
  'changed-priorities',
  'lack-of-resources',
  'late-information',
  'changed-requirements',
  'internal-issues',
  'forgotten',
  'relationship',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

// --- sections ---------------------------------------------------------------------------------

/**
 * What text written in the client's repository may carry. Fees under discussion, the dispute ladder
 * and root-cause counts are the vendor's internal matters unless the contract team decides otherwise.
 */
export const CLIENT_TOPICS = ['fees', 'dispute', 'root_causes'] as const;
export type ClientTopic = (typeof CLIENT_TOPICS)[number];

const clientSeesSchema = z
  .strictObject({
    fees: z.boolean().default(false).meta({
      description:
        'Late fees accrued under the contract appear in formal notices (and, without an internal repository, in escalation issues). Off by default: the fee is named by the account manager, not by a bot.',
    }),
    dispute: z.boolean().default(false).meta({
      description:
        'The dispute ladder (contract review, negotiation, mediation, arbitration) appears in escalation issues kept in the client repository. Off by default.',
    }),
    root_causes: z.boolean().default(false).meta({
      description:
        'Root-cause counts appear in a weekly summary or retrospective kept in the client repository, and the "5 whys" prompt on a client issue asks for the whys and the root cause there. Off by default: the prompt asks the team to keep the analysis in its own notes.',
    }),
  })
  .prefault({})
  .meta({
    description:
      'What the client may read in their own repository (tracking issues, reminders, notices, acknowledgements, and escalations or the summary when there is no internal repository). Everything written to `internal_repository` shows it all.',
  });

const engagementSection = z
  .strictObject({
    name: z
      .string()
      .min(1, { message: 'must not be empty: name the engagement' })
      .max(bounds.MAX_NAME_LENGTH)
      .meta({
        description: 'The engagement, as messages and the weekly summary name it.',
        examples: ['Acme landing page'],
      }),
    client: nameText().optional().meta({ description: "The client's organisation." }),
    vendor: nameText().optional().meta({ description: 'Your organisation (the agency).' }),
    time_zone: z
      .string()
      .min(1)
      .max(bounds.MAX_TIME_ZONE_LENGTH)
      .meta({ description: 'IANA time zone all dates are read in.', examples: ['Asia/Ho_Chi_Minh'] }),
    locale: localeSchema
      .default('en')
      .meta({ description: 'Language of messages to the team and of the weekly summary.' }),
    client_locale: localeSchema.optional().meta({
      description:
        'Language of messages to the client when neither the contact’s `language` nor the language they wrote in decides it; defaults to `locale`.',
    }),
    voice: z.enum(VOICES, { message: 'must be `chúng tôi` or `bên em`' }).default('chúng tôi').meta({
      description:
        'How the team speaks of itself in Vietnamese messages to the client: `chúng tôi` (formal, the default) or `bên em` (warmer, when the team calls the client anh/chị). One voice for every message.',
    }),
    client_sees: clientSeesSchema,
    internal_repository: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/u, {
        message: 'must be a repository written `owner/name`, e.g. `acme/engagements-internal`',
      })
      .optional()
      .meta({
        description:
          'A repository only the vendor team reads (`owner/name`): escalation issues and the weekly summary are opened there instead of in the client repository. Several engagements may share one. Unset: everything stays in the client repository. The token needs Issues: read and write on it (docs/internal-repository.md).',
      }),
    adopted_on: dateSchema.optional().meta({
      description:
        'The day the action took over: issues filed before it are triaged and labelled but never answered as if new, and issues closed before it are left alone. Defaults to the day this file first appears in the repository history.',
    }),
  })
  .meta({ description: 'Who and where: the engagement, its time zone and language.' });

const closedDaySchema = z.union([
  dateSchema,
  z.strictObject({ date: dateSchema, name: nameText().optional() }),
]);

export const calendarSection = z
  .strictObject({
    work_days: z
      .array(weekdaySchema)
      .min(1, { message: 'must list at least one working day' })
      .default(['mon', 'tue', 'wed', 'thu', 'fri'])
      .meta({ description: 'The days of the week that are worked.' }),
    work_hours: z
      .strictObject({
        start: clockTimeSchema.default('09:00').meta({ description: 'Start of the working day, `HH:MM`.' }),
        end: clockTimeSchema
          .default('18:00')
          .meta({ description: 'End of the working day, `HH:MM`; a date-only due date falls due then.' }),
      })
      .prefault({})
      .meta({
        description: 'The working day, for business hours and for when a date-only due date falls due.',
      }),
    holidays: z
      .string()
      .min(2)
      .max(bounds.MAX_REGION_LENGTH)
      .nullable()
      .optional()
      .meta({
        description:
          'Country (ISO 3166 code, e.g. `VN`), or country and subdivision (e.g. `DE-BY`), whose public holidays are closed days; `null` for none. Defaults to none.',
        examples: ['VN', 'US', 'DE-BY'],
      }),
    closed_days: z
      .array(closedDaySchema)
      .max(bounds.MAX_LISTED_DAYS)
      .default([])
      .meta({ description: 'Extra closed days (company holidays, the exact Tết days announced each year).' }),
    open_days: z.array(closedDaySchema).max(bounds.MAX_LISTED_DAYS).default([]).meta({
      description: 'Days that are worked although they are weekend days or holidays (make-up days).',
    }),
  })
  .meta({ description: 'The business calendar all business-day offsets are counted on.' });

const sideContactsSchema = z.strictObject({
  primary: contactSchema.meta({ description: 'The person reminders and notices are addressed to.' }),
  alternates: z
    .array(contactSchema)
    .max(bounds.MAX_LIST_ITEMS)
    .default([])
    .meta({ description: 'Reached when the primary contact does not answer.' }),
  account_manager: contactSchema.optional().meta({ description: 'Receives escalations and formal notices.' }),
});

const contactsSection = z
  .strictObject({
    client: sideContactsSchema,
    vendor: sideContactsSchema,
  })
  .meta({ description: 'One primary contact on each side, alternates, and account managers.' });

const AMOUNT_TOO_LARGE = {
  // Grouped by hand: toLocaleString would start Intl while the action starts.
  message: `must be at most ${String(bounds.MAX_AMOUNT).replace(/\B(?=(\d{3})+$)/gu, ',')}: larger sums lose precision`,
};

const lateFeeSchema = z.strictObject({
  amount: z
    .number()
    .positive({ message: 'must be a positive amount' })
    .max(bounds.MAX_AMOUNT, AMOUNT_TOO_LARGE)
    .meta({ description: 'The fee per unit of lateness.' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code such as `USD` or `VND`' }),
  per: z
    .enum(['business_day', 'day', 'week'], { message: 'must be `business_day`, `day` or `week`' })
    .default('business_day')
    .meta({ description: 'The unit the fee accrues per.' }),
  grace: durationSchema.prefault('2 business days').meta({ description: 'Lateness that costs nothing.' }),
  cap: z
    .number()
    .positive()
    .max(bounds.MAX_AMOUNT, AMOUNT_TOO_LARGE)
    .optional()
    .meta({ description: 'The most that can accrue for one milestone.' }),
});

/** A text the team writes once, or once per language (`{ en: …, vi: … }`, at least one). */
const extensionPolicySchema = z.union([
  longText().min(1),
  z
    .strictObject({ en: longText().min(1).optional(), vi: longText().min(1).optional() })
    .refine((text) => text.en !== undefined || text.vi !== undefined, {
      message: 'write the policy under `en:`, `vi:` or both',
    }),
]);
export type ExtensionPolicy = z.output<typeof extensionPolicySchema>;

const disputeStepSchema = z.union([
  nameText(),
  z.strictObject({ step: nameText(), description: longText().optional() }),
]);
export type DisputeStep = z.output<typeof disputeStepSchema>;

/**
 * The dispute ladder of a file that writes none (seed 000, section 5): each step has message keys
 * (`dispute.step.<step>`), so every message shows it in its reader's language.
 */
export const DEFAULT_DISPUTE_STEPS = ['contract_review', 'negotiation', 'mediation', 'arbitration'] as const;
export type DefaultDisputeStep = (typeof DEFAULT_DISPUTE_STEPS)[number];

const contractSection = z
  .strictObject({
    late_fee: lateFeeSchema
      .optional()
      .meta({ description: 'A fee per unit of lateness after a grace period.' }),
    day_for_day_shift: z.boolean().default(true).meta({
      description: "A client's late handoff moves the vendor's dependent dates by the same business days.",
    }),
    extension_policy: extensionPolicySchema.optional().meta({
      description:
        "How extensions are asked for and granted: one text, or one per language (`en`, `vi`) so that each message quotes the policy in its reader's language.",
    }),
    // No `default`: a file that writes no ladder gets the default steps in each reader's language
    // (deadlines/dispute-ladder.ts); a ladder the file writes is the team's words, shown as written.
    dispute_ladder: z.array(disputeStepSchema).max(bounds.MAX_LIST_ITEMS).optional().meta({
      description:
        "What happens when the escalation ladder runs out, in order. Left out: contract review, negotiation, mediation, arbitration, each written in the reader's language. Steps written here are shown as written.",
    }),
    reference: z
      .string()
      .max(bounds.MAX_NAME_LENGTH)
      .optional()
      .meta({ description: 'Contract number or link, quoted in formal notices.' }),
  })
  .meta({ description: 'What the contract says about lateness, extensions and disputes.' });

const milestoneSchema = z.strictObject({
  id: z
    .string()
    .max(bounds.MAX_ID_LENGTH)
    .regex(/^[a-z0-9][a-z0-9-_]*$/, {
      message: 'must be lower-case letters, digits, `-` or `_`, e.g. `design-review`',
    })
    .meta({
      description: 'A short unique id, used in `depends_on` and in commands.',
      examples: ['design-review'],
    }),
  title: nameText().meta({ description: 'What is handed over.', examples: ['Final copy and images'] }),
  owner: z
    .enum(SIDES, { message: 'must be `client` or `vendor`: the side that hands this over' })
    .meta({ description: 'The side that hands this over: `client` or `vendor`.' }),
  due: dueSchema,
  deliverables: z
    .array(nameText())
    .max(bounds.MAX_DELIVERABLES)
    .default([])
    .meta({ description: 'The checklist of what is handed over; reminders name the items still missing.' }),
  depends_on: z
    .array(z.string().max(bounds.MAX_ID_LENGTH))
    .max(bounds.MAX_LIST_ITEMS)
    .default([])
    .meta({ description: 'Ids of milestones that must be handed over first.' }),
  description: longText().optional().meta({ description: 'More words about the milestone.' }),
  handed_over_on: localMomentSchema('a handover date')
    .optional()
    .meta({
      description:
        'When this milestone was handed over, for one handed over before the action took over (or recorded in the file rather than by ticking its boxes): `YYYY-MM-DD` (during that working day) or `YYYY-MM-DDTHH:MM`. The action records it on time or late against `due`, never chases it, opens no tracking issue for it, and shifts the milestones that depend on it only by the business days it really was late.',
      examples: ['2026-03-09', '2026-03-12T16:30'],
      pattern: LOCAL_MOMENT_PATTERN,
    }),
  ask_rating: z.boolean().default(true).meta({
    description:
      'When the vendor hands this milestone over, ask the client how it went (a 1–5 `/rate` and a sentence). `false` turns the question off for this milestone.',
  }),
});

/** Business days after a due date: from the day itself up to about a working year. */
const OFFSET_TOO_FAR = {
  message: `must be at most ${bounds.MAX_BUSINESS_DAY_OFFSET} business days (about a working year)`,
};
const ladderStep = () => z.number().int().min(0).max(bounds.MAX_BUSINESS_DAY_OFFSET, OFFSET_TOO_FAR);

const afterLadderSchema = z.strictObject({
  friendly: ladderStep().default(1),
  formal_notice: ladderStep().default(3),
  escalation: ladderStep().default(5),
});

const remindersSection = z
  .strictObject({
    before: z
      .array(z.number().int().positive().max(bounds.MAX_BUSINESS_DAY_OFFSET, OFFSET_TOO_FAR))
      .max(bounds.MAX_REMINDERS_BEFORE)
      .default([7, 3, 1])
      .meta({ description: 'Business days before the due date at which the owner is reminded.' }),
    after: afterLadderSchema
      .prefault({})
      .meta({ description: 'Business days after the due date for each step of the escalation ladder.' }),
    early_warning: z
      .strictObject({
        window: durationSchema.prefault('5 business days'),
        missing_ratio: z.number().min(0).max(1).default(0.5),
        silence: durationSchema.prefault('3 business days'),
      })
      .prefault({})
      .meta({ description: 'When to raise an at-risk warning before the date.' }),
    unresponsive_after: durationSchema
      .prefault('3 business days')
      .meta({ description: 'Silence from the owner side after a reminder before alternates are asked.' }),
    due_soon: durationSchema
      .prefault('3 business days')
      .meta({ description: 'When a milestone counts as due soon.' }),
  })
  .meta({ description: 'The reminder ladder before and after due dates.' });

const slaSchema = z.strictObject({
  first_response: positiveDuration.meta({ description: 'Time to the first human answer.' }),
  resolution: positiveDuration.meta({ description: 'Time to a resolution the client can confirm.' }),
});

const keywordList = () => z.array(z.string().max(bounds.MAX_KEYWORD_LENGTH)).max(bounds.MAX_KEYWORDS);

/** The feedback topics an engagement file that names none gets (the portfolio names them too). */
export const DEFAULT_TOPICS = [
  { id: 'quality', name: 'Product quality', name_vi: 'Chất lượng sản phẩm' },
  { id: 'delivery', name: 'Delivery time', name_vi: 'Tiến độ bàn giao' },
  { id: 'support', name: 'Support', name_vi: 'Dịch vụ hỗ trợ' },
  { id: 'communication', name: 'Communication', name_vi: 'Giao tiếp' },
  { id: 'other', name: 'Other', name_vi: 'Khác' },
] as const;

const topicSchema = z.strictObject({
  id: z
    .string()
    .max(bounds.MAX_ID_LENGTH)
    .regex(/^[a-z0-9][a-z0-9-_]*$/, { message: 'must be lower-case letters, digits, `-` or `_`' }),
  name: nameText().optional(),
  name_vi: nameText().optional(),
  keywords: z.array(z.string().min(1).max(bounds.MAX_KEYWORD_LENGTH)).max(bounds.MAX_KEYWORDS).default([]),
});

const matrixRowSchema = z.strictObject({
  high: z.enum(PRIORITIES),
  normal: z.enum(PRIORITIES),
  low: z.enum(PRIORITIES),
});

// Triage by a hosted model (GitHub Models), off by default. It sends the client's words out of the
// repository, so it takes two settings: `enabled`, and `send_client_text` saying that is allowed.
const modelTriageSchema = z
  .strictObject({
    enabled: z.boolean().default(false).meta({
      description: 'Triage new feedback with a GitHub Models model; the local classifier is the fallback.',
    }),
    send_client_text: z.boolean().default(false).meta({
      description: "Allow the client's title and text to be sent to GitHub Models. Required with `enabled`.",
    }),
    model: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9][\w.-]*\/[\w.:-]+$/u, {
        message: 'must be a GitHub Models id `{publisher}/{model}`, e.g. `openai/gpt-4.1-mini`',
      })
      .default('openai/gpt-4.1-mini')
      .meta({ description: 'The model id, `{publisher}/{model}`.' }),
    max_calls_per_run: z.number().int().min(1).max(50).default(10).meta({
      description: 'At most this many feedback issues are sent per run; the rest use the local classifier.',
    }),
    timeout_seconds: z.number().int().min(1).max(60).default(20).meta({
      description: 'A call that takes longer is abandoned and the local classifier decides.',
    }),
  })
  .refine((settings) => !settings.enabled || settings.send_client_text, {
    message:
      "`enabled: true` sends the client's words to GitHub Models: set `send_client_text: true` to allow that, or leave `enabled` off",
    path: ['send_client_text'],
  })
  .meta({ description: 'Optional triage by a hosted model (GitHub Models), off by default.' });

const feedbackSection = z
  .strictObject({
    label: labelName()
      .default('feedback')
      .meta({ description: 'Issues with this label are client feedback.' }),
    business_hours: z
      .boolean()
      .default(false)
      .meta({ description: 'Count SLA hours on the business calendar rather than the wall clock.' }),
    warn_at: z
      .number()
      .gt(0, { message: 'must be a fraction between 0 and 1, e.g. `0.75` for three quarters of the SLA' })
      .lt(1, { message: 'must be a fraction between 0 and 1, e.g. `0.75` for three quarters of the SLA' })
      .default(0.75)
      .meta({ description: 'Fraction of an SLA after which the triage role is warned.' }),
    sla: z
      .strictObject({
        urgent: slaSchema.prefault({ first_response: '24h', resolution: '3 business days' }),
        important: slaSchema.prefault({ first_response: '48h', resolution: '5 business days' }),
        not_important: slaSchema.prefault({ first_response: '48h', resolution: '10 business days' }),
      })
      .prefault({}),
    topics: z
      .array(topicSchema)
      .max(bounds.MAX_LIST_ITEMS)
      .default(DEFAULT_TOPICS.map((topic) => ({ ...topic, keywords: [] })))
      .meta({
        description:
          "Topics feedback is classified into. Writing `topics` replaces the default list; a topic's `keywords` (in any language) weigh more than anything the classifier learned.",
      }),
    keywords: z
      .strictObject({
        urgent: keywordList().default([]),
        important: keywordList().default([]),
        not_important: keywordList().default([]),
        positive: keywordList().default([]),
        negative: keywordList().default([]),
        high_urgency: keywordList().default([]),
      })
      .prefault({})
      .meta({
        description:
          'Extra keywords for importance, type and urgency; English and Vietnamese defaults apply too.',
      }),
    priority_matrix: z
      .strictObject({
        urgent: matrixRowSchema.default({ high: 'P1', normal: 'P1', low: 'P2' }),
        important: matrixRowSchema.default({ high: 'P2', normal: 'P2', low: 'P3' }),
        not_important: matrixRowSchema.default({ high: 'P3', normal: 'P4', low: 'P4' }),
      })
      .prefault({})
      .meta({ description: 'Priority by impact (importance) and urgency.' }),
    roles: z
      .strictObject({
        triage: z.array(handleSchema).max(bounds.MAX_LIST_ITEMS).default([]),
        analysis: z.array(handleSchema).max(bounds.MAX_LIST_ITEMS).default([]),
        resolution: z.array(handleSchema).max(bounds.MAX_LIST_ITEMS).default([]),
      })
      .prefault({})
      .meta({
        description: 'Who receives, analyses and resolves feedback; triage defaults to the vendor primary.',
      }),
    resolution_from_agreement: z.boolean().default(false).meta({
      description:
        'When the client `/agree`s to a solution the team `/propose`d, the resolution time starts again from that agreement (the first-response time is unaffected). Off by default: the resolution time counts from when the feedback was filed.',
    }),
    unclear: z
      .strictObject({
        min_length: z.number().int().min(0).max(bounds.MAX_TEXT_LENGTH).default(40),
        nudge_after: durationSchema.prefault('3 business days'),
      })
      .prefault({}),
    model_triage: modelTriageSchema.prefault({}),
  })
  .meta({ description: 'Client feedback: intake, SLAs, classification and roles.' });

const summarySection = z
  .strictObject({
    enabled: z.boolean().default(true),
    day: weekdaySchema.default('mon'),
    time: clockTimeSchema.default('09:00'),
    labels: z.array(labelName()).max(bounds.MAX_LIST_ITEMS).default(['engagement-summary']),
    title: nameText()
      .default('{engagement} — week {week}')
      .meta({ description: 'Title template; `{engagement}` and `{week}` (e.g. 2026-W48) are filled in.' }),
  })
  .meta({ description: 'The weekly summary issue for maintainers.' });

const kickoffSection = z
  .strictObject({
    enabled: z.boolean().default(true).meta({
      description:
        'Open one pinned kickoff issue in the client language: schedule, contacts, channels, response times, commands and contract terms, for the client primary to `/agree`. On by default: an engagement already under way gets exactly one, on its next run, showing the schedule as it stands (none once every milestone is handed over). `false` opts out.',
    }),
    agree_within: durationSchema.prefault('3 business days').meta({
      description: 'When the baseline is not agreed after this long, the client primary is reminded once.',
    }),
    label: labelName()
      .default('engagement: kickoff')
      .meta({ description: 'The label of the kickoff issue.' }),
  })
  .meta({
    description: 'The kickoff issue: the expectations of the engagement, agreed once as the baseline.',
  });

const retrospectiveSection = z
  .strictObject({
    at_end: z.boolean().default(true).meta({
      description:
        'Open one retrospective issue for the vendor team when every milestone of the engagement file is handed over.',
    }),
    every_weeks: z.number().int().min(1).max(52).nullable().default(null).meta({
      description:
        'Also open one every this many weeks while the engagement runs (e.g. `4`); `null`: only at the end.',
    }),
    label: labelName()
      .default('engagement: retrospective')
      .meta({ description: 'The label of the retrospective issues.' }),
  })
  .meta({
    description:
      'Retrospectives: the figures since the last one and three questions for the vendor team (what was hard, what to change, what to keep).',
  });

const pulseSection = z
  .strictObject({
    monthly: z.boolean().default(false).meta({
      description:
        'Once a month (the first business day, from the start of working hours) ask the client primary one short question about how the engagement is going, with a 1–5 `/rate`, in their language. Off unless set.',
    }),
    label: labelName()
      .default('engagement: pulse')
      .meta({ description: 'The label of the monthly check-in issues.' }),
  })
  .meta({
    description:
      'The optional monthly pulse: one check-in issue a month for the client primary, its rating recorded once and counted in the summary.',
  });

const labelsSection = z
  .strictObject({
    milestone: labelName().default('engagement: milestone'),
    deadline: labelName().default('deadline'),
    escalation: labelName().default('engagement: escalation'),
    upcoming: labelName().default('deadline: upcoming'),
    due_soon: labelName().default('deadline: due soon'),
    at_risk: labelName().default('deadline: at risk'),
    overdue: labelName().default('deadline: overdue'),
    done_on_time: labelName().default('deadline: done on time'),
    done_late: labelName().default('deadline: done late'),
    received: labelName().default('feedback: received'),
    acknowledged: labelName().default('feedback: acknowledged'),
    waiting_for_client: labelName().default('feedback: waiting for client'),
    in_progress: labelName().default('feedback: in progress'),
    analysed: labelName().default('feedback: analysed'),
    solution_proposed: labelName().default('feedback: solution proposed'),
    implemented: labelName().default('feedback: implemented'),
    resolved: labelName().default('feedback: resolved'),
    confirmed: labelName().default('feedback: confirmed'),
    sla_breach: labelName().default('sla: breached'),
    contradiction: labelName().default('feedback: contradiction'),
    kudos: labelName().default('kudos'),
    needs_review: labelName().default('triage: needs review').meta({
      description: 'Feedback whose triage the classifier is unsure of; the triage role confirms it.',
    }),
    topic_prefix: labelPrefix().default('topic: '),
    importance_prefix: labelPrefix().default('importance: '),
    type_prefix: labelPrefix().default('type: '),
    priority_prefix: labelPrefix().default('priority: '),
    root_cause_prefix: labelPrefix().default('root cause: '),
  })
  .meta({ description: 'Names of every label the action uses.' });

const messagesSection = z
  .partialRecord(
    localeSchema,
    z.record(z.string().max(bounds.MAX_NAME_LENGTH), z.string().max(bounds.MAX_TEMPLATE_LENGTH)),
  )
  .default({})
  .meta({
    description:
      'Per-locale overrides of message templates, by message key (docs/messages.md lists every key); an unknown key is an error, a retired one a warning.',
  });

export const engagementFileSchema = z
  .strictObject({
    engagement: engagementSection,
    calendar: calendarSection.prefault({}),
    contacts: contactsSection,
    contract: contractSection.prefault({}),
    milestones: z.array(milestoneSchema).max(bounds.MAX_MILESTONES).default([]),
    reminders: remindersSection.prefault({}),
    feedback: feedbackSection.prefault({}),
    summary: summarySection.prefault({}),
    kickoff: kickoffSection.prefault({}),
    retrospective: retrospectiveSection.prefault({}),
    pulse: pulseSection.prefault({}),
    labels: labelsSection.prefault({}),
    messages: messagesSection,
  })
  .meta({
    title: 'engagement-keeper engagement file',
    description: 'One client engagement, kept on schedule.',
  });

/** The engagement file after parsing: every default applied, handles without `@`, durations parsed. */
export type Engagement = z.output<typeof engagementFileSchema>;
export type EngagementInput = z.input<typeof engagementFileSchema>;
export type Milestone = Engagement['milestones'][number];
export type LabelNames = Engagement['labels'];
