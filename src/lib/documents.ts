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
  /** When the status was last checked; shown with it, since a status is only true as of a date. */
  statusChecked?: string;
}

/**
 * The status as a reader needs it, with the date it was checked:
 * "Có hiệu lực từ ngày 01/7/2007; hết hiệu lực từ ngày 01/7/2023, được thay
 * thế bằng Luật số 10/2022/QH15 (đối chiếu đến ngày 01/12/2026)". An unknown
 * stays unknown: never a bare «còn hiệu lực».
 */
export function statusText(doc: StatusFacts, replacement?: NamedDocument): string {
  const from = doc.effectiveFrom ? `có hiệu lực từ ngày ${formatDate(doc.effectiveFrom)}` : '';
  const checked = doc.statusChecked ? ` (đối chiếu đến ngày ${formatDate(doc.statusChecked)})` : '';
  let text: string;
  switch (doc.status) {
    case 'in-force':
      text = from ? `Còn hiệu lực, ${from}` : 'Còn hiệu lực';
      break;
    case 'replaced': {
      const ended = `hết hiệu lực${doc.endedOn ? ` từ ngày ${formatDate(doc.endedOn)}` : ''}${replacement ? `, được thay thế bằng ${documentName(replacement)}` : ''}`;
      text = from ? `${from}; ${ended}` : ended;
      break;
    }
    case 'unknown':
      text = from ? `${from}; chưa có thông tin về văn bản sửa đổi, thay thế` : 'chưa có thông tin về văn bản sửa đổi, thay thế';
      break;
  }
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${checked}`;
}
