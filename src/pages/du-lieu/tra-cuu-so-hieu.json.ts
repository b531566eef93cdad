import type { APIRoute } from 'astro';
import { numberEntries } from '../../content/search-data';

/**
 * The whole number lookup in one table, for readers of the data and the
 * offline copy: every document of the register by its number's parts
 * (src/lib/number-query.ts). The search itself reads the shards
 * (/du-lieu/so-hieu/<key>.json), which stay small as the register grows.
 */
export const GET: APIRoute = async () => Response.json({ version: 1, entries: await numberEntries() });
