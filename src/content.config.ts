import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
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

const from = (folder: string, pattern: string) =>
  preflightChecked(glob({ pattern, base: `${contentDir}/${folder}` }), filesIn(`${contentDir}/${folder}`, [pattern.replace('*', '')]));

export const collections = {
  documents: defineCollection({ loader: from('documents', '*.md'), schema: documentSchema }),
  provisions: defineCollection({ loader: from('provisions', '*.yaml'), schema: heldTextSchema }),
  bodies: defineCollection({ loader: from('bodies', '*.yaml'), schema: bodySchema }),
  modules: defineCollection({ loader: from('modules', '*.mdx'), schema: moduleSchema }),
  glossary: defineCollection({ loader: from('glossary', '*.md'), schema: glossarySchema }),
  /** Ready-made session plans for the builder (/giang-vien/). */
  plans: defineCollection({ loader: from('plans', '*.yaml'), schema: readyPlanSchema }),
  /** The test bank: items for the printed test, apart from the modules' self-check quizzes. */
  testBank: defineCollection({
    loader: preflightChecked(
      file(`${contentDir}/test-bank.yaml`, { parser: (text) => listed(text, (item, i) => `${String((item as { module?: unknown }).module)}-${i + 1}`) }),
      () => [`${contentDir}/test-bank.yaml`],
    ),
    schema: testItemSchema,
  }),
  /** The change log of the content (/thay-doi/). */
  changes: defineCollection({
    loader: preflightChecked(
      file(`${contentDir}/changes.yaml`, { parser: (text) => listed(text, (item, i) => `${String((item as { date?: unknown }).date)}-${i + 1}`) }),
      () => [`${contentDir}/changes.yaml`],
    ),
    schema: changeSchema,
  }),
  /** Abbreviations and bodies' names of today, shown on their pages and used by search. */
  abbreviations: defineCollection({
    loader: preflightChecked(
      file(`${contentDir}/abbreviations.yaml`, {
        parser: (text) => listed(text, (item, i) => { const e = item as { abbreviation?: unknown; name?: unknown }; return `${String(e?.abbreviation ?? e?.name)}-${i + 1}`; }),
      }),
      () => [`${contentDir}/abbreviations.yaml`],
    ),
    schema: abbreviationSchema,
  }),
  mentioned: defineCollection({
    loader: preflightChecked(
      file(`${contentDir}/mentioned-documents.yaml`, { parser: (text) => parseMentioned(text) }),
      () => [`${contentDir}/mentioned-documents.yaml`],
    ),
    schema: mentionedDocumentSchema,
  }),
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
