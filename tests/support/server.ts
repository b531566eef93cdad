/** A static server for dist/ on 127.0.0.1, as a host would serve it (404 page, content types, optional headers). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { CONTENT_TYPES, resolveRequest } from '../../scripts/lib/static-server.ts';
import { distDir } from './dist';


export interface RunningServer {
  url: string;
  /** Paths requested, in order (for byte and request budgets). */
  requests: { path: string; bytes: number }[];
  close(): Promise<void>;
}

export async function startServer(options: { root?: string; headers?: Record<string, string> } = {}): Promise<RunningServer> {
  const root = options.root ?? distDir;
  const requests: RunningServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const resolved = resolveRequest(root, req.url ?? '/');
    if (!resolved) {
      res.writeHead(403).end();
      return;
    }
    const { file, found } = resolved;
    const size = existsSync(file) ? statSync(file).size : 0;
    requests.push({ path, bytes: found ? size : 0 });
    res.writeHead(found ? 200 : 404, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers });
    if (existsSync(file)) createReadStream(file).pipe(res);
    else res.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
