// The words of outside-GitHub alerts, in the team's language. They go to the vendor's own chat and
// inbox, so they name the issue and what happened, and link back to the place where it is handled.
import type { Locale } from '../engagement/schema';
import type { Alert, AlertKind } from './types';

interface AlertWords {
  /** A short headline: what happened, on which issue. */
  readonly headline: (alert: Alert) => string;
}

const EN: Record<AlertKind, AlertWords> = {
  'formal-notice': {
    headline: (a) => `Formal notice sent on #${a.issueNumber} "${a.issueTitle}"`,
  },
  escalation: {
    headline: (a) => `Escalation opened: #${a.issueNumber} "${a.issueTitle}"`,
  },
  'sla-breach': {
    headline: (a) => `Response time missed on feedback #${a.issueNumber} "${a.issueTitle}"`,
  },
};

const VI: Record<AlertKind, AlertWords> = {
  'formal-notice': {
    headline: (a) => `Đã gửi thông báo chính thức trên #${a.issueNumber} "${a.issueTitle}"`,
  },
  escalation: {
    headline: (a) => `Đã mở yêu cầu xử lý cấp quản lý: #${a.issueNumber} "${a.issueTitle}"`,
  },
  'sla-breach': {
    headline: (a) => `Đã quá thời hạn phản hồi góp ý #${a.issueNumber} "${a.issueTitle}"`,
  },
};

const FRAME: Record<
  Locale,
  {
    readonly open: string;
    readonly why: string;
    readonly more: (n: number) => string;
    readonly subject: (n: number) => string;
  }
> = {
  en: {
    open: 'Open on GitHub',
    why: 'Why',
    more: (n) => `…and ${n} more in this run's job summary.`,
    subject: (n) => (n === 1 ? 'engagement-keeper: 1 alert' : `engagement-keeper: ${n} alerts`),
  },
  vi: {
    open: 'Mở trên GitHub',
    why: 'Lý do',
    more: (n) => `…và ${n} mục khác trong bản tóm tắt của lần chạy này.`,
    subject: (n) => `engagement-keeper: ${n} cảnh báo`,
  },
};

export function alertHeadline(alert: Alert, locale: Locale): string {
  return (locale === 'vi' ? VI : EN)[alert.kind].headline(alert);
}

export function frameWords(locale: Locale): (typeof FRAME)[Locale] {
  return FRAME[locale];
}
