import type { DocumentStatus } from '../schemas/values';
import { documentName, type DocumentFacts } from './documents';

/**
 * A name that reads on its own: Party titles such as "về việc ban hành…"
 * continue the document's name, so they are joined to it.
 */
export function legislationName(doc: { type: string; number: string; title?: string | null }): string {
  if (!doc.title) return documentName(doc);
  return /^\p{Ll}/u.test(doc.title) ? `${documentName(doc)} ${doc.title}` : doc.title;
}

/** schema.org Legislation for one document; unknown facts are left out, not guessed. */
export function legislationJsonLd(input: Omit<DocumentFacts, 'slug'> & { status: DocumentStatus; related: { url: string; name: string }[] }) {
  const force = { 'in-force': 'https://schema.org/InForce', replaced: 'https://schema.org/NotInForce', unknown: undefined }[input.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    url: input.url,
    name: legislationName(input),
    legislationIdentifier: input.number,
    legislationType: input.type,
    legislationPassedBy: { '@type': 'Organization', name: input.issuer },
    inLanguage: 'vi',
    ...(input.date && { legislationDate: input.date }),
    ...(force && { legislationLegalForce: force }),
    ...(input.related.length && { mentions: input.related.map((r) => ({ '@type': 'Legislation', url: r.url, name: r.name })) }),
  };
}
