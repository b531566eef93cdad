import { z } from 'astro/zod';

/** Numbers FACTS.md names in passing: allowed in prose, not in the register. */
export const mentionedDocumentSchema = z.object({ number: z.string().min(1), note: z.string().min(1) });
