// Which side a person is on: the one rule every domain asks. The vendor side is the vendor's named
// contacts, the people the feedback roles name, and people with write access to the repository (read
// by the shell through the API, kept in the snapshot). The client side is the client's named
// contacts, and on an issue a person filed themselves, that person. GitHub's author association is
// never used: a read-only collaborator or a stranger is nobody's side.
import type { Engagement, Side } from '../engagement/schema';
import { sideContacts } from '../engagement/contacts';
import { isBot } from './markers';
import type { Snapshot } from './snapshot';

export interface SideWorld {
  readonly engagement: Engagement;
  readonly snapshot: Pick<Snapshot, 'botLogin' | 'writers'>;
}

export interface SideOptions {
  /** The person who filed the issue the question is about: the client on their own issue. */
  readonly filer?: string;
}

interface People {
  readonly client: ReadonlySet<string>;
  readonly vendor: ReadonlySet<string>;
}

const lower = (login: string): string => login.replace(/^@/u, '').toLowerCase();

// Asked for every comment of every issue: the sets are built once per engagement and snapshot.
const cache = new WeakMap<Engagement, WeakMap<object, People>>();

function peopleOf(world: SideWorld): People {
  let bySnapshot = cache.get(world.engagement);
  if (!bySnapshot) cache.set(world.engagement, (bySnapshot = new WeakMap()));
  let people = bySnapshot.get(world.snapshot);
  if (!people) {
    const roles = world.engagement.feedback.roles;
    people = {
      client: new Set(sideContacts(world.engagement, 'client').map((c) => lower(c.handle))),
      vendor: new Set(
        [
          ...sideContacts(world.engagement, 'vendor').map((c) => c.handle),
          ...roles.triage,
          ...roles.analysis,
          ...roles.resolution,
          ...(world.snapshot.writers ?? []),
        ].map(lower),
      ),
    };
    bySnapshot.set(world.snapshot, people);
  }
  return people;
}

/**
 * The side a person speaks for, or undefined for the action itself and for everyone who is neither
 * named in the engagement file nor able to write to the repository (nor the filer of the issue).
 * A named client contact stays the client's even with write access (clients of a private repository
 * are often collaborators).
 */
export function sideOf(world: SideWorld, login: string, options: SideOptions = {}): Side | undefined {
  if (isBot(world.snapshot, login)) return undefined;
  const person = lower(login);
  const people = peopleOf(world);
  if (people.client.has(person)) return 'client';
  if (options.filer !== undefined && lower(options.filer) === person) return 'client';
  if (people.vendor.has(person)) return 'vendor';
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
