// A proxy for tests: an HTTP CONNECT tunnel on 127.0.0.1 that leads to one address (the local fake)
// whatever host is asked for, recording what was asked and what went through it.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface Tunnel {
  readonly url: string;
  /** The `host:port` of every CONNECT. */
  readonly asked: string[];
  /** The `Proxy-Authorization` of every CONNECT ('' when none was sent). */
  readonly authorizations: string[];
  /** What the client sent through the tunnels. */
  readonly sent: () => string;
  close(): Promise<void>;
}

export async function startTunnel(to: URL): Promise<Tunnel> {
  const asked: string[] = [];
  const authorizations: string[] = [];
  const chunks: Buffer[] = [];
  const server: Server = createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request, socket, head) => {
    asked.push(request.url ?? '');
    authorizations.push(request.headers['proxy-authorization'] ?? '');
    const upstream = connect(Number(to.port), to.hostname, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    authorizations,
    sent: () => Buffer.concat(chunks).toString('latin1'),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
