import { z } from 'astro/zod';
import { ACTIVITY_KINDS, EVENT_KINDS, PLAN_LIMITS } from './values';
import { isoDate, slug } from './common';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ phải có dạng HH:MM, ví dụ "07:30"');
const minutes = z.number().int().min(0).max(PLAN_LIMITS.minutes);

const activity = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    minutes,
    /** Indices into the module's list for this kind; left out, every item is chosen. */
    items: z.array(z.number().int().nonnegative()).optional(),
  })
  .strict();

const block = z.discriminatedUnion('type', [
  /** Left out, activities are every activity with the module's default minutes. */
  z.object({ type: z.literal('module'), module: slug, activities: z.array(activity).optional() }).strict(),
  z.object({ type: z.literal('break'), label: z.string().min(1), minutes }).strict(),
  z.object({ type: z.literal('session'), label: z.string().min(1), start: clock }).strict(),
  z.object({ type: z.literal('event'), event: z.enum(EVENT_KINDS), label: z.string().min(1), minutes }).strict(),
]);

/** A ready-made plan instructors start from (content/plans/*.yaml); the plan itself has the builder's shape. */
export const readyPlanSchema = z
  .object({
    /** Its name in the list on /giang-vien/. */
    name: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int().positive(),
    plan: z
      .object({
        title: z.string().min(1),
        date: isoDate.optional(),
        place: z.string().default(''),
        audience: z.string().default(''),
        instructor: z.string().default(''),
        notes: z.string().default(''),
        start: clock,
        /** Planned teaching minutes; the build fails if the blocks run over. */
        planned: z.number().int().positive(),
        blocks: z.array(block).min(1),
      })
      .strict(),
  })
  .strict();

export type ReadyPlanData = z.infer<typeof readyPlanSchema>;
export type ReadyPlanInput = ReadyPlanData['plan'];
