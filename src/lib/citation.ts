import { formatDate } from './dates';

interface CitableDocument {
  type: string;
  number: string;
  date: string | null;
  issuer: string;
}

/** «Mục 3, Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng» */
export function formatCitation(label: string, doc: CitableDocument): string {
  const date = doc.date ? ` ngày ${formatDate(doc.date)}` : '';
  return `${label}, ${doc.type} số ${doc.number}${date} của ${doc.issuer}`;
}
