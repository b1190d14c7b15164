// The composer: (engagement, snapshot, now) -> plan. It runs every domain once over one context,
// hands the summary the facts the others found, keeps an event run to its issue, and orders the
// writes. Pure like the domains below it: no clock, no network, no file system.
import { createBusinessCalendar } from '../calendar';
import type { BusinessCalendar } from '../calendar/types';
import { adoptionInstant } from '../core/adoption';
import { repairDuplicates } from '../core/duplicates';
import { readingsOf, withSnapshot, type PlanContext } from '../core/context';
import type { Domain } from '../core/domain';
import type { WeeklyFacts } from '../core/facts';
import { missingLabelWrites, type LabelSpec } from '../core/labels';
import { engagementTag, placeKey, writePlaces } from '../core/places';
import { botIssueMarker, issueSubject } from '../core/markers';
import type { IssueRef, Plan, Write } from '../core/plan';
import { allIssues, type Snapshot } from '../core/snapshot';
import { snapshotAt } from '../core/snapshot-at';
import type { Engagement, Locale } from '../engagement/schema';
import { projectWrites } from './apply-writes';
import type { PortfolioLoad } from '../core/portfolio-load';
import { DOMAINS } from './domains';
import { fitToGitHub } from './github-limits';
import { translator } from '../messages/catalogue';

export interface PlanOptions {
  /** The action's `locale` input: overrides the engagement file's language for the team. */
  readonly locale?: Locale;
  /** Produce the weekly summary for this ISO week (e.g. `2026-W48`) whatever the day and time. */
  readonly summaryWeek?: string;
  /** In a portfolio: the latest portfolio-load file, for `/extend` replies. */
  readonly portfolioLoad?: PortfolioLoad;
}

// The calendar keeps what it works out (each day's working window, the zone's offsets, running sums
// of working time): the shell's extra reads and the plan of one run build several contexts, and all of
// them share one calendar per engagement object. Pure: the same settings always give the same answers.
const calendars = new WeakMap<Engagement['calendar'], Map<string, BusinessCalendar>>();
function calendarOf(engagement: Engagement): BusinessCalendar {
  const zone = engagement.engagement.time_zone;
  let byZone = calendars.get(engagement.calendar);
  if (!byZone) calendars.set(engagement.calendar, (byZone = new Map()));
  let calendar = byZone.get(zone);
  if (!calendar) byZone.set(zone, (calendar = createBusinessCalendar(engagement.calendar, zone)));
  return calendar;
}

export function buildContext(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): PlanContext {
  const locale = options.locale ?? engagement.engagement.locale;
  const calendar = calendarOf(engagement);
  return {
    engagement,
    snapshot,
    now,
    calendar,
    locale,
    clientLocale: engagement.engagement.client_locale ?? locale,
    ...(options.summaryWeek !== undefined ? { summaryWeek: options.summaryWeek } : {}),
    adoptedAt: adoptionInstant(engagement, snapshot, calendar),
    ...(options.portfolioLoad ? { portfolioLoad: options.portfolioLoad } : {}),
    ...readingsOf(engagement, snapshot),
  };
}

export interface ComposedPlan {
  readonly plan: Plan;
  /**
   * The week's facts as they stand once the plan is applied (what the summary reported): the job
   * summary reports the same. Worked out when first asked (an event run's report does not ask).
   */
  readonly facts: () => WeeklyFacts;
}

const NO_FACTS: WeeklyFacts = { milestones: [], feedback: [], pulses: [] };

/**
 * Runs each domain once, in order, each from one reading of the snapshot. A domain that reports (the
 * summary) is handed the facts of the domains before it as they will stand after their writes: one
 * pass plans the run, and the report counts what the run itself posts.
 */
