/**
 * What the search reads besides Pagefind, built once from the content:
 * the number lookup's rows (src/lib/number-query.ts) and the register's own
 * index of the documents whose text the site does not hold
 * (src/lib/doc-index.ts). Pages under src/pages/du-lieu/ only serve these.
 */
import { buildDocIndex, docRecord, type DocIndex } from '../lib/doc-index';
import type { DocumentFacts } from '../lib/documents';
import { numberEntry, numberShardKey, type NumberEntry } from '../lib/number-query';
import { documentPath } from '../lib/paths';
import { getSite } from './store';

let entries: Promise<NumberEntry[]> | undefined;

/** Every document of the register as a number-lookup row, newest first. */
export function numberEntries(): Promise<NumberEntry[]> {
  entries ??= getSite().then((site) =>
    site.documents.map((doc) =>
      numberEntry({
        slug: doc.id,
        url: documentPath(doc.id),
        number: doc.data.number,
        type: doc.data.type,
        issuer: doc.data.issuer,
        date: doc.data.date ?? null,
        title: doc.data.title ?? doc.data.subject ?? null,
      }),
    ),
  );
  return entries;
}

let shards: Promise<Map<string, DocumentFacts[]>> | undefined;

/**
 * The documents of one shard of the number lookup, as their facts only: the
 * search derives each row's keys (numberEntry) itself, so a shard carries no
 * field twice. The rows are grouped once, not filtered again for each shard.
 */
export async function numberShard(key: string): Promise<DocumentFacts[]> {
  shards ??= numberEntries().then((rows) => {
    const byKey = new Map<string, DocumentFacts[]>();
    for (const { slug, url, number, type, issuer, date, title, serial } of rows) {
      const shard = numberShardKey(serial);
      if (!byKey.has(shard)) byKey.set(shard, []);
      byKey.get(shard)!.push({ slug, url, number, type, issuer, date, title });
    }
    return byKey;
  });
  return (await shards).get(key) ?? [];
}

let index: Promise<DocIndex> | undefined;

/** The register's index: the documents without a held text (the others are in Pagefind), newest first. */
export function docIndex(): Promise<DocIndex> {
  index ??= getSite().then((site) => buildDocIndex(site.documents.filter((doc) => !doc.data.textHeld).map((doc) => docRecord(documentPath(doc.id), doc.data, doc.body ?? ''))));
  return index;
}
