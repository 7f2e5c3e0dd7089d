/** Schema version 4: catalogue packs. Papers record the packs that hold them; each pack's search index is stored on its own. */
import type { Transaction } from 'dexie';
import { BUNDLED_PACK_ID } from '../../catalogue/pack-ids';
import type { Migration } from './migration';

export const v4: Migration = {
  version: 4,
  stores: {
    // `packs` is multi-entry: a pack's papers are found, and removed, through it.
    papers: 'key, *packs',
    packs: 'id',
    indexShards: 'shard',
  },
  upgrade: async (transaction: Transaction) => {
    // Every paper stored so far came from the bundled catalogue, which becomes the first pack.
    await transaction
      .table('papers')
      .toCollection()
      .modify((paper: Record<string, unknown>) => {
        paper.packs = [BUNDLED_PACK_ID];
      });
    const catalogue = (await transaction.table('meta').get('catalogue')) as { version: string; papers: number; loadedAt: number } | undefined;
    if (catalogue) {
      await transaction.table('packs').put({
        id: BUNDLED_PACK_ID,
        name: 'Pre-trained language models (bundled)',
        state: 'ready',
        papers: catalogue.papers,
        bytes: 0,
        importedAt: catalogue.loadedAt,
        version: catalogue.version,
      });
    }
    // The one snapshot of the whole index gives way to one snapshot per pack: rebuilt on first use.
    await transaction.table('meta').delete('indexSnapshot');
  },
};
