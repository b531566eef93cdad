/**
 * The values schemas, logic and interface agree on: enums and bounds, in
 * plain TypeScript with no zod, so browser code can import them without
 * pulling the schema library into its bundle. The schemas (zod) build on
 * these; every type of these values is derived from them here.
 */

/** The type is its own field: "QĐ" in a number may be quyết định or quy định. */
export const DOCUMENT_TYPES = ['Chỉ thị', 'Công văn', 'Hướng dẫn', 'Kết luận', 'Luật', 'Nghị định', 'Nghị quyết', 'Pháp lệnh', 'Quy định', 'Quyết định'] as const;
export const DOCUMENT_STATUSES = ['in-force', 'replaced', 'unknown'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Typed relations between documents: stored once, on the document that states them; shown on both. */
export const RELATION_KINDS = ['carries-out', 'ties-to', 'sums-up', 'applies', 'cites', 'replaces'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const BODY_ROLES = ['issuer', 'addressee', 'tasked', 'partner', 'recipient'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

/** A module's activities in a plan, named after the module fields they draw from, so an activity's items index that list. */
export const ACTIVITY_KINDS = ['provisions', 'discussion', 'situations', 'quiz'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** How deep a quiz item goes: recall, understanding, or applying the directive to a case. */
export const QUIZ_LEVELS = ['nhớ', 'hiểu', 'vận dụng'] as const;
export type QuizLevel = (typeof QUIZ_LEVELS)[number];

/** The kinds of unit the directive names (point 2, and the scope of the grassroots rules), for cases set in each. */
export const UNIT_TYPES = ['xa-phuong', 'co-quan', 'doanh-nghiep-nha-nuoc', 'doanh-nghiep-ngoai-nha-nuoc', 'don-vi-su-nghiep-ngoai-cong-lap', 'co-so-dich-vu'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Parts of a course that are not a lesson, with minutes counted in the plan's time: opening, review, test, closing. */
export const EVENT_KINDS = ['khai-giang', 'on-tap', 'kiem-tra', 'be-giang'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The bounds of a plan, read by the schema, the codec, the editor's checks and the form's attributes alike. */
export const PLAN_LIMITS = {
  /** Minutes of one activity or break. */
  minutes: 600,
  /** Planned teaching time of the whole plan. */
  planned: { min: 1, max: 10_000 },
  text: 300,
  notes: 5000,
  blocks: 200,
} as const;

/** Whether iso is YYYY-MM-DD and a day the calendar has (not 2011-02-30). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
