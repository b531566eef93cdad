import { z } from 'astro/zod';
import { provisionRef } from './common';

import { BODY_ROLES } from './values';

export const bodySchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(BODY_ROLES),
    summary: z.string().min(1),
    duties: z.array(z.object({ text: z.string().min(1), provision: provisionRef }).strict()),
  })
  .strict();

export type BodyData = z.infer<typeof bodySchema>;
