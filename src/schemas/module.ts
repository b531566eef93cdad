import { z } from 'astro/zod';
import { provisionRef, slug } from './common';

export const quizItemSchema = z
  .object({
    question: z.string().min(1),
    options: z.array(z.string().min(1)).min(2).max(6),
    /** Index into options. */
    answer: z.number().int().nonnegative(),
    explanation: z.string().min(1),
    /** The provision that justifies the answer. */
    provision: provisionRef,
  })
  .strict()
  .refine((q) => q.answer < q.options.length, { message: 'answer phải là chỉ số của một phương án', path: ['answer'] });

/** A training unit. Its explanations are the MDX body; everything an instructor can pick is here. */
export const moduleSchema = z
  .object({
    title: z.string().min(1),
    order: z.number().int().positive(),
    summary: z.string().min(1),
    audience: z.string().min(1),
    /** Minutes. */
    duration: z.number().int().positive(),
    objectives: z.array(z.string().min(1)).min(1),
    provisions: z.array(provisionRef).min(1),
    discussion: z.array(z.string().min(1)).min(3),
    situations: z.array(z.object({ title: z.string().min(1), text: z.string().min(1), hints: z.array(z.string()).default([]) }).strict()).min(1),
    quiz: z.array(quizItemSchema).min(4),
    instructorNotes: z.array(z.string().min(1)).min(1),
    /** Glossary terms the module teaches. */
    terms: z.array(slug).default([]),
  })
  .strict();

export type ModuleData = z.infer<typeof moduleSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
