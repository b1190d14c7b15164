// Evidence from outside GitHub: `/note <channel> [YYYY-MM-DD] <what was said>` on a tracking issue
// records a call, an e-mail, a meeting or a chat. A party's note becomes the action's own record (a
// comment whose marker holds everything: channel, date, who, side, text), and from then on the record
// is the truth: editing or deleting the person's comment changes nothing. Before it is recorded a note
// is read as written at its time (an edited comment at its edit time). The date, when given, is the
// day the contact happened: never later than the day the note was written.
//
// A note ends an "unresponsive" wait when it records the owner's answer: a note written by the owner
// side (they are telling us), or one by the other side whose text starts with `answer:` / `trả lời:`
// (the owner answered on the phone, and we write it down). Anything else is evidence only.
import type { PlanContext } from '../core/context';
import { findCommand } from '../core/command-lines';
import { isBot, type Marker } from '../core/markers';
import type { SnapshotComment } from '../core/snapshot';
import type { Locale, Side } from '../engagement/schema';
import { writtenAt } from './agreements';
import { speakerSide } from './people';
import { withinYears } from './years';
import { languageOfWords } from '../messages/written-language';

export type ContactChannel = 'call' | 'email' | 'meeting' | 'chat';

/** The words people write for each channel (English and Vietnamese, without a space). */
const CHANNEL_WORDS: Readonly<Record<string, ContactChannel>> = {
  call: 'call',
  phone: 'call',
  gọi: 'call',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  meeting: 'meeting',
  meet: 'meeting',
  họp: 'meeting',
  chat: 'chat',
  message: 'chat',
  zalo: 'chat',
  slack: 'chat',
  teams: 'chat',
};

export const CONTACT_CHANNELS: readonly ContactChannel[] = ['call', 'email', 'meeting', 'chat'];

export interface ContactNote {
  /** The person's `/note` comment. */
  readonly commentId: number;
  readonly url: string;
  readonly channel: ContactChannel;
  /** The local day the contact happened. */
  readonly on: string;
  /** When it counts: the end of that day, or the note's own time when it was written that day. */
  readonly at: string;
  readonly by: string;
  readonly side: Side;
  /** What was said (people's words: show through inlineSafely/quoteSafely only). */
  readonly text: string;
  /** It records the owner side's answer, so the owner is no longer silent from `at`. */
  readonly ownerAnswer: boolean;
  /** Read from the action's own record, which no later edit changes. */
  readonly recorded: boolean;
  /** The language the note was written in, when its words tell (its record is written in it). */
  readonly writtenIn?: Locale | undefined;
  /** When the `/note` was written (its last edit); undefined when read from the action's record. */
  readonly writtenAt?: string;
}

export type NoteRefusal = 'unauthorised' | 'format' | 'future' | 'years';

export interface RefusedNote {
  readonly commentId: number;
  readonly author: string;
  /** The side they speak for; undefined for someone who is not a party. */
  readonly side?: Side;
  readonly reason: NoteRefusal;
  /** For `future` and `years`: the date given; for `future`, the day the note was written. */
  readonly date?: string;
  readonly writtenOn?: string;
  /** The language the note was written in, when its words tell (the reply is written in it). */
  readonly writtenIn?: Locale | undefined;
  /** When the note was written (its last edit): one from before the adoption gets no reply. */
  readonly writtenAt: string;
}

export interface ContactNoteLog {
  /** Recorded and still to record (this plan records them), oldest contact first. */
  readonly notes: readonly ContactNote[];
  readonly refused: readonly RefusedNote[];
}

const NOTE_LINE = /^\/note(?:\s+(.*))?$/iu;
const ANSWER = /^(?:answer|trả lời)\s*:\s*/iu;

/** A real calendar date written `YYYY-MM-DD`. */
function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Parsed =
  | { readonly ok: true; readonly channel: ContactChannel; readonly date?: string; readonly text: string }
  | { readonly ok: false };

/** `/note call 2026-11-27 answer: she sends the photos on Friday` → its parts; undefined: no `/note`. */
export function parseNote(body: string): Parsed | undefined {
  const match = findCommand(body, NOTE_LINE);
  if (!match) return undefined;
  const words = (match[1] ?? '').trim().split(/\s+/u);
  const channel = CHANNEL_WORDS[(words[0] ?? '').toLocaleLowerCase('vi')];
  if (!channel) return { ok: false };
  const date = words[1] !== undefined && isDate(words[1]) ? words[1] : undefined;
  const text = words
    .slice(date ? 2 : 1)
    .join(' ')
    .trim();
  if (!text || (words[1] !== undefined && /^\d{4}-\d/u.test(words[1]) && !date)) return { ok: false };
  return { ok: true, channel, ...(date ? { date } : {}), text };
}

