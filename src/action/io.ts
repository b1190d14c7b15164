// What the action needs from its runner, so a test can run the whole action in-process. The
// production binding to @actions/core is in core-io.ts.

export interface Annotation {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}
