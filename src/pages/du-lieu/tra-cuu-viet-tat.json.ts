import type { APIRoute } from 'astro';
import { getSite } from '../../content/store';
import { lookupEntries } from '../../lib/abbreviations';
import { bodyPath, termPath } from '../../lib/paths';

/**
 * The exact-lookup table of abbreviations and names of today
 * (content/abbreviations.yaml): a query that is one of them puts its pages
 * first (src/lib/abbreviations.ts). A few hundred bytes, fetched with the first search.
 */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json({ version: 1, entries: lookupEntries(site.names, termPath, bodyPath) });
};
