/** Index shard rows to and from their stored form, whose long texts are deflated. */
import type { IndexShardRow, StoredIndexShardRow } from '../db/database';
import { deflatedIfLong, inflated } from '../db/deflated-text';
import { pause } from './pause';

/**
 * `row` as it is best stored: its sorted terms, document list and statistics' features (a third of a large shard's
 * bytes, and the part that compresses to a fifth) deflated when long, with pauses so the worker keeps answering. Its postings, already compact bytes, stay as
 * they are: deflating them would add most of a second to an import and a tenth of a second to every wake for a
 * third of their size.
 *
 * @example
 * const stored = await storedShardRow(runAtOnce(shardRowSteps(pack.id, shard)));
 * await db.indexShards.put(stored);
 */
export async function storedShardRow(row: IndexShardRow): Promise<StoredIndexShardRow> {
  const texts = [row.index.text, row.index.documents, row.termStats.features];
  const [text, documents, features] = await Promise.all(texts.map((long) => deflatedIfLong(long, pause)));
  return { ...row, index: { ...row.index, text: text!, documents: documents! }, termStats: { ...row.termStats, features: features! } };
}

/**
 * The row a stored row holds. Rejects when a deflated text is damaged.
 *
 * @example
 * const row = await shardRowOf((await db.indexShards.get(pack.id))!);
 */
export async function shardRowOf(stored: StoredIndexShardRow): Promise<IndexShardRow> {
  const [text, documents, features] = await Promise.all([stored.index.text, stored.index.documents, stored.termStats.features].map(inflated));
  return { ...stored, index: { ...stored.index, text: text!, documents: documents! }, termStats: { ...stored.termStats, features: features! } };
}
