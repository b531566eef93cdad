/**
 * Byte budgets of the search data at 10,000 documents, over a generated
 * corpus (scripts/generate-corpus.ts) indexed by the same pure builders the
 * build uses, without an Astro build: the largest number shard, and what a
 * number query and a phrase query fetch from the register's index (word
 * buckets, then the record blocks of the best matches), gzip.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../scripts/generate-corpus';
import type { DocumentData } from '../schemas/document';
import { blockOf, bucketJson, buildDocIndex, docRecord, matchIds, queryKeys, readBucket, recordBlocks, wordBucket, type DocIndex } from './doc-index';
import { numberEntry, numberShardKey, querySerials, type NumberEntry } from './number-query';
import { prepareQuery } from './search-text';
import { documentSlug } from './slug';

const COUNT = 10_000;
const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 6 }).length;

let dir: string;
let index: DocIndex;
let shards: Map<string, NumberEntry[]>;
let sampleNumbers: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qcdc-doc-index-'));
  const info = generateCorpus(COUNT, join(dir, 'content'));
  sampleNumbers = info.sampleNumbers;
  const docs = readdirSync(join(info.dir, 'documents')).map((file) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(info.dir, 'documents', file), 'utf8'))!;
    const data = { aliases: [], facts: [], signer: null, ...parse(front) } as DocumentData;
    return { id: file.replace(/\.md$/, ''), data, body };
  });
  expect(docs.length).toBeGreaterThanOrEqual(COUNT);
  // The register's order (src/content/store.ts): newest first, then by slug.
  docs.sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id));
  index = buildDocIndex(docs.filter((d) => !d.data.textHeld).map((d) => docRecord(`/van-ban/${d.id}/`, d.data, d.body)));
  shards = new Map();
  for (const d of docs) {
    const entry = numberEntry({ slug: d.id, url: `/van-ban/${d.id}/`, number: d.data.number, type: d.data.type, issuer: d.data.issuer, date: d.data.date, title: d.data.title ?? null });
    const key = numberShardKey(entry.serial);
    shards.set(key, [...(shards.get(key) ?? []), entry]);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the register's index costs a full-text query: its word buckets, then the blocks of its best `size` matches (the search page asks for 6, src/client/search/engine.ts). */
function fullTextBytes(query: string, size = 6) {
  const { words, facets } = queryKeys(prepareQuery(query));
  const buckets = [...new Set([...words, ...facets].map((k) => wordBucket(k, index.buckets.length)))];
  const postings = new Map<string, number[]>();
  for (const b of buckets) for (const [k, v] of readBucket(JSON.parse(JSON.stringify(bucketJson(index.buckets[b]!))))) postings.set(k, v);
  const ids = matchIds(words, facets, postings);
  const blocks = [...new Set(ids.slice(0, size).map(blockOf))];
  const all = recordBlocks(index.records);
  const bucketBytes = buckets.reduce((sum, b) => sum + gz(bucketJson(index.buckets[b]!)), 0);
  const blockBytes = blocks.reduce((sum, b) => sum + gz({ version: 1, records: all[b] }), 0);
  return { matches: ids.length, buckets: buckets.length, blocks: blocks.length, bucketBytes, blockBytes, total: bucketBytes + blockBytes };
}

describe(`at ${COUNT.toLocaleString('en')} documents`, () => {
  it('the largest number shard is at most 8 KB gzip', () => {
    // As served: each document's facts, the keys derived by the search (src/content/search-data.ts).
    const facts = (entries: NumberEntry[]) => entries.map(({ slug, url, number, type, issuer, date, title }) => ({ slug, url, number, type, issuer, date, title }));
    const sizes = [...shards.values()].map((entries) => gz({ version: 1, entries: facts(entries) }));
    console.info(`number shards: ${shards.size}, largest ${Math.max(...sizes)} B gzip, whole table ${gz({ version: 1, entries: [...shards.values()].flat() })} B gzip`);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8_000);
  });

  it('a number query fetches one shard per serial, within 20 KB', () => {
    for (const number of [...sampleNumbers, '120-KL/TW']) {
      const bytes = querySerials(number).reduce((sum, s) => sum + gz({ version: 1, entries: shards.get(numberShardKey(s)) ?? [] }), 0);
      expect(bytes, number).toBeLessThanOrEqual(20_000);
    }
    expect(documentSlug(sampleNumbers[0]!, null)).toBeTruthy();
  });

  // Each word is a bucket and the best matches' blocks follow: a phrase of a few words stays within 20 KB.
  it.each([
    ['đối thoại trực tiếp', 20_000],
    ['doi thoai truc tiep', 20_000],
    ['cong khai tai chinh ngan sach', 20_000],
    ['Trường Chính trị Tô Hiệu', 20_000],
    ['dân chủ', 20_000],
    ['hương ước', 20_000],
    // Eight words, eight buckets: the long tail of what people type, allowed a little more.
    ['tiếp công dân và giải quyết khiếu nại', 25_000],
  ])('the phrase «%s» needs at most %i B of the register’s index', (query, budget) => {
    const cost = fullTextBytes(query);
    console.info(`«${query}»: ${cost.matches} matches; ${cost.buckets} buckets ${cost.bucketBytes} B + ${cost.blocks} blocks ${cost.blockBytes} B = ${cost.total} B gzip`);
    expect(cost.matches).toBeGreaterThan(0);
    expect(cost.total).toBeLessThanOrEqual(budget);
  });

  it('no word bucket is large', () => {
    const sizes = index.buckets.map((b) => gz(bucketJson(b)));
    expect(index.buckets.length).toBe(1024);
    console.info(`word buckets: largest ${Math.max(...sizes)} B gzip, all ${sizes.reduce((a, b) => a + b, 0)} B; records: ${index.records.length} in ${recordBlocks(index.records).length} blocks`);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8_000);
  });
});
