export { startFakeGitHub, WORKFLOW_TOKEN, BOT_LOGIN, type FakeGitHub, type Fault } from './server';
export type { FakeIssue, FakeComment } from './state';
