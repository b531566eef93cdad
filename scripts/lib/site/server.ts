/**
 * The one static host of tests and benchmarks: serves a built site on
 * 127.0.0.1 as a production host would (its 404 page, content types,
 * optionally gzip and the headers of its _headers file) and logs every
 * request with the bytes it sent.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveSitePath } from './files.ts';

/** Content types by file ending. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
/** Pagefind's index files are gzip inside already; hosts send them as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes sent (after gzip, when it was on and the client asked for it). */
  bytes: number;
}

export interface RunningServer {
  url: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface ServerOptions {
  root?: string;
  /** Response headers for every file (e.g. siteHeaders(root)). */
  headers?: Record<string, string>;
  /** gzip text when the client accepts it, as production hosts do (the benchmarks count those bytes). */
  gzip?: boolean;
  port?: number;
}

/**
 * The file a request path maps to, as a static host maps it: a folder means
 * its index.html, a missing file the site's 404 page. null: the path escapes root.
 */
export function resolveRequest(root: string, url: string): { file: string; found: boolean } | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.split('/').includes('..')) return null;
  const file = resolveSitePath(root, path);
  return file ? { file, found: true } : { file: join(root, '404.html'), found: false };
}

export async function serveSite(root: string, options: Omit<ServerOptions, 'root'> = {}): Promise<RunningServer> {
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    const resolved = resolveRequest(root, req.url ?? '/');
    if (!resolved) {
      res.writeHead(403).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const { file, found } = resolved;
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      body = Buffer.from('Not found');
    }
    const ext = extname(file);
    const extra: Record<string, string> = {};
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      extra['Content-Encoding'] = 'gzip';
      extra.Vary = 'Accept-Encoding';
    }
    const status = found ? 200 : 404;
    requests.push({ path, status, bytes: body.length });
    res.writeHead(status, { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'Content-Length': body.length, ...options.headers, ...extra });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
