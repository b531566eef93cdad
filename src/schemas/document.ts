import { z } from 'astro/zod';
import { RELATION_KINDS } from '../lib/relations';
import { isoDate, slug } from './common';

/** The type is its own field: "QĐ" in a number may be quyết định or quy định (FACTS.md). */
export const DOCUMENT_TYPES = ['Chỉ thị', 'Công văn', 'Hướng dẫn', 'Kết luận', 'Luật', 'Nghị định', 'Nghị quyết', 'Pháp lệnh', 'Quy định', 'Quyết định'] as const;
export const DOCUMENT_STATUSES = ['in-force', 'replaced', 'unknown'] as const;

export const documentSchema = z
  .object({
    number: z.string().min(1),
    type: z.enum(DOCUMENT_TYPES),
    issuer: z.string().min(1),
    issuerNote: z.string().optional(),
    /** null: not known. */
    date: isoDate.nullable(),
    signer: z.object({ name: z.string(), capacity: z.string() }).nullable().default(null),
    /** The official title; null when the project does not know it. */
    title: z.string().nullable(),
    /** What the document is about, when the title is unknown. */
    subject: z.string().optional(),
    titleNote: z.string().optional(),
    /** The shorter form in which 111-CV/TU cites the title. */
    citedAs: z.string().optional(),
    /** A title the sources suggest but do not state: shown with its basis, never as certain. */
    probableTitle: z.object({ text: z.string(), basis: z.string() }).optional(),
    aliases: z.array(z.string()).default([]),
    effectiveFrom: isoDate.optional(),
    status: z.enum(DOCUMENT_STATUSES),
    statusNote: z.string().optional(),
    replacedBy: slug.optional(),
    endedOn: isoDate.optional(),
    textHeld: z.boolean(),
    relations: z
      .array(
        z.object({
          kind: z.enum(RELATION_KINDS),
          target: slug,
          provisions: z.array(z.string()).optional(),
          note: z.string().optional(),
        }),
      )
      .default([]),
    facts: z.array(z.string()).default([]),
    sources: z.array(z.string()).min(1, 'mỗi văn bản phải nêu ít nhất một nguồn'),
  })
  .strict()
  .refine((d) => (d.status === 'replaced') === Boolean(d.replacedBy), {
    message: 'văn bản "replaced" phải có replacedBy, và chỉ văn bản đó mới có',
    path: ['replacedBy'],
  });

export type DocumentData = z.infer<typeof documentSchema>;
