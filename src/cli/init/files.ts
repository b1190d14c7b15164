// What `init` writes into a repository, path by path: the engagement file, the workflow and the
// issue forms generated for this engagement. Pure rendering; the command does the file system.
import type { Engagement } from '../../engagement/schema';
import { renderDeadlineForm, renderIssueTemplateConfig } from '../../deadlines/issue-form-render';
import { renderFeedbackForm } from '../../feedback/form';
import { renderWorkflow } from './workflow';

export const ENGAGEMENT_PATH = '.github/engagement.yml';
export const WORKFLOW_PATH = '.github/workflows/engagement.yml';
export const FEEDBACK_FORM_PATH = '.github/ISSUE_TEMPLATE/feedback.yml';
export const DEADLINE_FORM_PATH = '.github/ISSUE_TEMPLATE/deadline.yml';
export const FORMS_CONFIG_PATH = '.github/ISSUE_TEMPLATE/config.yml';

export interface InitFile {
  readonly path: string;
  readonly text: string;
}

/** Every file but the engagement file itself, generated from the loaded engagement. */
export function generatedFiles(engagement: Engagement, uses: string): InitFile[] {
  return [
    { path: WORKFLOW_PATH, text: renderWorkflow({ uses, configPath: ENGAGEMENT_PATH }) },
    { path: FEEDBACK_FORM_PATH, text: renderFeedbackForm(engagement) },
    { path: DEADLINE_FORM_PATH, text: renderDeadlineForm(engagement) },
    { path: FORMS_CONFIG_PATH, text: renderIssueTemplateConfig() },
  ];
}
