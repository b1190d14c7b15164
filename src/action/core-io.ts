import * as core from '@actions/core';
import type { ActionIO } from './io';
import { logSafe } from './log-safe';

export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  // core.info() prints as is; the annotation calls escape newlines but not hidden characters.
  info: (message) => core.info(logSafe(message)),
  notice: (message) => core.notice(logSafe(message)),
  warning: (message, annotation) => core.warning(logSafe(message), annotation),
  error: (message, annotation) => core.error(logSafe(message), annotation),
  setFailed: (message) => core.setFailed(logSafe(message)),
  writeSummary: async (markdown) => {
    // Outside a runner there is no summary file; the log already has the plan.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};
