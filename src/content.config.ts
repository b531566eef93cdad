import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { filesIn, preflightChecked } from './content/preflight';
import { contentDir } from './content/content-dir';
import { abbreviationSchema } from './schemas/abbreviation';
import { bodySchema } from './schemas/body';
import { changeSchema } from './schemas/change';
import { documentSchema } from './schemas/document';
import { glossarySchema } from './schemas/glossary';
import { mentionedDocumentSchema } from './schemas/mentioned';
import { moduleSchema, testItemSchema } from './schemas/module';
import { readyPlanSchema } from './schemas/plan';
import { heldTextSchema } from './schemas/provision';

/** One YAML file of many entries, checked before and against its schema. */
const dataFile = <S extends z.ZodType>(name: string, parser: (text: string) => Record<string, Record<string, unknown>>, schema: S) => {
  const path = `${contentDir}/${name}`;
  return defineCollection({ loader: preflightChecked(file(path, { parser }), () => [path], schema), schema });
};

/** A folder of files, one entry each, checked before and against its schema (src/content/preflight.ts). */
const folder = <S extends z.ZodType>(name: string, pattern: string, schema: S) =>
  defineCollection({
    loader: preflightChecked(glob({ pattern, base: `${contentDir}/${name}` }), filesIn(`${contentDir}/${name}`, [pattern.replace('*', '')]), schema),
    schema,
  });

export const collections = {
  documents: folder('documents', '*.md', documentSchema),
  provisions: folder('provisions', '*.yaml', heldTextSchema),
  bodies: folder('bodies', '*.yaml', bodySchema),
  modules: folder('modules', '*.mdx', moduleSchema),
  glossary: folder('glossary', '*.md', glossarySchema),
  /** Ready-made session plans for the builder (/giang-vien/). */
  plans: folder('plans', '*.yaml', readyPlanSchema),
  /** The test bank: items for the printed test, apart from the modules' self-check quizzes. */
  testBank: dataFile('test-bank.yaml', (text) => listed(text, (item, i) => `${String((item as { module?: unknown }).module)}-${i + 1}`), testItemSchema),
  /** The change log of the content (/thay-doi/). */
  changes: dataFile('changes.yaml', (text) => listed(text, (item, i) => `${String((item as { date?: unknown }).date)}-${i + 1}`), changeSchema),
  /** Abbreviations and bodies' names of today, shown on their pages and used by search. */
  abbreviations: dataFile(
    'abbreviations.yaml',
    (text) => listed(text, (item, i) => { const e = item as { abbreviation?: unknown; name?: unknown }; return `${String(e?.abbreviation ?? e?.name)}-${i + 1}`; }),
    abbreviationSchema,
  ),
  mentioned: dataFile('mentioned-documents.yaml', parseMentioned, mentionedDocumentSchema),
};

/** The file loader wants ids for the items of a YAML list: given as an object keyed by id, so the data itself stays as written. */
function listed(text: string, idOf: (item: unknown, index: number) => string): Record<string, Record<string, unknown>> {
  const list = parse(text) as unknown;
  if (!Array.isArray(list)) return {};
  return Object.fromEntries(list.map((item: Record<string, unknown>, i) => [idOf(item, i), item]));
}

/** A number is its own id. */
function parseMentioned(text: string) {
  return listed(text, (item, i) => {
    const number = (item as { number?: unknown })?.number;
    return typeof number === 'string' ? number : `#${i + 1}`;
  });
}
