import { z } from 'astro/zod';
import { provisionRef } from './common';

export const glossarySchema = z
  .object({
    term: z.string().min(1),
    /** Other spellings or forms that count as a mention of the term. */
    aliases: z.array(z.string()).default([]),
    /** One or two sentences written for this site. */
    definition: z.string().min(1),
    /** Provisions the definition rests on. */
    provisions: z.array(provisionRef).min(1),
  })
  .strict();

export type GlossaryData = z.infer<typeof glossarySchema>;
