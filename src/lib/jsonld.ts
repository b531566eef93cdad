import type { DocumentStatus } from '../schemas/values';
import type { DocumentFacts } from './documents';

/** schema.org Legislation for one document; unknown facts are left out, not guessed. */
export function legislationJsonLd(input: Omit<DocumentFacts, 'slug'> & { status: DocumentStatus; related: { url: string; name: string }[] }) {
  const force = { 'in-force': 'https://schema.org/InForce', replaced: 'https://schema.org/NotInForce', unknown: undefined }[input.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    url: input.url,
    name: input.title ?? `${input.type} ${input.number}`,
    legislationIdentifier: input.number,
    legislationType: input.type,
    legislationPassedBy: { '@type': 'Organization', name: input.issuer },
    inLanguage: 'vi',
    ...(input.date && { legislationDate: input.date }),
    ...(force && { legislationLegalForce: force }),
    ...(input.related.length && { mentions: input.related.map((r) => ({ '@type': 'Legislation', url: r.url, name: r.name })) }),
  };
}
