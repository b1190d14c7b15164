// A fault the planner finds in an engagement file that `validate` accepted (a calendar with no working
// day for ten years, say). It carries the field, so the action can report it at its file:line like any
// validation error rather than as a crash.
import { formatPath, type FieldPath } from './yaml-positions';

export class EngagementFault extends Error {
  override readonly name = 'EngagementFault';

  constructor(
    readonly path: FieldPath,
    readonly detail: string,
    readonly hint?: string,
  ) {
    super(`${formatPath(path)}: ${detail}`);
  }
}