export function composePlan(given: PlanContext, domains: readonly Domain[] = DOMAINS): ComposedPlan {
  checkInternalRepository(given);
  // The domains plan on the repository as it is once the duplicates a race left are repaired; the
  // repair's own writes go first in the list (write-order.ts ranks them after what people wait for).
  const repair = repairDuplicates(given.snapshot);
  const ctx = repair.snapshot === given.snapshot ? given : withSnapshot(given, repair.snapshot);
  // A week that is over is reported as the repository stood at its end, not as it stands now.
  const withPast: PlanContext = {
    ...ctx,
    factsAt: (at) => {
      const past = withSnapshot(ctx, snapshotAt(ctx.snapshot, at), at);
      return merge(contributing(domains).map((domain) => domain.read(past).facts()));
    },
  };
  const planned = planDomains(withPast, domains);
  const { writes, notes } = placeWrites(ctx, given.snapshot, [...repair.writes, ...planned.writes], domains);
  return { plan: { writes, notes }, facts: planned.facts };
}

const contributing = (domains: readonly Domain[]): Domain[] => domains.filter((domain) => !domain.readsFacts);

/** A domain's reading and the writes it planned from it. */
interface Planned {
  readonly domain: Domain;
  readonly writes: readonly Write[];
}

/**
 * A snapshot the domains' facts are read on, with each domain's reading of it (made when first
 * asked) and its facts (worked out when first asked): the snapshot as read, or as some writes make it.
 */
interface World {
  readonly ctx: PlanContext;
  readonly facts: Map<Domain['name'], () => Partial<WeeklyFacts>>;
}

/**
 * Every domain read once and planned once, in order. The facts the domains before a reporting one
 * add are those of the repository as it will stand after their writes: when they write nothing,
 * the readings they planned from give them; otherwise each of them is read once on the snapshot
 * with those writes applied in memory at the run's time (apply-writes.ts), and that reading gives
 * facts only, never writes. Each world is read once per snapshot, whoever asks (the pulse, the
 * summary, the run's report).
 */
function planDomains(
  ctx: PlanContext,
  domains: readonly Domain[],
): { writes: Write[]; facts: () => WeeklyFacts } {
  const asRead: World = { ctx, facts: new Map() };
  // Keyed on how many writes (labels aside) the projection applies: a later domain only adds writes,
  // so the count names one projection, and a domain that wrote nothing leaves it as it was.
  const worlds = new Map<number, World>([[0, asRead]]);
  const done: Planned[] = [];
  const factsOfDone = (): (() => WeeklyFacts) => {
    const contributors = done.filter(({ domain }) => !domain.readsFacts);
    return once(() => factsAfter(ctx, contributors, worlds));
  };
  for (const domain of domains) {
    const reading = domain.read(ctx);
    asRead.facts.set(
      domain.name,
      once(() => reading.facts()),
    );
    done.push({ domain, writes: reading.plan(factsOfDone()) });
  }
  return { writes: done.flatMap(({ writes }) => writes), facts: factsOfDone() };
}

/** The facts the contributing domains add, as they will stand once their writes are made. */
function factsAfter(
  ctx: PlanContext,
  contributors: readonly Planned[],
  worlds: Map<number, World>,
): WeeklyFacts {
  const writes = contributors.flatMap(({ writes }) => writes);
  const made = writes.filter((write) => write.kind !== 'create-label').length;
  let world = worlds.get(made);
  if (!world) {
    world = { ctx: withSnapshot(ctx, projectWrites(ctx.snapshot, writes, ctx.now)), facts: new Map() };
    worlds.set(made, world);
  }
  const { ctx: projected, facts } = world;
  return merge(
    contributors.map(({ domain }) => {
      let known = facts.get(domain.name);
      if (!known) {
        const reading = domain.read(projected);
        known = once(() => reading.facts());
        facts.set(domain.name, known);
      }
      return known();
    }),
  );
}

/** The week's facts in the context's snapshot alone, from the domains that add facts. */
export function factsOf(ctx: PlanContext, domains: readonly Domain[] = DOMAINS): WeeklyFacts {
  return merge(contributing(domains).map((domain) => domain.read(ctx).facts()));
}

