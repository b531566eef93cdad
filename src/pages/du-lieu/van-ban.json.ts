import type { APIRoute } from 'astro';
import { getSite } from '../../content/store';
import { documentPath } from '../../lib/paths';

/** The register for machines: every document with its facts and its relations in both directions. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const documents = site.documents.map(({ id, data: { statusChecked, ...data } }) => ({
    slug: id,
    url: documentPath(id),
    ...data,
    /** When the status was last checked against the sources. */
    checked: statusChecked,
    relations: site.relations(id).map((r) => ({
      kind: r.kind,
      direction: r.direction,
      label: r.label,
      document: r.other,
      statedBy: r.statedBy,
      provisions: r.provisions,
      ...(r.note && { note: r.note }),
    })),
  }));
  // 2: each status carries `checked`, the date it was last checked.
  return Response.json({ version: 2, documents });
};
