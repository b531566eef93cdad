import type { APIRoute } from 'astro';
import { docIndex } from '../../content/search-data';
import { indexManifest } from '../../lib/doc-index';

/** The shape of the register's search index (src/lib/doc-index.ts): how many documents and word buckets. A few bytes. */
export const GET: APIRoute = async () => Response.json(indexManifest(await docIndex()));
