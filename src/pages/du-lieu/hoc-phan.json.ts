import type { APIRoute } from 'astro';
import { getSite } from '../../content/store';
import { buildCatalog } from '../../lib/plan-catalog';

/** The modules for the session builder, from the content collections (the builder holds no copy of its own). */
export const GET: APIRoute = async () => {
  const catalog = buildCatalog(await getSite());
  return Response.json(catalog);
};
