/** Index shard rows to and from their stored form, whose long texts and postings are deflated. */
import type { IndexShardRow, StoredIndexShardRow } from '../db/database';
import { deflatedIfLong, inflated, inflatedBytes, type Deflate } from '../db/deflated';
import { pause } from './pause';

/**
 * `row` as it is best stored: its sorted terms, document list, postings and statistics' features deflated when long
 * (to about half of a large shard's size), by `deflate`; by default here, with pauses so the worker keeps answering.
 *
 * @example
 * const stored = await storedShardRow(runAtOnce(shardRowSteps(pack.id, shard)));
 * await db.indexShards.put(stored);
 */
export async function storedShardRow(row: IndexShardRow, deflate: Deflate = deflateHere): Promise<StoredIndexShardRow> {
  const [text, documents, features, postings] = await Promise.all([
    deflate(row.index.text),
    deflate(row.index.documents),
    deflate(row.termStats.features),
    deflate(row.index.postings),
  ]);
  return { ...row, index: { ...row.index, text, documents, postings }, termStats: { ...row.termStats, features } };
}

/** Deflates on the worker's own thread, pausing between slices. */
export const deflateHere: Deflate = (value) => deflatedIfLong(value, pause);

/**
 * The row a stored row holds. Rejects when a deflated value is damaged.
 *
 * @example
 * const row = await shardRowOf((await db.indexShards.get(pack.id))!);
 */
export async function shardRowOf(stored: StoredIndexShardRow): Promise<IndexShardRow> {
  const [text, documents, features, postings] = await Promise.all([
    inflated(stored.index.text),
    inflated(stored.index.documents),
    inflated(stored.termStats.features),
    inflatedBytes(stored.index.postings),
  ]);
  return { ...stored, index: { ...stored.index, text, documents, postings }, termStats: { ...stored.termStats, features } };
}
