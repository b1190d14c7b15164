// The two issue forms generated from the engagement file (feedback and deadline), compared with the
// ones committed beside it. Parts of a form come from the file — its name, time zone, labels, topics
// and milestones — so a form written before the milestones were added offers none of them. `validate`
// warns when those parts are behind the file; `form --write` rewrites them, but never a form edited
// by hand in its other parts (fields, wording) unless told to with --force.
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { renderDeadlineForm } from '../deadlines/issue-form-render';
import type { EngagementError } from '../engagement/load';
import type { Engagement } from '../engagement/schema';
import { renderFeedbackForm } from '../feedback/form';
import {
  formFields,
  formsDirBeside,
  kindOf,
  parseForm,
  type FormField,
  type FormFile,
  type FormKind,
  type FormShape,
} from './form-labels';

export const DEFAULT_ENGAGEMENT_PATH = '.github/engagement.yml';

export interface GeneratedForm {
  readonly kind: FormKind;
  /** The file name in the ISSUE_TEMPLATE folder when none of this kind is there yet. */
  readonly fileName: string;
  readonly text: string;
}

export function generatedForms(engagement: Engagement): GeneratedForm[] {
  return [
    { kind: 'feedback', fileName: 'feedback.yml', text: renderFeedbackForm(engagement) },
    { kind: 'deadline', fileName: 'deadline.yml', text: renderDeadlineForm(engagement) },
  ];
}

/** The command that rewrites the forms beside this engagement file, as a user types it. */
export function regenerateCommand(engagementPath: string): string {
  const config =
    path.normalize(engagementPath) === path.normalize(DEFAULT_ENGAGEMENT_PATH)
      ? ''
      : ` --config ${/^[\w./@:-]+$/u.test(engagementPath) ? engagementPath : JSON.stringify(engagementPath)}`;
  return `engagement-keeper form --write${config}`;
}

/** Where `form --write` writes a form of this kind: over the one of that kind already there, if one is. */
export function formTarget(
  engagementPath: string,
  form: GeneratedForm,
  committed: readonly FormFile[],
): string {
  const same = committed.filter((file) => kindOf(parseForm(file.text) ?? {}) === form.kind);
  return same.length === 1 && same[0]
    ? same[0].path
    : path.join(formsDirBeside(engagementPath), form.fileName);
}

/** The attributes of each field that are made from the engagement file, by form and field id. */
const FROM_ENGAGEMENT: Record<FormKind, Readonly<Record<string, readonly string[]>>> = {
  feedback: { topic: ['options'], milestone: ['options'] },
  deadline: { due: ['description'], depends: ['description', 'placeholder'] },
};

function field(form: FormShape, id: string): FormField | undefined {
  return formFields(form).find((candidate) => candidate.id === id);
}

/** The form with every part made from the engagement file taken out: what is left is the template. */
function template(kind: FormKind, form: FormShape, dropMilestoneField: boolean): unknown {
  const rest: Record<string, unknown> = { ...form };
  delete rest.labels;
  if (kind === 'feedback') delete rest.description; // "Feedback on <engagement name>"
  const body: unknown = form.body;
  rest.body = Array.isArray(body)
    ? body
        .filter((entry) => !(dropMilestoneField && (entry as FormField | null)?.id === 'milestone'))
        .map((entry: unknown) => {
          const fieldEntry = entry as FormField | null;
          const derived =
            typeof fieldEntry?.id === 'string' && Object.hasOwn(FROM_ENGAGEMENT[kind], fieldEntry.id)
              ? FROM_ENGAGEMENT[kind][fieldEntry.id]
              : undefined;
          if (!derived || !fieldEntry?.attributes || typeof fieldEntry.attributes !== 'object') return entry;
          const attributes: Record<string, unknown> = { ...fieldEntry.attributes };
          for (const key of derived) delete attributes[key];
          return { ...fieldEntry, attributes };
        })
    : body;
  return rest;
}

/**
 * True when the committed form differs from the generated one in more than the parts made from the
 * engagement file (a field added, a field's label or a text reworded): rewriting it would lose that edit.
 * Comments are not compared. A file that is not one of the action's forms of this kind counts as edited.
 */
export function editedByHand(kind: FormKind, committedText: string, generatedText: string): boolean {
  const committed = parseForm(committedText);
  const generated = parseForm(generatedText);
  if (!committed || !generated || kindOf(committed) !== kind) return true;
  // The milestone dropdown is left out of a form for an engagement without milestones.
  const dropMilestoneField = !field(committed, 'milestone') || !field(generated, 'milestone');
  return !isDeepStrictEqual(
    template(kind, committed, dropMilestoneField),
    template(kind, generated, dropMilestoneField),
  );
}

