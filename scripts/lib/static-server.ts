/**
 * A static host for benchmarks: serves a built site on 127.0.0.1 as a
 * production host would (gzip for text, the headers of the site's
 * _headers file, its 404 page) and counts the bytes it sends per request.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file ending; the test server (tests/support/server.ts) uses the same table. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
/** Pagefind's index files are gzip inside already; hosts send them as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes sent (after gzip, when the client asked for it). */
  bytes: number;
}

export interface StaticHost {
  url: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** The "/*" headers of root/_headers (Netlify/Cloudflare format), or none. */
export function headersOf(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const m = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
      if (m) out[m[1]!] = m[2]!.trim();
    }
  }
  return out;
}

/**
 * The file a request path maps to, as a static host maps it: a folder means
 * its index.html, a missing file the site's 404 page. null: the path escapes root.
 */
export function resolveRequest(root: string, url: string): { file: string; found: boolean } | null {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  return { file: found ? file : join(root, '404.html'), found };
}

export async function serveStatic(root: string, port = 0): Promise<StaticHost> {
  const headers = headersOf(root);
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const resolved = resolveRequest(root, req.url ?? '/');
    if (!resolved) {
      res.writeHead(403).end();
      return;
    }
    const { file, found } = resolved;
    let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    const ext = extname(file);
    const extra: Record<string, string> = {};
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      extra['Content-Encoding'] = 'gzip';
      extra.Vary = 'Accept-Encoding';
    }
    const status = found ? 200 : 404;
    requests.push({ path, status, bytes: body.length });
    res.writeHead(status, { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'Content-Length': body.length, ...headers, ...extra });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
