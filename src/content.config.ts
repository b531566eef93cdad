import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { filesIn, nfcChecked } from './content/nfc-loader';
import { contentDir } from './content/paths';
import { bodySchema } from './schemas/body';
import { documentSchema } from './schemas/document';
import { glossarySchema } from './schemas/glossary';
import { mentionedDocumentSchema } from './schemas/mentioned';
import { moduleSchema } from './schemas/module';
import { readyPlanSchema } from './schemas/plan';
import { heldTextSchema } from './schemas/provision';

const from = (folder: string, pattern: string) =>
  nfcChecked(glob({ pattern, base: `${contentDir}/${folder}` }), filesIn(`${contentDir}/${folder}`, [pattern.replace('*', '')]));

export const collections = {
  documents: defineCollection({ loader: from('documents', '*.md'), schema: documentSchema }),
  provisions: defineCollection({ loader: from('provisions', '*.yaml'), schema: heldTextSchema }),
  bodies: defineCollection({ loader: from('bodies', '*.yaml'), schema: bodySchema }),
  modules: defineCollection({ loader: from('modules', '*.mdx'), schema: moduleSchema }),
  glossary: defineCollection({ loader: from('glossary', '*.md'), schema: glossarySchema }),
  /** Ready-made session plans for the builder (/giang-vien/). */
  plans: defineCollection({ loader: from('plans', '*.yaml'), schema: readyPlanSchema }),
  mentioned: defineCollection({
    loader: nfcChecked(
      file(`${contentDir}/mentioned-documents.yaml`, { parser: (text) => parseMentioned(text) }),
      () => [`${contentDir}/mentioned-documents.yaml`],
    ),
    schema: mentionedDocumentSchema,
  }),
};

/** The file loader wants ids; a number is its own id. */
function parseMentioned(text: string) {
  const list = parse(text) as { number: string }[];
  return list.map((item) => ({ id: item.number, ...item }));
}