function optionsOf(form: FormShape, id: string): unknown[] {
  const options = field(form, id)?.attributes?.options;
  return Array.isArray(options) ? options : [];
}

/** `none`, or how many and the first few ids: `3: copy, design, launch`. */
function someOf(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  return `${ids.length}: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''}`;
}

interface Drift {
  /** The field of the form that is behind, for the line of the warning. */
  readonly fieldId: string;
  readonly what: string;
}

/** The parts of a committed form that are not what the engagement file makes of them now. */
function driftOf(
  kind: FormKind,
  committed: FormShape,
  generated: FormShape,
  engagement: Engagement,
): Drift[] {
  const drifts: Drift[] = [];
  const milestoneIds = someOf(engagement.milestones.map((milestone) => milestone.id));
  if (kind === 'feedback') {
    const milestones = optionsOf(committed, 'milestone');
    if (!isDeepStrictEqual(milestones, optionsOf(generated, 'milestone'))) {
      drifts.push({
        fieldId: 'milestone',
        what: `its "Related milestone" dropdown does not offer the engagement file's milestones (the form offers ${milestones.length}, the file has ${milestoneIds})`,
      });
    }
    const topics = optionsOf(committed, 'topic');
    if (!isDeepStrictEqual(topics, optionsOf(generated, 'topic'))) {
      drifts.push({
        fieldId: 'topic',
        what: `its "Topic" dropdown does not offer the engagement file's topics (the form offers ${topics.length}, the file has ${someOf(engagement.feedback.topics.map((topic) => topic.id))})`,
      });
    }
    return drifts;
  }
  const attributesOf = (form: FormShape, id: string) => {
    const attributes = field(form, id)?.attributes ?? {};
    return FROM_ENGAGEMENT.deadline[id]?.map((key) => attributes[key]);
  };
  if (!isDeepStrictEqual(attributesOf(committed, 'depends'), attributesOf(generated, 'depends'))) {
    drifts.push({
      fieldId: 'depends',
      what: `its "Depends on" field does not list the engagement file's milestone ids (the file has ${milestoneIds})`,
    });
  }
  if (!isDeepStrictEqual(attributesOf(committed, 'due'), attributesOf(generated, 'due'))) {
    drifts.push({
      fieldId: 'due',
      what: `its "Due date" field does not give the engagement's time zone, ${engagement.engagement.time_zone}`,
    });
  }
  return drifts;
}

function lineOf(text: string, fieldId: string): number {
  const lines = text.split('\n');
  const byId = lines.findIndex((line) =>
    new RegExp(`^\\s*(- )?id:\\s*['"]?${fieldId}['"]?\\s*$`, 'u').test(line),
  );
  if (byId >= 0) return byId + 1;
  const body = lines.findIndex((line) => /^body\s*:/u.test(line));
  return body >= 0 ? body + 1 : 1;
}

/**
 * A warning for each of the action's forms whose parts made from the engagement file (milestones,
 * topics, time zone) are behind it, with the command that rewrites them. Forms in `skip` (already
 * warned about, for their label) are left out.
 */
export function formDriftWarnings(
  engagement: Engagement,
  forms: readonly FormFile[],
  regenerate: string,
  skip: ReadonlySet<string> = new Set(),
): EngagementError[] {
  const generated = new Map(generatedForms(engagement).map((form) => [form.kind, form]));
  const warnings: EngagementError[] = [];
  for (const form of forms) {
    if (skip.has(form.path)) continue;
    const shape = parseForm(form.text);
    const kind = shape ? kindOf(shape) : null;
    const fresh = kind ? generated.get(kind) : undefined;
    if (!shape || !kind || !fresh) continue;
    const drifts = driftOf(kind, shape, parseForm(fresh.text) ?? {}, engagement);
    const first = drifts[0];
    if (!first) continue;
    const handEdited = editedByHand(kind, form.text, fresh.text);
    warnings.push({
      file: form.path,
      line: lineOf(form.text, first.fieldId),
      column: 1,
      path: 'body',
      message: `this ${kind} form is behind the engagement file: ${drifts.map((drift) => drift.what).join('; ')}`,
      hint:
        `regenerate the forms with \`${regenerate}\`` +
        (handEdited
          ? '; this form was also edited by hand, so that needs --force, and your edits back from `git diff` afterwards'
          : ''),
    });
  }
  return warnings;
}
