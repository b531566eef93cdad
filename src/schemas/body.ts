import { z } from 'astro/zod';
import { isoDate, provisionRef } from './common';
import { BODY_ROLES } from './values';

export const bodySchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(BODY_ROLES),
    summary: z.string().min(1),
    duties: z.array(z.object({ text: z.string().min(1), provision: provisionRef }).strict()),
    /** What became of the body after 2016, each change dated and sourced; none known: shown as unknown. */
    changes: z.array(z.object({ date: isoDate, text: z.string().min(1), source: z.string().min(1) }).strict()).default([]),
  })
  .strict();

export type BodyData = z.infer<typeof bodySchema>;
