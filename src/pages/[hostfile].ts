import type { APIRoute, GetStaticPaths } from 'astro';
import { MOVED_PAGES } from '../lib/paths';

// dist/_redirects: permanent redirects for hosts that read the file (Netlify, Cloudflare Pages); Astro skips page files named with "_".
export const getStaticPaths = (() => [{ params: { hostfile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(`${Object.entries(MOVED_PAGES).map(([from, to]) => `${from} ${to} 301`).join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
