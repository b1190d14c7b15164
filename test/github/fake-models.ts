// A fake of GitHub Models' chat completions endpoint on 127.0.0.1: it records each request and answers
// with whatever the test queued (a chat completion whose content is the given text, an HTTP status,
// or a delay longer than the caller waits). Tests never reach the internet.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeAnswer =
  | { readonly content: string }
  | { readonly status: number; readonly retryAfter?: string }
  | { readonly delayMs: number; readonly content: string }
  | { readonly raw: string };

export interface FakeModels {
  readonly url: string;
  readonly requests: Array<{ path: string; headers: IncomingMessage['headers']; body: unknown }>;
  /** Answers in order; when empty, every request gets an HTTP 500. */
  readonly answers: FakeAnswer[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const completion = (content: string): string =>
  JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
  });

export async function startFakeModels(): Promise<FakeModels> {
  const requests: FakeModels['requests'] = [];
  const answers: FakeAnswer[] = [];
  const pending = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      requests.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(text) as unknown });
      const answer = answers.shift();
      const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
        pending.delete(response);
        if (response.writableEnded || response.destroyed) return;
        response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
      };
      if (!answer) return send(500, '{"error":"no answer queued"}');
      if ('status' in answer) {
        const headers: Record<string, string> =
          answer.retryAfter === undefined ? {} : { 'retry-after': answer.retryAfter };
        return send(answer.status, '{"error":{"message":"fake failure"}}', headers);
      }
      if ('raw' in answer) return send(200, answer.raw);
      if ('delayMs' in answer) {
        pending.add(response);
        setTimeout(() => send(200, completion(answer.content)), answer.delayMs).unref();
        return;
      }
      return send(200, completion(answer.content));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of pending) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