function merge(parts: ReadonlyArray<Partial<WeeklyFacts>>): WeeklyFacts {
  return parts.reduce<WeeklyFacts>((facts, part) => ({ ...facts, ...part }), NO_FACTS);
}

function once<T>(work: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: work() }).value;
}

/**
 * The domains' writes made ready for GitHub: an event run kept to its own issue (with a note of what
 * waits), the engagement's tag on internal issues, the missing labels created where they are used,
 * a deterministic order, and GitHub's limits.
 */
function placeWrites(
  ctx: PlanContext,
  snapshot: Snapshot,
  domainWrites: readonly Write[],
  domains: readonly Domain[],
): Plan {
  const scoped = restrictToScope(domainWrites, snapshot);
  const heldBack = domainWrites.length - scoped.length;
  const notes =
    heldBack > 0
      ? [
          `${heldBack} write(s) about other issues wait for the next full scan: an event run only writes about its own issue.`,
        ]
      : [];
  const catalogue = domains.flatMap((domain) => domain.labels(ctx.engagement));
  const placed = tagInternalIssues(scoped, snapshot);
  const placeOf = writePlaces(placed);
  const inClient = placed.filter((write) => placeOf(write) === 'client');
  const labelWrites = [
    ...missingLabelWrites(inClient, catalogue, snapshot.labels, {
      ensureAll: snapshot.scope.kind === 'full',
      intake: [ctx.engagement.feedback.label, ctx.engagement.labels.deadline],
    }),
    ...internalLabelWrites(placed, placeOf, catalogue, snapshot),
  ];
  const writes = orderWrites([...labelWrites, ...placed]);
  return {
    writes: fitToGitHub(writes, snapshot, { locale: ctx.locale, t: translator(ctx.engagement, ctx.locale) }),
    notes,
  };
}

export function planRun(
  engagement: Engagement,
  snapshot: Snapshot,
  now: Date,
  options: PlanOptions = {},
): Plan {
  return composePlan(buildContext(engagement, snapshot, now, options)).plan;
}

/**
 * An event run reads only what one issue needs, so it may plan writes only for that issue and the
 * issues the action keeps about the same subject (e.g. its escalation issue). Anything else waits
 * for the next full scan, which sees the whole repository and cannot duplicate an issue.
 */
function restrictToScope(writes: readonly Write[], snapshot: Snapshot): Write[] {
  const scope = snapshot.scope;
  if (scope.kind === 'full') return [...writes];
  const scopedIssue = snapshot.issues.find((issue) => issue.number === scope.number);
  const subjects = new Set<string>([issueSubject(scope.number)]);
  if (scopedIssue) {
    const marker = botIssueMarker(snapshot, scopedIssue);
    if (marker) subjects.add(marker.subject);
  }
  const related = new Set<string>([placeKey({ number: scope.number })]);
  for (const issue of allIssues(snapshot)) {
    const marker = botIssueMarker(snapshot, issue);
    if (marker && subjects.has(marker.subject)) related.add(placeKey(issue));
  }
  const created = new Set<string>();
  const kept: Write[] = [];
  for (const write of writes) {
    if (write.kind === 'create-label') continue;
    if (write.kind === 'open-issue') {
      if (subjects.has(write.marker.subject)) {
        created.add(write.key);
        kept.push(write);
      }
      continue;
    }
    const ref: IssueRef = write.issue;
    if ('number' in ref ? related.has(placeKey(ref)) : created.has(ref.created)) kept.push(write);
  }
  return kept;
}

const KIND_ORDER: Record<Write['kind'], number> = {
  'create-label': 0,
  'open-issue': 1,
  'edit-issue': 2,
  'reopen-issue': 3,
  assign: 4,
  // After the issue exists; nothing refers to a pin, so its place among the rest does not matter.
  'pin-issue': 4,
  'remove-label': 5,
  'add-labels': 6,
  'edit-comment': 7,
  comment: 8,
  'delete-comment': 9,
  'close-issue': 10,
};

