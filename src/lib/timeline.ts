import { documentShortName } from './documents';

interface TimelineDocument {
  slug: string;
  type: string;
  number: string;
  date: string | null;
  title: string | null;
  subject?: string;
  effectiveFrom?: string;
  endedOn?: string;
}

export interface TimelineEvent {
  date: string;
  slug: string;
  kind: 'issued' | 'in-force' | 'ended';
  text: string;
}

/**
 * Dated events from the register, oldest first: issue dates, and where known
 * the dates a text took effect or ceased to (only when that differs from
 * the issue date, so a text in force from signing is not listed twice).
 */
export function timeline(docs: readonly TimelineDocument[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const doc of docs) {
    const name = documentShortName(doc);
    if (doc.date) events.push({ date: doc.date, slug: doc.slug, kind: 'issued', text: `Ban hành ${name}` });
    if (doc.effectiveFrom && doc.effectiveFrom !== doc.date) {
      events.push({ date: doc.effectiveFrom, slug: doc.slug, kind: 'in-force', text: `${name} có hiệu lực` });
    }
    if (doc.endedOn) events.push({ date: doc.endedOn, slug: doc.slug, kind: 'ended', text: `${name} hết hiệu lực` });
  }
  const order = { ended: 0, 'in-force': 1, issued: 2 };
  return events.sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind] || a.slug.localeCompare(b.slug));
}
