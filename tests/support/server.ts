/** The built site served for browser tests: the one host of scripts/lib/site/server.ts, on dist/ by default. */
import { serveSite, type RunningServer, type ServerOptions } from '../../scripts/lib/site/server.ts';
import { distDir } from './dist';

export type { RunningServer, ServerOptions };

export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { root = distDir, ...rest } = options;
  return serveSite(root, rest);
}
