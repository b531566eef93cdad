/**
 * What the reading pages say about themselves on paper: the running header
 * (what the sheet is) and the footer line (where it came from, when it was
 * printed, and its address). The build knows the words; only the browser
 * knows the day of printing and, without SITE_URL, the page's address, so
 * the footer is a template with two slots that src/client/paper.ts fills.
 */
import { formatDate } from './dates';
import { documentName } from './documents';

/** Slots of a footer template: the day of printing, and this page's full address. */
export const PRINT_DATE_SLOT = '{date}';
export const ADDRESS_SLOT = '{address}';

const SITE = 'Học liệu QCDC';

/** A day as the site writes dates (dd/mm/yyyy, 111-CV/TU's style), in the reader's own time zone. */
export function printDate(now: Date): string {
  const iso = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
  return formatDate(iso);
}

/** The template with its slots filled (every occurrence). */
export function fillPaperText(template: string, values: { date: string; address: string }): string {
  return template.replaceAll(PRINT_DATE_SLOT, values.date).replaceAll(ADDRESS_SLOT, values.address);
}

interface NamedDocument {
  type: string;
  number: string;
}
interface PaperDocument extends NamedDocument {
  date?: string | null;
  issuer: string;
}

/** «Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng»: the document the sheet is about. */
export function documentHeader(doc: PaperDocument): string {
  return `${documentName(doc)}${doc.date ? ` ngày ${formatDate(doc.date)}` : ''} của ${doc.issuer}`;
}

const printedFrom = `In ngày ${PRINT_DATE_SLOT} từ ${ADDRESS_SLOT}`;

/**
 * A held text: a copy, of what, from which source, printed when, from where.
 * The sources are the document's own (content/documents/*.md), as recorded.
 */
export function heldTextFooter(doc: NamedDocument, sources: readonly string[]): string {
  return `Bản chép lại từ ${documentName(doc)}. Nguồn: ${sources.join('; ')}. ${printedFrom}`;
}

/** A document the site does not hold: the sheet is the site's record of it, not its text. */
export function documentFooter(doc: NamedDocument): string {
  return `Thông tin về ${documentName(doc)} trên ${SITE}, không phải toàn văn. ${printedFrom}`;
}

/** A module page printed for a class. */
export const HANDOUT_LABEL = 'Tài liệu phát cho học viên';
export function moduleFooter(): string {
  return `${HANDOUT_LABEL}, ${SITE}. ${printedFrom}`;
}
