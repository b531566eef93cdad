import type { DocumentStatus } from '../schemas/values';
import { formatDate } from './dates';

interface NamedDocument {
  type: string;
  number: string;
}

/** What search results, data files and structured data say of a document, with its page. */
export interface DocumentFacts {
  slug: string;
  url: string;
  number: string;
  type: string;
  issuer: string;
  /** ISO date, or null when unknown. */
  date: string | null;
  title: string | null;
}

/** "Công văn số 111-CV/TU": how Vietnamese texts name a document. */
export function documentName(doc: NamedDocument): string {
  return `${doc.type} số ${doc.number}`;
}

/** "Luật 10/2022/QH15": the short form used in running text and status lines. */
export function documentShortName(doc: NamedDocument): string {
  return `${doc.type} ${doc.number}`;
}

interface StatusFacts {
  status: DocumentStatus;
  effectiveFrom?: string;
  endedOn?: string;
}

/** "Hết hiệu lực từ 01/7/2023, thay thế bởi Luật 10/2022/QH15"; unknown stays unknown. */
export function statusText(doc: StatusFacts, replacement?: NamedDocument): string {
  switch (doc.status) {
    case 'in-force':
      return doc.effectiveFrom ? `Còn hiệu lực (có hiệu lực từ ${formatDate(doc.effectiveFrom)})` : 'Còn hiệu lực';
    case 'replaced': {
      const since = doc.endedOn ? ` từ ${formatDate(doc.endedOn)}` : '';
      return `Hết hiệu lực${since}${replacement ? `, thay thế bởi ${documentShortName(replacement)}` : ''}`;
    }
    case 'unknown':
      return 'Chưa có thông tin về hiệu lực';
  }
}
