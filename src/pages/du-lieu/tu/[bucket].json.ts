import type { APIRoute, GetStaticPaths } from 'astro';
import { docIndex } from '../../../content/search-data';
import { bucketJson } from '../../../lib/doc-index';

/**
 * One bucket of the register's word index (src/lib/doc-index.ts): the words
 * that hash here, each with the documents holding it. Every bucket is
 * written, empty or not, so the search never asks for a file that is not there.
 */
export const getStaticPaths = (async () => (await docIndex()).buckets.map((words, i) => ({ params: { bucket: String(i) }, props: { words } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(bucketJson(props.words));
