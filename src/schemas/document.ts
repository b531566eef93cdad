import { z } from 'astro/zod';
import { isoDate, slug } from './common';

import { DOCUMENT_STATUSES, DOCUMENT_TYPES, RELATION_KINDS } from './values';

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
    /** What a reader of today must know before reading the text (shown at the top of its page), e.g. what changed since it was issued. */
    notice: z.string().optional(),
    effectiveFrom: isoDate.optional(),
    status: z.enum(DOCUMENT_STATUSES),
    /** When the status was last checked against the sources. */
    statusChecked: isoDate,
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
