import type { APIRoute } from 'astro';
import { getSite } from '../../content/store';
import { numberEntry } from '../../lib/number-query';
import { documentPath } from '../../lib/paths';

/**
 * The exact-lookup table the search reads when a query holds a digit: every
 * document of the register by its number's parts (src/lib/number-query.ts).
 * Small and fetched only then, so typing words never loads it.
 */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const entries = site.documents.map((doc) =>
    numberEntry({
      slug: doc.id,
      url: documentPath(doc.id),
      number: doc.data.number,
      type: doc.data.type,
      issuer: doc.data.issuer,
      date: doc.data.date ?? null,
      title: doc.data.title ?? doc.data.subject ?? null,
    }),
  );
  return Response.json({ version: 1, entries });
};
