import type { APIRoute } from 'astro';

// The print views are tools for the instructor's own plan; search result pages are endless. The sitemap exists only with SITE_URL.
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Disallow: /giang-vien/in/', 'Disallow: /tim-kiem/', ...(site ? ['', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
