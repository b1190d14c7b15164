// Which side a person is on: the one rule every domain asks. The vendor side is the vendor's named
// contacts, the people the feedback roles name, and people with write access to the repository (read
// by the shell through the API, kept in the snapshot). The client side is the client's named
// contacts, and on an issue a person filed themselves, that person. GitHub's author association is
// never used: a read-only collaborator or a stranger is nobody's side.
import type { Engagement, Side } from '../engagement/schema';
import { sideContacts } from '../engagement/contacts';
import { isBot } from './markers';
import type { Snapshot } from './snapshot';

/** Who is on which side, read once per plan context (core/context.ts) and asked for every comment. */
export interface Sides {
  /** The snapshot they were read from: a context on another snapshot reads them again. */
  readonly snapshot: Pick<Snapshot, 'botLogin' | 'writers'>;
  readonly client: ReadonlySet<string>;
  readonly vendor: ReadonlySet<string>;
}

/** Anything that carries the sides with the snapshot they were read from: a plan context. */
export interface SideWorld {
  readonly snapshot: Pick<Snapshot, 'botLogin' | 'writers'>;
  readonly sides: Sides;
}

export interface SideOptions {
  /** The person who filed the issue the question is about: the client on their own issue. */
  readonly filer?: string;
}

const lower = (login: string): string => login.replace(/^@/u, '').toLowerCase();

/** The people of each side, from the engagement file and the snapshot's writers. */
export function readSides(engagement: Engagement, snapshot: Pick<Snapshot, 'botLogin' | 'writers'>): Sides {
  const roles = engagement.feedback.roles;
  return {
    snapshot,
    client: new Set(sideContacts(engagement, 'client').map((c) => lower(c.handle))),
    vendor: new Set(
      [
        ...sideContacts(engagement, 'vendor').map((c) => c.handle),
        ...roles.triage,
        ...roles.analysis,
        ...roles.resolution,
        ...(snapshot.writers ?? []),
      ].map(lower),
    ),
  };
}

/**
 * The side a person speaks for, or undefined for the action itself and for everyone who is neither
 * named in the engagement file nor able to write to the repository (nor the filer of the issue).
 * A named client contact stays the client's even with write access (clients of a private repository
 * are often collaborators).
 */
export function sideOf(world: SideWorld, login: string, options: SideOptions = {}): Side | undefined {
  if (world.sides.snapshot !== world.snapshot) {
    throw new Error('The sides were read from another snapshot: build the context with withSnapshot().');
  }
  if (isBot(world.snapshot, login)) return undefined;
  const person = lower(login);
  if (world.sides.client.has(person)) return 'client';
  if (options.filer !== undefined && lower(options.filer) === person) return 'client';
  if (world.sides.vendor.has(person)) return 'vendor';
  return undefined;
}

/** The side a person is a named contact of in the engagement file, if any (write access aside). */
export function namedSide(engagement: Engagement, login: string): Side | undefined {
  const person = lower(login);
  for (const side of ['client', 'vendor'] as const) {
    if (sideContacts(engagement, side).some((contact) => lower(contact.handle) === person)) return side;
  }
  return undefined;
}
