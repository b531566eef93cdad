import type { APIRoute } from 'astro';
import { getSite } from '../../content/store';
import { bodyPath } from '../../lib/paths';

/** The bodies the directive names, for machines: their 2016 duties by provision, and what is known of them since, dated and sourced. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const bodies = site.bodies.map((b) => ({
    slug: b.id,
    url: bodyPath(b.id),
    name: b.data.name,
    duties: b.data.duties.map(({ text, provision }) => ({ text, provision })),
    changes: b.data.changes.map(({ date, text, source }) => ({ date, text, source })),
  }));
  return Response.json({ version: 1, bodies });
};
