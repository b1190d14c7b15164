// The workflow a team adds to run the action: `init` writes it to .github/workflows/engagement.yml
// and examples/workflow.yml is exactly its default rendering (a test holds them equal).
import { isFullSha, parseActionReference } from './action-reference';

export interface WorkflowOptions {
  /** `OWNER/engagement-keeper@v1`, or the same with a full commit SHA. */
  readonly uses: string;
  readonly configPath: string;
}

export const ACTION_REPOSITORY = 'OWNER/engagement-keeper';
export const DEFAULT_USES = `${ACTION_REPOSITORY}@v1`;
export const UPLOAD_ARTIFACT = 'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0';

export function renderWorkflow(options: WorkflowOptions): string {
  // The comments point at the repository and version the step takes the action from.
  const parsed = parseActionReference(options.uses);
  const { repository, ref } = parsed.ok ? parsed.reference : { repository: ACTION_REPOSITORY, ref: 'v1' };
  const pinNote = isFullSha(ref)
    ? `# Pinned to a full commit SHA: it changes only when you change it (Dependabot proposes new releases).`
    : `# To take updates deliberately, pin a full commit SHA instead: ${repository}@<sha> # v1.x.y`;
  return `# engagement-keeper: keeps the engagement in ${options.configPath} on schedule.
# Docs: https://github.com/${repository}/blob/${ref}/docs/install.md
name: engagement-keeper

on:
  schedule:
    # Every hour, every day (UTC), at :17 when GitHub's scheduler is least busy. Feedback SLAs count
    # wall-clock hours by default, so a weekday-only schedule would find a Saturday breach on Monday
    # and never scan Monday morning in Asia (still Sunday in UTC). Event runs below react at once;
    # the hourly scan catches what no event announces (a due date passing, an SLA running out).
    - cron: '17 * * * *'
  issues:
    types: [opened, edited, labeled, unlabeled, closed, reopened]
  issue_comment:
    types: [created, edited]
  workflow_dispatch:
    inputs:
      dry-run:
        description: Write nothing; show the plan in the job summary.
        type: boolean
        default: false
      summary-week:
        description: Produce the weekly summary for this ISO week now (e.g. 2026-W48).
        type: string
        default: ''

# Least privilege: read the engagement file, write issues, comments and labels. Nothing else.
permissions:
  contents: read
  issues: write
  # Only for the optional triage by GitHub Models (\`feedback.model_triage\` in the engagement file,
  # off by default): lets the workflow's token call the inference endpoint. Remove it otherwise.
  # models: read

# One run at a time per repository, so two runs never race: a run in progress finishes (runs are
# idempotent and the next one picks up what is left); a newer waiting run replaces an older one.
concurrency:
  group: engagement-keeper-\${{ github.repository }}
  cancel-in-progress: false

jobs:
  keep:
    # Comments on pull requests are not engagement issues.
    if: \${{ github.event_name != 'issue_comment' || !github.event.issue.pull_request }}
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      ${pinNote}
      - uses: ${options.uses}
        id: keep
        with:
          config: ${options.configPath}
          dry-run: \${{ inputs.dry-run || false }}
          summary-week: \${{ inputs.summary-week || '' }}
          operations-per-run: 100
      # The whole plan, when the \`plan\` output had to be cut to GitHub's 1 MB limit or in a dry run.
      - uses: ${UPLOAD_ARTIFACT}
        if: \${{ always() && steps.keep.outputs.plan-file != '' && (steps.keep.outputs.plan-omitted != '0' || inputs.dry-run) }}
        with:
          name: engagement-keeper-plan-\${{ github.run_id }}-\${{ github.run_attempt }}
          path: \${{ steps.keep.outputs.plan-file }}
          retention-days: 7
          if-no-files-found: ignore
`;
}
