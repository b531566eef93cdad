import { z } from 'astro/zod';
import { provisionRef, slug } from './common';
import { QUIZ_LEVELS, UNIT_TYPES } from './values';

const quizFields = z
  .object({
    question: z.string().min(1),
    options: z.array(z.string().min(1)).min(2).max(6),
    /** Index into options. */
    answer: z.number().int().nonnegative(),
    explanation: z.string().min(1),
    /** The provision of the directive the item is about (and, without `fact`, the one that justifies the answer). */
    provision: provisionRef,
    /** A document of the register whose checked facts justify the answer, when the directive's words alone do not. */
    fact: slug.optional(),
    level: z.enum(QUIZ_LEVELS),
  })
  .strict();
const answerIsAnOption = (q: { answer: number; options: string[] }) => q.answer < q.options.length;
const answerMessage = { message: 'answer phải là chỉ số của một phương án', path: ['answer'] };

export const quizItemSchema = quizFields.refine(answerIsAnOption, answerMessage);

/** A case for group work, set in one kind of unit, with what the instructor scores the group's answer on. */
export const situationSchema = z
  .object({
    title: z.string().min(1),
    text: z.string().min(1),
    hints: z.array(z.string()).default([]),
    unitType: z.enum(UNIT_TYPES),
    /** 3–5 criteria an instructor scores the group's answer on. */
    rubric: z.array(z.string().min(1)).min(3).max(5),
    /** The provisions the case rests on. */
    provisions: z.array(provisionRef).min(1),
  })
  .strict();

/** An item of the separate test bank (content/test-bank.yaml): the printed test draws on these, not on the self-check items. */
export const testItemSchema = quizFields.extend({ module: slug }).refine(answerIsAnOption, answerMessage);

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
    situations: z.array(situationSchema).min(1),
    quiz: z.array(quizItemSchema).min(6, 'mỗi bài học cần ít nhất 6 câu tự kiểm tra'),
    instructorNotes: z.array(z.string().min(1)).min(1),
    /** Glossary terms the module teaches. */
    terms: z.array(slug).default([]),
  })
  .strict();

export type ModuleData = z.infer<typeof moduleSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type TestItem = z.infer<typeof testItemSchema>;
