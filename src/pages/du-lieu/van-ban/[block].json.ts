import type { APIRoute, GetStaticPaths } from 'astro';
import { docIndex } from '../../../content/search-data';
import { recordBlocks } from '../../../lib/doc-index';

/** One block of the register index's records, in id order (src/lib/doc-index.ts). */
export const getStaticPaths = (async () => {
  const blocks = recordBlocks((await docIndex()).records);
  return blocks.map((records, block) => ({ params: { block: String(block) }, props: { records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json({ version: 1, records: props.records });
