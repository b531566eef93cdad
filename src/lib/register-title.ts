/**
 * The register's «Trích yếu» cell. Only a title the project holds is shown
 * as the official one; without it, what the sources do say (the subject,
 * or a title they suggest) is shown under a label that says what it is.
 */
export interface TitleSource {
  title: string | null;
  subject?: string;
  probableTitle?: { text: string };
}

export type RegisterTitle =
  | { kind: 'official'; text: string }
  | { kind: 'subject' | 'probable'; label: string; text: string }
  | { kind: 'unknown' };

export const NO_OFFICIAL_TITLE = 'Chưa có trích yếu chính thức';

export function registerTitle(doc: TitleSource): RegisterTitle {
  if (doc.title) return { kind: 'official', text: doc.title };
  // The subject is stated by the sources; a probable title only suggested by them.
  if (doc.subject) return { kind: 'subject', label: `${NO_OFFICIAL_TITLE}; nội dung:`, text: doc.subject };
  if (doc.probableTitle) return { kind: 'probable', label: `${NO_OFFICIAL_TITLE}; có thể là:`, text: doc.probableTitle.text };
  return { kind: 'unknown' };
}
