/** Gets the search index for a woken worker: from the stored snapshot when it is current, else rebuilt and stored. */
import type { SidenoteDatabase } from '../db/database';
import { bookmarksRevision, getMeta, type IndexSnapshotMeta } from '../db/meta';
import type { Paper } from '../paper';
import { createPaperIndex, INDEX_FORMAT_VERSION, paperIndexFromJSON, type PaperIndex } from '../search/paper-index';
import { TermStats } from '../search/term-stats';

/** The in-memory search state of the worker. */
export interface IndexState {
  index: PaperIndex;
  stats: TermStats;
  catalogueVersion: string;
}

/**
 * Loads the snapshot if it was built from the stored catalogue version, the current bookmarks
 * and this index format and can be read; otherwise rebuilds from the database and stores a new snapshot.
 * Records in `meta.indexLoad` which of the two happened.
 *
 * @example
 * const { index, stats } = await loadIndexState(db);
 */
export async function loadIndexState(db: SidenoteDatabase, now = Date.now()): Promise<IndexState> {
  const [catalogue, revision, snapshot, lastLoad] = await db.transaction('r', db.meta, () =>
    Promise.all([getMeta(db, 'catalogue'), bookmarksRevision(db), getMeta(db, 'indexSnapshot'), getMeta(db, 'indexLoad')]),
  );
  const builds = lastLoad?.builds ?? 0;

  if (
    snapshot?.formatVersion === INDEX_FORMAT_VERSION &&
    snapshot.catalogueVersion === (catalogue?.version ?? '') &&
    snapshot.bookmarksRevision === revision
  ) {
    const state = restoreSnapshot(snapshot);
    if (state) {
      await db.meta.put({ name: 'indexLoad', source: 'snapshot', builds, at: now });
      return state;
    }
  }

  return db.transaction('rw', db.papers, db.bookmarks, db.meta, async () => {
    const catalogueVersion = (await getMeta(db, 'catalogue'))?.version ?? '';
    const papers = await db.papers.toArray();
    const catalogueKeys = new Set(papers.map((paper) => paper.key));
    const bookmarked = (await db.bookmarks.toArray()).map((bookmark) => bookmark.paper);
    const documents: Paper[] = [...papers, ...bookmarked.filter((paper) => !catalogueKeys.has(paper.key))];
    const state = { index: createPaperIndex(documents), stats: TermStats.of(documents), catalogueVersion };
    await db.meta.put(snapshotOf(state, await bookmarksRevision(db)));
    await db.meta.put({ name: 'indexLoad', source: 'rebuilt', builds: builds + 1, at: now });
    return state;
  });
}

/** The state a snapshot holds, or null when it cannot be read (a damaged row): the caller then rebuilds. */
function restoreSnapshot(snapshot: IndexSnapshotMeta): IndexState | null {
  try {
    return {
      index: paperIndexFromJSON(snapshot.index),
      stats: TermStats.fromJSON(snapshot.termStats),
      catalogueVersion: snapshot.catalogueVersion,
    };
  } catch (error) {
    console.warn('Sidenote: the stored search index is damaged and is being rebuilt.', error);
    return null;
  }
}

/**
 * The meta row that stores `state` as built with bookmarks at `revision`.
 *
 * @example
 * await db.meta.put(snapshotOf(state, revision));
 */
export function snapshotOf(state: IndexState, revision: number): IndexSnapshotMeta {
  return {
    name: 'indexSnapshot',
    formatVersion: INDEX_FORMAT_VERSION,
    catalogueVersion: state.catalogueVersion,
    bookmarksRevision: revision,
    index: JSON.stringify(state.index),
    termStats: state.stats.toJSON(),
  };
}
