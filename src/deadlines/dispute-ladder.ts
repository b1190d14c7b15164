// The dispute ladder (seed 000, section 5; domain rule 8): what happens when the escalation ladder runs
// out. A file that writes none gets the default steps — contract review, negotiation, mediation,
// arbitration — from the message catalogue (`dispute.step.*`), so each message shows them in its
// reader's language. A ladder the file writes is the team's own words: a checklist shows each step as
// written, a sentence quotes it as theirs, except that a step named as a default one (`mediation`)
// is shown by that step's name in the reader's language, with the team's description after it. Every
// step has an id, the same in every language, by which the escalation's checklist keeps the boxes
// people tick (checklist.ts, keepTicksById).
import {
  DEFAULT_DISPUTE_STEPS,
  LOCALES,
  type DefaultDisputeStep,
  type DisputeStep,
  type Engagement,
} from '../engagement/schema';
import { capitalise } from '../messages/address';
import { builtInTemplate, messageText } from '../messages/catalogue';
import { normaliseItem, type IdentifiedItem } from './checklist';
import { theirWords, type Voice } from './render';
import { languageOfWords } from '../messages/written-language';

/**
 * The words versions before the default steps had keys wrote on every escalation they kept (English,
 * one line each, no id): a line with these words is that step, and keeps its tick.
 */
const WRITTEN_BEFORE_KEYS: Readonly<Record<DefaultDisputeStep, string>> = {
  contract_review: 'contract review',
  negotiation: 'negotiation',
  mediation: 'mediation',
  arbitration: 'arbitration',
};

export interface LadderStep extends IdentifiedItem {
  /** The step inside a sentence (the kickoff's terms): `hòa giải`, or the team's words quoted. */
  readonly inSentence: string;
}

/** The ladder's steps in order, in `voice`'s language where they are the default ones. */
export function disputeLadder(engagement: Engagement, voice: Voice): LadderStep[] {
  const written = engagement.contract.dispute_ladder;
  const steps = written
    ? written.map((step) => ownStep(engagement, step, voice))
    : DEFAULT_DISPUTE_STEPS.map((step) => defaultStep(engagement, step, voice));
  return withUniqueIds(steps);
}

function defaultStep(engagement: Engagement, step: DefaultDisputeStep, voice: Voice): LadderStep {
  const key = `dispute.step.${step}` as const;
  const words = voice.t(key);
  return {
    id: idOf(WRITTEN_BEFORE_KEYS[step]),
    text: capitalise(words),
    inSentence: words,
    formerTexts: wordingsOf(engagement, step),
  };
}

/** Every wording a default step has had: before the keys, and in each language (the file's or ours). */
function wordingsOf(engagement: Engagement, step: DefaultDisputeStep): string[] {
  const key = `dispute.step.${step}` as const;
  return [
    WRITTEN_BEFORE_KEYS[step],
    ...LOCALES.flatMap((locale) => [messageText(engagement, locale, key), builtInTemplate(locale, key)]),
  ];
}

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function ownStep(engagement: Engagement, step: DisputeStep, voice: Voice): LadderStep {
  const name = typeof step === 'string' ? step : step.step;
  const description = typeof step === 'string' ? undefined : step.description;
  // One line: a description written over several lines would break the checklist item.
  const asWritten = oneLine(description ? `${name} — ${description}` : name);
  const known = defaultStepNamed(engagement, name);
  if (!known)
    return { id: idOf(name), text: asWritten, inSentence: theirWords(name, voice, 120), formerTexts: [] };
  // A step the file names as a default one (`mediation`) is that step: its name in the reader's
  // language, the team's description after it as their words.
  const words = voice.t(`dispute.step.${known}`);
  const detail = description ? ` — ${describedIn(oneLine(description), voice)}` : '';
  return {
    id: idOf(name),
    text: `${capitalise(words)}${detail}`,
    inSentence: words,
    formerTexts: [asWritten, name],
  };
}

/** The team's description as written, quoted as theirs only when it is in another language. */
function describedIn(description: string, voice: Voice): string {
  const language = languageOfWords([description]);
  return language && language !== voice.locale ? theirWords(description, voice, 200) : description;
}

/** The default step a name the file writes stands for: its words before the keys, or in any language. */
function defaultStepNamed(engagement: Engagement, name: string): DefaultDisputeStep | undefined {
  const wanted = normaliseItem(name);
  return DEFAULT_DISPUTE_STEPS.find((step) =>
    wordingsOf(engagement, step).some((wording) => normaliseItem(wording) === wanted),
  );
}

/**
 * `dispute:hòa-giải-tại-vmc`: the step's name in lower case, words joined by `-` (never `--` nor `>`,
 * which an HTML comment cannot hold). The default `contract review` and a file's `contract review`
 * are the same step: a team that writes out the ladder keeps the ticks of the default one.
 */
function idOf(name: string): string {
  const slug = normaliseItem(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 60)
    .replace(/-$/u, '');
  return `dispute:${slug || 'step'}`;
}

/** Two steps of one name would share their ticks: the later ones are numbered. */
function withUniqueIds(steps: readonly LadderStep[]): LadderStep[] {
  const used = new Set<string>();
  return steps.map((step) => {
    let id = step.id;
    for (let count = 2; used.has(id); count += 1) id = `${step.id}-${count}`;
    used.add(id);
    return id === step.id ? step : { ...step, id };
  });
}
