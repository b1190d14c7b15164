// What the action tells people outside GitHub about. Many clients and account managers do not read
// GitHub notifications, so the steps of the ladder that must not go unseen are also sent to a chat
// webhook and by e-mail. The vocabulary is a union with tables keyed on it: a new kind of alert is a
// compile error in every place that must learn it.

export const ALERT_KINDS = ['formal-notice', 'escalation', 'sla-breach'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const WEBHOOK_KINDS = ['slack', 'teams', 'google-chat'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** One thing worth telling people outside GitHub, with the issue it links back to. */
export interface Alert {
  readonly kind: AlertKind;
  readonly issueNumber: number;
  readonly issueTitle: string;
  readonly issueUrl: string;
  /** The write's own reason (plain English, as in dry runs): what happened and why. */
  readonly reason: string;
}

export interface NotifySettings {
  readonly on: ReadonlySet<AlertKind>;
  readonly webhook?: { readonly url: string; readonly kind: WebhookKind };
  readonly email?: { readonly smtpUrl: string; readonly to: readonly string[]; readonly from: string };
}

export type ChannelName = 'webhook' | 'email';

export interface DeliveryOutcome {
  readonly channel: ChannelName;
  readonly ok: boolean;
  /** How many alerts this delivery carried. */
  readonly alerts: number;
  /** Why it failed, without the secret URL. */
  readonly detail?: string;
}