/**
 * A deterministic order: courtesies (low priority) after everything else, so the budget goes to what
 * matters first; then labels exist before they are used, issues exist before they are referred
 * to, and closing comes last. Within a kind, issue numbers ascend and created issues follow.
 * The sort is stable, so writes of one kind on one issue keep the order their planner chose.
 */
const lowLast = (write: Write): number => (write.priority === 'low' ? 1 : 0);

export function orderWrites(writes: readonly Write[]): Write[] {
  const target = (write: Write): number => {
    if (write.kind === 'create-label' || write.kind === 'open-issue') return 0;
    return 'number' in write.issue ? write.issue.number : Number.MAX_SAFE_INTEGER;
  };
  return writes
    .map((write, index) => ({ write, index }))
    .sort(
      (a, b) =>
        lowLast(a.write) - lowLast(b.write) ||
        KIND_ORDER[a.write.kind] - KIND_ORDER[b.write.kind] ||
        target(a.write) - target(b.write) ||
        a.index - b.index,
    )
    .map(({ write }) => write);
}

/**
 * The engagement file names an internal repository: the run must have read it, or the escalations
 * and summaries kept there would be opened again in the wrong place.
 */
function checkInternalRepository(ctx: PlanContext): void {
  const wanted = ctx.engagement.engagement.internal_repository;
  const read = ctx.snapshot.internal?.repository;
  const readName = read ? `${read.owner}/${read.name}` : undefined;
  if (wanted === undefined) {
    if (readName !== undefined)
      throw new Error(
        `The snapshot holds the internal repository ${readName}, but the engagement file names none (engagement.internal_repository).`,
      );
    return;
  }
  if (readName?.toLowerCase() !== wanted.toLowerCase())
    throw new Error(
      readName === undefined
        ? `The engagement file names the internal repository ${wanted}, but this snapshot was read without it: take the snapshot again.`
        : `The engagement file names the internal repository ${wanted}, but the snapshot holds ${readName}.`,
    );
}

/**
 * Every issue opened in the internal repository carries the engagement's tag (core/places.ts), and
 * one of its issues found there without it (someone removed the label) gets it back, so the next run
 * finds it by its tag and never opens it twice.
 */
function tagInternalIssues(writes: readonly Write[], snapshot: Snapshot): Write[] {
  if (!snapshot.internal) return [...writes];
  const tag = engagementTag(snapshot.repository);
  const retag: Write[] = snapshot.internal.issues
    .filter((issue) => !issue.labels.some((label) => label.toLowerCase() === tag.toLowerCase()))
    .map((issue) => ({
      kind: 'add-labels',
      issue: { number: issue.number, place: 'internal' },
      labels: [tag],
      reason: `Internal #${issue.number} is this engagement's but lost its label \`${tag}\`: labelled again, so that it is not opened twice.`,
    }));
  return [
    ...writes.map((write) =>
      write.kind === 'open-issue' && write.place === 'internal' && !write.labels.includes(tag)
        ? { ...write, labels: [...write.labels, tag] }
        : write,
    ),
    ...retag,
  ];
}

/** The labels the internal repository lacks for the writes that go there, created there. */
function internalLabelWrites(
  writes: readonly Write[],
  placeOf: (write: Write) => 'client' | 'internal',
  catalogue: readonly LabelSpec[],
  snapshot: Snapshot,
): Write[] {
  if (!snapshot.internal) return [];
  const { owner, name } = snapshot.repository;
  const tag: LabelSpec = {
    name: engagementTag(snapshot.repository),
    color: '5319e7',
    description: `engagement-keeper: issues about ${owner}/${name}`.slice(0, 100),
  };
  const internal = writes.filter((write) => placeOf(write) === 'internal');
  return missingLabelWrites(internal, [...catalogue, tag], snapshot.internal.labels).map((write) =>
    write.kind === 'create-label' ? { ...write, place: 'internal' as const } : write,
  );
}
