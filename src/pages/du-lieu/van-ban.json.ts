import type { APIRoute } from 'astro';
import { getSite } from '../../content/store';
import { documentPath } from '../../lib/paths';

/** The register for machines: every document with its facts and its relations in both directions. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const documents = site.documents.map((doc) => ({
    slug: doc.id,
    url: documentPath(doc.id),
    ...doc.data,
    relations: site.relations(doc.id).map((r) => ({
      kind: r.kind,
      direction: r.direction,
      label: r.label,
      document: r.other,
      statedBy: r.statedBy,
      provisions: r.provisions,
      ...(r.note && { note: r.note }),
    })),
  }));
  return Response.json({ version: 1, documents });
};
