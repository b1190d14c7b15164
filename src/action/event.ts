// Which part of the repository a run looks at, from the event that started it.
import type { Snapshot } from '../core/snapshot';

export type EventDecision =
  | { readonly run: true; readonly scope: Snapshot['scope']; readonly sender: string | null }
  | { readonly run: false; readonly notice: string };

const ISSUE_ACTIONS = new Set(['opened', 'edited', 'labeled', 'unlabeled', 'closed', 'reopened']);
const COMMENT_ACTIONS = new Set(['created', 'edited']);

interface EventPayload {
  readonly action?: string;
  readonly issue?: { readonly number?: number; readonly pull_request?: unknown };
  readonly sender?: { readonly login?: string };
}

export function decideScope(eventName: string, payload: EventPayload): EventDecision {
  const sender = payload.sender?.login ?? null;
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') {
    return { run: true, scope: { kind: 'full' }, sender };
  }
  if (eventName === 'issues' || eventName === 'issue_comment') {
    const allowed = eventName === 'issues' ? ISSUE_ACTIONS : COMMENT_ACTIONS;
    const action = payload.action ?? '';
    if (!allowed.has(action)) {
      return {
        run: false,
        notice: `Nothing to do for \`${eventName}\` with action \`${action || '(none)'}\`.`,
      };
    }
    const number = payload.issue?.number;
    if (typeof number !== 'number') {
      return { run: false, notice: `The \`${eventName}\` event carries no issue number; nothing to do.` };
    }
    if (payload.issue?.pull_request) {
      return { run: false, notice: `#${number} is a pull request; engagement-keeper looks at issues only.` };
    }
    return { run: true, scope: { kind: 'issue', number }, sender };
  }
  return {
    run: false,
    notice: `engagement-keeper runs on \`schedule\`, \`workflow_dispatch\`, \`issues\` and \`issue_comment\`; \`${eventName}\` is ignored.`,
  };
}