const SIDES: readonly string[] = ['client', 'vendor'];

/** A note as the action recorded it; undefined for a marker that does not hold it all. */
function fromRecord(marker: Marker, url: string): ContactNote | undefined {
  const data = marker.data ?? {};
  const commentId = Number(marker.stage);
  const channel = CONTACT_CHANNELS.find((known) => known === data.channel);
  if (!Number.isInteger(commentId) || !channel || !data.on || !data.contactAt || !data.by) return undefined;
  if (!SIDES.includes(data.side ?? '')) return undefined;
  return {
    commentId,
    url: data.url ?? url,
    channel,
    on: data.on,
    at: data.contactAt,
    by: data.by,
    side: data.side as Side,
    text: data.text ?? '',
    ownerAnswer: data.answer === 'yes',
    recorded: true,
  };
}

/** What a record keeps in its marker: everything needed to read it back alone. */
export function contactRecordData(note: ContactNote): Record<string, string> {
  return {
    channel: note.channel,
    on: note.on,
    contactAt: note.at,
    by: note.by,
    side: note.side,
    text: note.text,
    answer: note.ownerAnswer ? 'yes' : 'no',
    url: note.url,
  };
}

/** The notes of a tracking issue: the records, the notes still to record, and the ones refused. */
export function readContactNotes(
  ctx: PlanContext,
  comments: readonly SnapshotComment[],
  owner: Side,
  records: ReadonlyArray<{ readonly comment: SnapshotComment; readonly marker: Marker }>,
): ContactNoteLog {
  const recorded = records
    .filter((note) => note.marker.kind === 'contact-note')
    .map((note) => fromRecord(note.marker, note.comment.url))
    .filter((note): note is ContactNote => note !== undefined);
  const answered = new Set(
    records
      .filter((note) => note.marker.kind === 'contact-note' || note.marker.kind === 'contact-note-refused')
      .map((note) => Number(note.marker.stage)),
  );
  const notes: ContactNote[] = [...recorded];
  const refused: RefusedNote[] = [];
  for (const comment of comments) {
    if (answered.has(comment.id) || isBot(ctx.snapshot, comment.author.login)) continue;
    const parsed = parseNote(comment.body);
    if (!parsed) continue;
    const side = speakerSide(ctx, comment.author);
    const author = comment.author.login;
    const writtenIn = languageOfWords([comment.body]);
    const writtenTime = writtenAt(comment);
    const refusal = { commentId: comment.id, author, writtenIn, writtenAt: writtenTime };
    if (!side) {
      refused.push({ ...refusal, reason: 'unauthorised' });
      continue;
    }
    if (!parsed.ok) {
      refused.push({ ...refusal, side, reason: 'format' });
      continue;
    }
    const written = new Date(writtenTime);
    const writtenOn = ctx.calendar.localDate(written);
    const on = parsed.date ?? writtenOn;
    if (on > writtenOn) {
      refused.push({ ...refusal, side, reason: 'future', date: on, writtenOn });
      continue;
    }
    // A day before the years that can be planned (years.ts) is no day of this engagement.
    if (!withinYears(on)) {
      refused.push({ ...refusal, side, reason: 'years', date: on });
      continue;
    }
    const endOfDay = ctx.calendar.instantOf(`${on}T23:59`);
    const at = endOfDay.getTime() < written.getTime() ? endOfDay : written;
    notes.push({
      commentId: comment.id,
      url: comment.url,
      channel: parsed.channel,
      on,
      at: at.toISOString(),
      by: author,
      side,
      text: parsed.text.replace(ANSWER, '').slice(0, 500),
      ownerAnswer: side === owner || ANSWER.test(parsed.text),
      recorded: false,
      writtenIn: languageOfWords([parsed.text]),
      writtenAt: writtenTime,
    });
  }
  notes.sort((a, b) => a.at.localeCompare(b.at) || a.commentId - b.commentId);
  return { notes, refused };
}

/** The latest moment a note records the owner's answer, if any. */
export function lastOwnerAnswer(log: ContactNoteLog): Date | null {
  const answers = log.notes.filter((note) => note.ownerAnswer).map((note) => new Date(note.at).getTime());
  return answers.length > 0 ? new Date(Math.max(...answers)) : null;
}
