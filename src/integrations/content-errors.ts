import type { AstroIntegration } from 'astro';
import { ContentError } from '../content/preflight';

/**
 * Astro renders Markdown entries while it syncs content and only logs a
 * remark plugin's error there, so the build would go on and exit 0. Plugins
 * report content errors here too, and the build stops on them.
 */
export function contentErrors() {
  const errors: string[] = [];
  const check = () => {
    if (errors.length) throw new ContentError([...new Set(errors)]);
  };
  const integration: AstroIntegration = {
    name: 'qcdc:content-errors',
    hooks: { 'astro:build:start': check, 'astro:build:done': check },
  };
  return { report: (message: string) => void errors.push(message), integration };
}
