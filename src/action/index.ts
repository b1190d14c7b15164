// PLACEHOLDER until the GitHub runtime lands (issue 3).
import * as core from '@actions/core';

core.setFailed('engagement-keeper: the GitHub runtime is not built yet.');
