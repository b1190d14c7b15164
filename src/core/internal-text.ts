// Text written in the internal repository about the client's issues. Read as it is, `#12` there would
// name the internal repository's own #12, and a link or a reference to the client's issue would leave
// a backlink on it ("mentioned this issue in acme/internal#3") and an `@` would ping the client's
// contacts. So, outside code: the client's issues are linked through `redirect.github.com`, which
// GitHub documents as the address that makes no backlink (on another host, where it does not exist,
// they are written as code, not linked), links into the client repository take the same address, and
// the client's contacts are named with a zero-width joiner after the `@`, readable but not a mention.

export interface ClientRepository {
  readonly owner: string;
  readonly name: string;
  /** `https://github.com/owner/name`, or the address on a GitHub Enterprise Server. */
  readonly url: string;
  /** The logins of the client side's contacts (without `@`): never pinged from the internal repository. */
  readonly handles: readonly string[];
}

/** Fenced code, inline code, HTML comments (the action's markers) and Markdown links, kept apart. */
const SEGMENTS = /(```[\s\S]*?(?:```|$)|`[^`\n]*`|<!--[\s\S]*?-->|\[[^\]\n]*\]\([^)\s]*\))/gu;
const LINK = /^\[([^\]\n]*)\]\(([^)\s]*)\)$/u;

export function forInternal(text: string, client: ClientRepository): string {
  return text
    .split(SEGMENTS)
    .map((segment, index) => {
      // split() with one capturing group: odd positions are the segments kept apart.
      if (index % 2 === 0) return plain(segment, client);
      const link = LINK.exec(segment);
      if (link) return `[${withoutPings(link[1] ?? '', client)}](${unlinked(link[2] ?? '', client)})`;
      return segment;
    })
    .join('');
}

function plain(text: string, client: ClientRepository): string {
  const redirect = redirectBase(client);
  const withUrls = text.replace(/https?:\/\/[^\s)<>\]]+/gu, (url) => unlinked(url, client));
  const withRefs = withUrls.replace(/(?<![\w/&#\u200d])#(\d+)(?![\w])/gu, (_, number: string) => {
    const name = `${client.owner}/${client.name}#${number}`;
    return redirect ? `[${name}](${redirect}/issues/${number})` : `\`${name}\``;
  });
  return withoutPings(withRefs, client);
}

/** A link into the client repository, through the address that leaves no backlink. */
function unlinked(url: string, client: ClientRepository): string {
  const redirect = redirectBase(client);
  const base = client.url.replace(/\/+$/u, '');
  if (!redirect) return url;
  const lower = url.toLowerCase();
  const prefix = `${base.toLowerCase()}/`;
  return lower.startsWith(prefix) ? `${redirect}/${url.slice(prefix.length)}` : url;
}

/** `https://redirect.github.com/owner/name` on github.com; null elsewhere (no such address there). */
function redirectBase(client: ClientRepository): string | null {
  const host = /^https?:\/\/([^/]+)\//u.exec(`${client.url}/`)?.[1]?.toLowerCase();
  return host === 'github.com' ? `https://redirect.github.com/${client.owner}/${client.name}` : null;
}

function withoutPings(text: string, client: ClientRepository): string {
  if (client.handles.length === 0) return text;
  const handles = new Set(client.handles.map((handle) => handle.toLowerCase()));
  return text.replace(
    /(?<![\w@])@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?![\w-])/gu,
    (whole, login: string) => (handles.has(login.toLowerCase()) ? `@\u200d${login}` : whole),
  );
}
