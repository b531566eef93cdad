import { z } from 'astro/zod';
import { provisionRef } from './common';

export const BODY_ROLES = ['issuer', 'addressee', 'tasked', 'partner', 'recipient'] as const;

export const bodySchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(BODY_ROLES),
    summary: z.string().min(1),
    duties: z.array(z.object({ text: z.string().min(1), provision: provisionRef }).strict()),
  })
  .strict();

export type BodyData = z.infer<typeof bodySchema>;
