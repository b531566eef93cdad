import type { APIRoute, GetStaticPaths } from 'astro';
import { numberShard } from '../../../content/search-data';
import { NUMBER_SHARD_KEYS } from '../../../lib/number-query';

/**
 * One shard of the number lookup: the documents whose serial ends in these
 * two digits (numberShardKey), each by its facts (the search derives the
 * lookup keys with numberEntry). Every key is written, empty or not, so the
 * search never asks for a file that is not there.
 */
export const getStaticPaths = (() => NUMBER_SHARD_KEYS.map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json({ version: 1, entries: await numberShard(params.key ?? '') });
