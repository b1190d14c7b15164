// The domains the composer runs, in order: the summary last, since it reports what the others found.
import type { Domain } from '../core/domain';
import { deadlinesDomain } from '../deadlines';
import { feedbackDomain } from '../feedback';
import { summaryDomain } from '../summary';

export const DOMAINS: readonly Domain[] = [deadlinesDomain, feedbackDomain, summaryDomain];
