import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'phải là slug, ví dụ "uy-ban-kiem-tra-thanh-uy"');
const bodies = z.array(slug).default([]);

/** One entry of content/abbreviations.yaml: an abbreviation, or a body's name today. */
export const abbreviationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('abbreviation'),
      /** As written, with Đ ("BCĐ QCDC"). */
      abbreviation: z.string().min(1),
      expansions: z.array(z.string().min(1)).min(1),
      /** The glossary term it stands for, if the site has one: search puts it first. */
      term: slug.optional(),
      bodies,
    })
    .strict(),
  z
    .object({
      kind: z.literal('current-name'),
      /** What the bodies named in 2016 are called today (from their dated `changes`). */
      name: z.string().min(1),
      bodies: bodies.refine((b) => b.length > 0, 'cần ít nhất một cơ quan'),
    })
    .strict(),
]);

export type AbbreviationData = z.infer<typeof abbreviationSchema>;
