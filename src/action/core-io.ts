import * as core from '@actions/core';
import type { ActionIO } from './io';

export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message, annotation) => core.warning(message, annotation),
  error: (message, annotation) => core.error(message, annotation),
  setFailed: (message) => core.setFailed(message),
  writeSummary: async (markdown) => {
    // Outside a runner there is no summary file; the log already has the plan.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};
