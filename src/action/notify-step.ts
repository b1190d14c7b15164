// After the GitHub writes: tell the team's chat and inbox about the formal notices, escalations and
// SLA breaches this run wrote. Delivery problems are reported (and fail the run, so the workflow
// shows red) but never undo or hold back a GitHub write.
import type { Locale } from '../engagement/schema';
import type { Snapshot } from '../core/snapshot';
import type { WriteOutcome } from '../github/execute';
import { alertsFromOutcomes } from '../notify/alerts';
import { deliverAlerts } from '../notify/deliver';
import type { NotifySettings } from '../notify/types';
import type { ActionIO } from './io';

export interface NotifyStep {
  readonly io: ActionIO;
  readonly settings: NotifySettings;
  readonly snapshot: Snapshot;
  readonly locale: Locale;
  readonly serverUrl: string;
}

const CHANNEL_WORDS = { webhook: 'the chat webhook', email: 'e-mail' } as const;

function hasChannel(settings: NotifySettings): boolean {
  return settings.webhook !== undefined || settings.email !== undefined;
}

/** Sends what the run wrote; returns how many deliveries failed. */
export async function notifyOutsideGitHub(
  step: NotifyStep,
  outcomes: readonly WriteOutcome[],
): Promise<number> {
  const { io, settings, snapshot } = step;
  if (!hasChannel(settings)) return 0;
  const alerts = alertsFromOutcomes(outcomes, settings.on, {
    repositoryUrl: `${step.serverUrl}/${snapshot.repository.owner}/${snapshot.repository.name}`,
    titleOf: (number) => snapshot.issues.find((issue) => issue.number === number)?.title,
    ...(snapshot.internal
      ? {
          internalRepositoryUrl: `${step.serverUrl}/${snapshot.internal.repository.owner}/${snapshot.internal.repository.name}`,
        }
      : {}),
  });
  const deliveries = await deliverAlerts(alerts, settings, step.locale);
  let failed = 0;
  for (const delivery of deliveries) {
    const where = CHANNEL_WORDS[delivery.channel];
    if (delivery.ok) io.info(`Sent ${delivery.alerts} alert(s) to ${where}.`);
    else {
      failed += 1;
      io.error(
        `Could not send ${delivery.alerts} alert(s) to ${where}: ${delivery.detail ?? 'unknown error'}. The GitHub writes are done; the alerts are on the issues they link to.`,
        { title: 'engagement-keeper notifications' },
      );
    }
  }
  return failed;
}

/** For a dry run: what would be sent where, without sending anything. */
export function describeNotifySettings(settings: NotifySettings): string | undefined {
  if (!hasChannel(settings)) return undefined;
  const channels = [
    settings.webhook ? `${settings.webhook.kind} webhook` : '',
    settings.email ? 'e-mail' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `Alerts (${[...settings.on].join(', ')}) would go to ${channels}; a dry run sends none.`;
}
