import { z } from 'astro/zod';
import { slug } from './common';

const paragraph = z
  .object({
    /** Verbatim source text. Never edited: see editorialNotes. */
    text: z.string().min(1),
    /** Bodies this paragraph gives a task to. */
    bodies: z.array(slug).default([]),
    /** Bodies it names without tasking them. */
    mentions: z.array(slug).default([]),
    /** A note shown beside a source word that is obviously wrong; the word itself stays. */
    editorialNotes: z.array(z.object({ word: z.string(), note: z.string() })).default([]),
  })
  .strict();

export const PART_KINDS = ['preamble', 'point', 'closing', 'recipients', 'signature'] as const;

/** The full text of one held document, as addressable parts. */
export const heldTextSchema = z
  .object({
    document: slug,
    header: z
      .object({
        issuer: z.string(),
        star: z.string(),
        number: z.string(),
        subject: z.array(z.string()),
        motto: z.string(),
        placeDate: z.string(),
        addresseeLabel: z.string(),
        addressees: z.array(z.string()),
      })
      .strict(),
    parts: z.array(
      z
        .object({
          anchor: slug,
          kind: z.enum(PART_KINDS),
          point: z.number().int().positive().optional(),
          label: z.string(),
          /** A one-line summary written for this site (not source text). */
          gist: z.string().optional(),
          heading: z.string().optional(),
          paragraphs: z.array(paragraph).min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type HeldTextData = z.infer<typeof heldTextSchema>;
export type ParagraphData = z.infer<typeof paragraph>;
