// The domains the composer runs, in order: the summary last, since it reports what the others found.
// The pulse goes before it, so the check-in it opens is in the summary's projected repository.
import type { Domain } from '../core/domain';
import { deadlinesDomain } from '../deadlines';
import { feedbackDomain } from '../feedback';
import { pulseDomain } from '../pulse';
import { summaryDomain } from '../summary';

export const DOMAINS: readonly Domain[] = [deadlinesDomain, feedbackDomain, pulseDomain, summaryDomain];
