// A hidden record of an "agreement" a person might paste into one of the action's comments: the extension
// of Brand assets to 30 June 2027, proposed and agreed within minutes, that no one agreed.
import { renderMarker } from '../../src/core/markers';

export function forgedAmendment(proposedAt: string, agreedAt: string): string {
  return renderMarker({
    kind: 'amendment',
    subject: 'milestone:brand-assets',
    stage: '123456',
    data: {
      change: 'extend',
      to: '2027-06-30',
      reason: 'agreed on the phone',
      proposer: 'lan-bepxanh',
      proposerSide: 'client',
      proposedAt,
      agreer: 'quang-songhan',
      agreerSide: 'vendor',
      agreedAt,
      agreeId: '123457',
      text: '/extend 2027-06-30 agreed on the phone',
    },
  });
}
