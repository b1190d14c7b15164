// Text written in the internal repository about the client's issues. Read as it is, `#12` there would
// name the internal repository's own #12, and a link or a reference to the client's issue would leave
// a backlink on it ("mentioned this issue in acme/internal#3") and an `@` would ping the client's
// contacts. So, outside code: the client's issues are linked through `redirect.github.com`, which
// GitHub documents as the address that makes no backlink, links into the client repository take the
// same address, and the client's contacts are named with a zero-width joiner after the `@`, readable
// but not a mention. On another host (GitHub Enterprise Server) that address does not exist and any
// link or reference into the client repository leaves a backlink: there every one of them is written
// as its address in code (`https://ghes.example/owner/name/issues/12`), to copy, not to click.

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
      if (link) return linkFor(link[1] ?? '', link[2] ?? '', client);
      return segment;
    })
    .join('');
}

function plain(text: string, client: ClientRepository): string {
  const redirect = redirectBase(client);
  const withUrls = text.replace(/https?:\/\/[^\s)<>\]`]+/gu, (url) => {
    // A sentence's full stop or comma after an address is not part of it.
    const [, address = url, after = ''] = /^(.*?)([.,;:!?'"]*)$/su.exec(url) ?? [];
    return `${bareAddress(address, client)}${after}`;
  });
  const withRefs = withUrls.replace(/(?<![\w/&#\u200d])#(\d+)(?![\w])/gu, (_, number: string) => {
    const name = `${client.owner}/${client.name}#${number}`;
    return redirect ? `[${name}](${redirect}/issues/${number})` : asCode(`${base(client)}/issues/${number}`);
  });
  return withoutPings(withRefs, client);
}

/**
 * A Markdown link. Into the client repository: through the redirect on github.com; elsewhere the
 * address in code after the link's words (only the address, when the words just name the issue).
 */
function linkFor(words: string, url: string, client: ClientRepository): string {
  if (!intoClient(url, client)) return `[${withoutPings(words, client)}](${url})`;
  const redirect = redirectBase(client);
  if (redirect) return `[${withoutPings(words, client)}](${redirect}/${url.slice(base(client).length + 1)})`;
  if (!namesAnIssue(url, client)) return `[${withoutPings(words, client)}](${url})`;
  const name = words.trim();
  const justNamesIt =
    name === url ||
    name === '' ||
    new RegExp(`^(?:${escaped(`${client.owner}/${client.name}`)})?#\\d+$`, 'iu').test(name);
  return justNamesIt ? asCode(url) : `${plain(words, client)} (${asCode(url)})`;
}

/** An address outside a link: into the client repository, through the redirect or as code. */
function bareAddress(url: string, client: ClientRepository): string {
  if (!intoClient(url, client)) return url;
  const redirect = redirectBase(client);
  if (redirect) return `${redirect}/${url.slice(base(client).length + 1)}`;
  return namesAnIssue(url, client) ? asCode(url) : url;
}

function base(client: ClientRepository): string {
  return client.url.replace(/\/+$/u, '');
}

function intoClient(url: string, client: ClientRepository): boolean {
  return url.toLowerCase().startsWith(`${base(client).toLowerCase()}/`);
}

/**
 * Whether an address names one of the client's issues or pull requests (or a comment on one): what
 * leaves a backlink. A search or the repository's page does not, and stays a link.
 */
function namesAnIssue(url: string, client: ClientRepository): boolean {
  // `{{num:KEY}}`: an issue this plan opens, numbered once it exists (plan/apply-writes.ts).
  return /^\/(?:issues|pull|discussions)\/(?:\d+|\{\{num:[^}]*\}\})(?:[/?#]|$)/u.test(
    url.slice(base(client).length),
  );
}

function asCode(text: string): string {
  return `\`${text.replace(/`/gu, '')}\``;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
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
