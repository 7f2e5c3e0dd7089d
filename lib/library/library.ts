/** The library the background worker serves: catalogue and bookmarks in IndexedDB, searched through one index. */
import { installCatalogue, type CatalogueInstall } from '../catalogue/install';
import { describeProblem } from '../catalogue/parse';
import type { SidenoteDatabase } from '../db/database';
import { bookmarksRevision, getMeta } from '../db/meta';
import type { Bookmark, ListingMark, Paper, RelatedEntry, SearchHit, Tombstone } from '../paper';
import { bookmarkMatcher, normalizeTags, tagCounts, type BookmarkFilter, type BookmarkPatch } from './bookmark-filter';
import { liftBookmarked, liftReach, possibleCopies, relatedCandidates, withoutSamePaper } from '../search/related';
import { isSamePaper } from '../paper-identity';
import { preferBookmarkedRelated } from '../settings';
import { isEmptyQuery, parseQuery } from '../search/query-syntax';
import { LastSearch } from '../search/last-search';
import { lookupKey, searchPapers } from '../search/search-papers';
import { matchedWords, snippet } from '../search/snippet';
import { paperWords } from '../search/terms';
import { bookmarksShard, bookmarksShardVersion, loadIndexState, prepareShards, readIndexRows, shardOfRowSteps, stateOf, type IndexState } from './index-state';
import { packContents } from './pack-pages';
import { BOOKMARKS_SHARD, BUNDLED_PACK_ID } from '../catalogue/pack-ids';
import {
  beginPack,
  cataloguePapers,
  deleteHiddenPacks,
  hidePack,
  listPacks,
  publishPack,
  shardOwner,
  storePackPapers,
} from '../catalogue/pack-store';
import type { IndexShardRow, PackRow } from '../db/database';
import { buildShardRow, shardRowSteps, type IndexShard } from './shard';
import { PackCounts } from './pack-counts';
import { deflateHere, storedShardRow } from './stored-shard-row';
import type { Deflate } from '../db/deflated';
import { forEachWithPauses, pause, SLICE_MS } from './pause';
import { runAtOnce, runWithPauses } from '../steps';
import { memo, type Memo } from './memo';
import { BoundedMemo } from '../bounded-memo';
import { changeTime, type SyncLocalChange } from '../sync/merge';

/**
 * Papers of an importing pack stored per transaction. Each commit costs Chromium's IndexedDB backend, in the browser
 * process, more than its papers do: storing 100,000 papers 100 at a time kept that process busy for 38 s of the 40 s
 * the file took to read, on a machine with two cores. 250 at a time took the import from 89 to 75 s; 500 took it to 72
 * s but kept a search or a panel waiting behind a write for up to 160 ms, where 250 kept them under 80 ms.
 */
const PAPERS_PER_WRITE = 250;

/** More candidates than shown, so dropping versions and duplicates of the current paper still leaves enough. */
const CANDIDATE_FACTOR = 3;

/** Catalogue papers kept once read, per index state: a few popup pages' worth, some megabytes. */
const KEPT_PAPERS = 2_000;

/** Sets of matched terms whose snippet is kept per paper: typing a word matches a listed paper by a few of them. */
const SHOWN_PER_PAPER = 8;

/** What a search hit shows of its match. */
interface ShownMatch {
  snippet: string;
  matchedTerms: string[];
}

/**
 * Everything the extension asks of its data. Holds no state that matters across worker restarts:
 * the index is a cache of what IndexedDB holds, loaded on first use.
 *
 * @example
 * const library = new Library(new SidenoteDatabase(), fetchBundledCatalogue);
 * const hits = await library.search('masked language', 20);
 */
export class Library {
  private readonly indexState: Memo<IndexState> = memo(async () => {
    // The catalogue seldom needs repair (see `catalogue`), and the index's rows tell when it does.
    let rows = await readIndexRows(this.db);
    if (!rows.catalogueInstalled || rows.packRows.some((pack) => pack.state === 'removing')) {
      await this.catalogue.get();
      rows = await readIndexRows(this.db);
    }
    const state = await loadIndexState(this.db, rows);
    prepareShards(state, { signal: this.signal }).catch((error: unknown) =>
      console.error('Sidenote: the search index could not be prepared.', error),
    );
    return state;
  });

  /**
   * A worker stopped during the first install left no catalogue (the transaction rolled back): install it now. A
   * worker stopped while removing a pack left its papers hidden but stored: delete them now.
   */
  private readonly catalogue: Memo<void> = memo(async () => {
    // Independent, so asked together: a woken worker's first answer waits for both.
    const [installed, deleted] = await Promise.all([getMeta(this.db, 'catalogue'), deleteHiddenPacks(this.db)]);
    if (!installed) await this.installBundled();
    if (deleted.length > 0) this.indexState.reset();
  });

  /** Statistics of the packs being imported, counted as their batches arrive. */
  private readonly packCounts = new PackCounts();

  /** The last popup search's answer: the index it came from is replaced, or forgotten before a change in place. */
  private readonly lastSearch = new LastSearch();

  /**
   * Catalogue papers already read (null for keys the catalogue lacks), by the index state they were read under: the
   * catalogue changes only with the state, and keystrokes list the same papers again and again.
   */
  private readonly cataloguedUnder = new WeakMap<IndexState, BoundedMemo<string, Paper | null>>();

  /**
   * Snippets and words to mark, by paper (the objects kept above) and matched terms. Each keystroke lists mostly the
   * papers of the one before, matched by the same terms, and making a snippet reads the whole abstract: 20 of them
   * were 4 to 6 ms of a keystroke at the 95th percentile in Chromium.
   */
  private readonly shownMatches = new WeakMap<Paper, BoundedMemo<string, ShownMatch>>();

  /** The keys of every bookmark, read once and forgotten whenever the bookmarks change. */
  private readonly bookmarkKeys: Memo<Set<string>> = memo(async () => new Set(await this.db.bookmarks.toCollection().primaryKeys()));

  /** Told after every change made on this device (not those synced from others), so sync can send it. */
  onLocalChange: () => void = () => undefined;

  /** Whether bookmarked papers are lifted among related papers: the user's setting, asked on every call. */
  preferBookmarked: () => Promise<boolean> = () => preferBookmarkedRelated.getValue();

  /** Once aborted, stops the library's background work (a worker's ends with the worker). */
  private readonly signal: AbortSignal | undefined;

  /** Deflates an imported pack's index for storing: here unless told otherwise. */
  private readonly deflate: Deflate;

  /**
   * `catalogueText` reads the bundled catalogue; it is asked only when the stored one may be stale or missing.
   * `signal`, once aborted, stops the library's background work. `deflate` deflates an imported pack's index (see
   * `settingsPageDeflation`).
   */
  constructor(
    private readonly db: SidenoteDatabase,
    private readonly catalogueText: () => Promise<string>,
    { signal, deflate = deflateHere }: { signal?: AbortSignal; deflate?: Deflate } = {},
  ) {
    this.signal = signal;
    this.deflate = deflate;
  }

  /** Installs the bundled catalogue if its version changed (on install and update); the index follows on next use. */
  async refreshCatalogue(): Promise<CatalogueInstall> {
    const install = await this.installBundled();
    if (install.changed) this.indexState.reset();
    return install;
  }

  /**
   * Up to `limit` papers related to `paper`, never the paper itself nor another version or duplicate of it; fewer,
   * or none, when nothing is close. Bookmarked papers come first among near-ties unless `preferBookmarked` says not.
   */
  async related(paper: Paper, limit: number): Promise<RelatedEntry[]> {
    const loading = this.indexState.get();
    // Split while a woken worker reads its index: the first answer then waits for the longer of the two, not both.
    const split = paperWords(paper);
    const state = await loading;
    const { index, stats } = state;
    // The paper may be in the library under another key (an OpenReview or ACL page of a catalogue paper).
    const possible = possibleCopies(index, paper);
    // Most often the paper alone, which needs no reading to be told from itself.
    const { papers: records } = possible.some((key) => key !== paper.key) ? await this.papersAndBookmarks(state, possible) : { papers: new Map<string, Paper>() };
    const self = new Set(
      possible.filter((key) => {
        const record = records.get(key);
        return key === paper.key || (record !== undefined && isSamePaper(paper, record));
      }),
    );
    const close = relatedCandidates(index, stats, paper, self, { split });
    const wanted = limit * CANDIDATE_FACTOR;
    // The papers that can be listed are read with the bookmarks, not after them: one wait for the database, not two.
    const [{ papers, bookmarked }, preferBookmarked] = await Promise.all([
      this.papersAndBookmarks(state, liftReach(close, wanted).map((candidate) => candidate.key)),
      this.preferBookmarked(),
    ]);
    const ranked = liftBookmarked(close, bookmarked, preferBookmarked);
    const candidates = ranked.slice(0, wanted);
    const entries = candidates.flatMap((candidate): RelatedEntry[] => {
      const related = papers.get(candidate.key);
      if (!related) return [];
      const { sharedTerms, sharedAuthors, sharedCategories } = candidate;
      return [{ paper: related, sharedTerms, sharedAuthors, sharedCategories, bookmarked: bookmarked.has(candidate.key) }];
    });
    return withoutSamePaper(paper, entries, limit);
  }

  /**
   * Catalogue papers and bookmarks matching a typed query (see `query-syntax.ts`), best first, at most `limit`, each
   * with the words to highlight, an abstract snippet and the total number of matches. `unhurried` scores every
   * matching paper in full, as MiniSearch alone would, for the exact count: the reference the quick answer is checked
   * against.
   */
  async search(query: string, limit: number, { unhurried = false }: { unhurried?: boolean } = {}): Promise<SearchHit[]> {
    const parsed = parseQuery(query);
    if (isEmptyQuery(parsed)) return [];
    const only = parsed.bookmarked || parsed.tags.length > 0 ? await this.bookmarkKeysWith(parsed.tags) : undefined;
    const state = await this.indexState.get();
    const { index } = state;
    const search = () => searchPapers(index, parsed, { limit, only, unhurried, narrow: !unhurried });
    // A bookmark filter's keys change with the bookmarks, which the index may not: such a search is never reused.
    const { matches, total, complete } = only ? search() : this.lastSearch.answer(index, `${limit}|${unhurried}|${lookupKey(parsed)}`, search);
    const keys = matches.map((match) => match.key);
    const { papers, bookmarked } = await this.papersAndBookmarks(state, keys);
    return matches.flatMap(({ key, terms }): SearchHit[] => {
      const paper = papers.get(key);
      if (!paper) return [];
      const shown = this.shownMatch(paper, terms);
      return [
        {
          paper,
          bookmarked: bookmarked.has(key),
          matchedTerms: shown.matchedTerms,
          ...(shown.snippet ? { snippet: shown.snippet } : {}),
          total,
          complete,
        },
      ];
    });
  }

  /** The snippet of `paper`'s abstract around `terms`, and the words of its title and snippet they match, kept. */
  private shownMatch(paper: Paper, terms: readonly string[]): ShownMatch {
    let kept = this.shownMatches.get(paper);
    if (!kept) {
      kept = new BoundedMemo<string, ShownMatch>(SHOWN_PER_PAPER);
      this.shownMatches.set(paper, kept);
    }
    return kept.answer([...terms].sort().join(' '), () => {
      const matched = new Set(terms);
      const shown = snippet(paper.abstract, matched);
      return { snippet: shown, matchedTerms: matchedWords(`${paper.title} ${shown}`, matched) };
    });
  }

  /** Bookmarks `paper`, or removes its bookmark. */
  async toggleBookmark(paper: Paper, now = Date.now()): Promise<{ bookmarked: boolean }> {
    const existing = await this.db.bookmarks.get(paper.key);
    if (existing) {
      await this.commitBookmarkChanges({ put: [], remove: [paper.key] }, now);
      return { bookmarked: false };
    }
    const [catalogued] = await cataloguePapers(this.db, [paper.key]);
    const snapshot = { ...paper, ...catalogued, ...(paper.url ? { url: paper.url } : {}) };
    await this.commitBookmarkChanges(
      { put: [{ key: paper.key, paper: snapshot, createdAt: now, updatedAt: now, tags: [], note: '', read: false }], remove: [] },
      now,
    );
    return { bookmarked: true };
  }

  /** Changes a bookmark's tags, note or read state; tags are normalised. Returns the bookmark as stored, or null if there is none. */
  async updateBookmark(key: string, patch: BookmarkPatch, now = Date.now()): Promise<Bookmark | null> {
    const existing = await this.db.bookmarks.get(key);
    if (!existing) return null;
    const updated: Bookmark = {
      ...existing,
      ...(patch.tags ? { tags: normalizeTags(patch.tags) } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.read !== undefined ? { read: patch.read } : {}),
      updatedAt: changeTime(now, existing.updatedAt),
    };
    await this.commitBookmarkChanges({ put: [updated], remove: [] }, now);
    return updated;
  }

  /** Renames a tag on every bookmark that has it (merging with `to` where both are present). Returns how many changed. */
  async renameTag(from: string, to: string, now = Date.now()): Promise<number> {
    const [source] = normalizeTags([from]);
    const [target] = normalizeTags([to]);
    if (!source || !target || source === target) return 0;
    const tagged = await this.db.bookmarks.where('tags').equals(source).toArray();
    const put = tagged.map((bookmark) => ({
      ...bookmark,
      tags: normalizeTags(bookmark.tags.map((tag) => (tag === source ? target : tag))),
      updatedAt: changeTime(now, bookmark.updatedAt),
    }));
    await this.commitBookmarkChanges({ put, remove: [] }, now);
    return put.length;
  }

  /**
   * Gives a bookmark saved from a bare link (no abstract yet) the metadata its page shows. True when it changed.
   */
  async completeBookmark(paper: Paper, now = Date.now()): Promise<boolean> {
    const existing = await this.db.bookmarks.get(paper.key);
    if (!existing || existing.paper.abstract || !paper.abstract) return false;
    const [catalogued] = await cataloguePapers(this.db, [paper.key]);
    const completed = { ...existing, paper: { ...paper, ...catalogued }, updatedAt: changeTime(now, existing.updatedAt) };
    await this.commitBookmarkChanges({ put: [completed], remove: [] }, now);
    return true;
  }

  /** Writes imported or synced bookmarks as they are (their own timestamps kept), all or none. */
  async putBookmarks(bookmarks: Bookmark[], now = Date.now()): Promise<void> {
    await this.commitBookmarkChanges({ put: bookmarks, remove: [] }, now);
  }

  /** Bookmarks, newest first, that match `filter`, one page at a time, with the tags of the whole library. */
  async listBookmarks(filter: BookmarkFilter = {}, page: { offset: number; limit: number } = { offset: 0, limit: Infinity }) {
    const all = await this.db.bookmarks.orderBy('createdAt').reverse().toArray();
    const matching = all.filter(bookmarkMatcher(filter));
    return {
      bookmarks: matching.slice(page.offset, page.offset + page.limit),
      total: matching.length,
      tags: tagCounts(all),
    };
  }

  /**
   * Applies changes synced from other devices as they are, timestamps included, in one transaction. A change whose
   * bookmark changed here since sync read it (`seen` is no longer its change time) is skipped: it goes out next time.
   */
  async applySyncChanges(changes: SyncLocalChange[], now = Date.now()): Promise<void> {
    const keyOf = (change: SyncLocalChange) => (change.kind === 'put' ? change.bookmark.key : change.tombstone.key);
    await this.commitBookmarkChanges(
      {
        put: changes.flatMap((change) => (change.kind === 'put' ? [change.bookmark] : [])),
        remove: changes.flatMap((change) => (change.kind === 'delete' ? [change.tombstone.key] : [])),
        tombstones: changes.flatMap((change) => (change.kind === 'delete' ? [change.tombstone] : [])),
        unlessChangedSince: new Map(changes.map((change) => [keyOf(change), change.seen])),
      },
      now,
    );
  }

  /**
   * Removes every bookmark, tombstone and cached paper, in one transaction, and every imported pack (the bundled
   * catalogue stays: it ships with the extension). Leaves no tombstones: this device forgets, other devices are not
   * told to delete anything.
   */
  async deleteAll(): Promise<void> {
    const { db } = this;
    this.bookmarkKeys.reset();
    await db.transaction('rw', [db.bookmarks, db.tombstones, db.pagePapers, db.meta, db.indexShards, db.packs], async () => {
      await Promise.all([db.bookmarks.clear(), db.tombstones.clear(), db.pagePapers.clear(), db.indexShards.delete(BOOKMARKS_SHARD)]);
      await db.meta.put({ name: 'bookmarksRevision', revision: (await bookmarksRevision(db)) + 1 });
      // Hidden at once, with the rest; their papers are deleted below, or on the next wake if the worker stops first.
      await db.packs.where('id').notEqual(BUNDLED_PACK_ID).modify({ state: 'removing' });
    }).finally(() => this.bookmarkKeys.reset());
    this.indexState.reset();
    await deleteHiddenPacks(db);
    this.indexState.reset();
  }

  /** Every bookmark and tombstone, for export and backup. */
  async exportLibrary(): Promise<{ bookmarks: Bookmark[]; tombstones: Tombstone[] }> {
    const { db } = this;
    return db.transaction('r', db.bookmarks, db.tombstones, async () => ({
      bookmarks: await db.bookmarks.orderBy('createdAt').reverse().toArray(),
      tombstones: await db.tombstones.toArray(),
    }));
  }

  /**
   * The one way bookmarks change. The bookmarks, their tombstones, the bookmark revision and the index snapshot
   * are written in one transaction, so a worker stopped halfway, or a write refused midway, leaves all as they were.
   * The index follows incrementally: only papers outside the catalogue enter or leave it with their bookmarks.
   *
   * Change times only grow per bookmark (see `changeTime`), so sync orders every device's changes the same way:
   * a removal is stamped after the bookmark's last change, and a bookmark put back over a removal after that removal.
   * Changes synced from other devices bring their own times (`tombstones`) and are skipped where `unlessChangedSince`
   * no longer holds.
   */
  private async commitBookmarkChanges(
    changes: { put: Bookmark[]; remove: string[]; tombstones?: Tombstone[]; unlessChangedSince?: Map<string, number | null> },
    now: number,
  ): Promise<void> {
    if (changes.put.length === 0 && changes.remove.length === 0) return;
    const state = await this.indexState.get();
    const { db } = this;
    const synced = changes.unlessChangedSince !== undefined;
    // Forgotten before the write and again after it: a read of the keys that began meanwhile may predate it.
    this.bookmarkKeys.reset();
    try {
      await db.transaction('rw', [db.papers, db.bookmarks, db.tombstones, db.meta, db.indexShards], async () => {
        const allKeys = [...changes.put.map((bookmark) => bookmark.key), ...changes.remove];
        const [stored, buried, catalogued] = await Promise.all([
          db.bookmarks.bulkGet(allKeys),
          db.tombstones.bulkGet(allKeys),
          db.papers.bulkGet(allKeys),
        ]);
        const ready = new Set(state.packs.keys());
        const before = new Map(
          allKeys.map((key, i) => {
            const row = catalogued[i];
            return [key, { bookmark: stored[i], tombstone: buried[i], catalogued: row !== undefined && shardOwner(row, ready) !== undefined }];
          }),
        );
        const isCurrent = (key: string) => {
          const { bookmark, tombstone } = before.get(key)!;
          return !synced || changes.unlessChangedSince!.get(key) === (bookmark?.updatedAt ?? tombstone?.deletedAt ?? null);
        };
        const put = changes.put
          .filter((bookmark) => isCurrent(bookmark.key))
          .map((bookmark) => {
            const deletedAt = before.get(bookmark.key)!.tombstone?.deletedAt;
            return !synced && deletedAt !== undefined && deletedAt >= bookmark.updatedAt
              ? { ...bookmark, updatedAt: changeTime(now, deletedAt) }
              : bookmark;
          });
        const remove = changes.remove.filter(isCurrent);
        const givenTombstones = new Map(changes.tombstones?.map((tombstone) => [tombstone.key, tombstone]));
        const tombstones = remove.map(
          (key) => givenTombstones.get(key) ?? { key, deletedAt: changeTime(now, before.get(key)!.bookmark?.updatedAt) },
        );
        if (put.length === 0 && remove.length === 0) return;
        const outside = state.shards.get(BOOKMARKS_SHARD)!;
        this.lastSearch.forget();
        for (const key of [...put.map((bookmark) => bookmark.key), ...remove]) {
          const { bookmark: old, catalogued: inCatalogue } = before.get(key)!;
          if (inCatalogue || !old || !outside.index.has(key)) continue;
          outside.index.discard(key);
          outside.stats.remove(old.paper);
        }
        for (const bookmark of put) {
          if (before.get(bookmark.key)!.catalogued || outside.index.has(bookmark.key)) continue;
          outside.index.add(bookmark.paper);
          outside.stats.add(bookmark.paper);
        }
        await db.bookmarks.bulkPut(put);
        await db.tombstones.bulkDelete(put.map((bookmark) => bookmark.key));
        await db.bookmarks.bulkDelete(remove);
        await db.tombstones.bulkPut(tombstones);
        const revision = (await bookmarksRevision(db)) + 1;
        await db.meta.put({ name: 'bookmarksRevision', revision });
        outside.version = bookmarksShardVersion(revision, state.packs);
        await db.indexShards.put(runAtOnce(shardRowSteps(BOOKMARKS_SHARD, outside)));
      });
    } catch (error) {
      // The in-memory index may hold a change the database refused: reload it from the database next time.
      this.indexState.reset();
      throw error;
    } finally {
      this.bookmarkKeys.reset();
    }
    if (!synced) this.onLocalChange();
  }

  /** A catalogue paper, or else a bookmarked one, or else one read from its abstract page, by key. */
  async paperByKey(key: string): Promise<Paper | null> {
    await this.catalogue.get();
    return (
      (await cataloguePapers(this.db, [key]))[0] ??
      (await this.db.bookmarks.get(key))?.paper ??
      (await this.db.pagePapers.get(key))?.paper ??
      null
    );
  }

  /** Every catalogue pack, the bundled one first. */
  async listPacks(): Promise<PackRow[]> {
    await this.catalogue.get();
    return listPacks(this.db);
  }

  /**
   * Starts importing a pack; its papers stay out of sight until `finishPackImport`. The index is loaded first: loaded
   * later, for a search during the import, it would share the worker with the arriving batches and keep that search
   * waiting.
   */
  async beginPackImport(pack: { name: string; bytes: number }, now = Date.now()): Promise<PackRow> {
    await this.indexState.get();
    return beginPack(this.db, pack, now);
  }

  /**
   * Stores one batch of an importing pack; sending a batch again adds nothing twice. Returns the papers stored so far.
   * The papers are counted for the pack's statistics after the answer, while the next batch is being read.
   */
  async addPackPapers(packId: string, papers: Paper[]): Promise<{ papers: number }> {
    // A few transactions rather than one: a panel's read of the papers waits for the write before it. An empty batch
    // still takes one, which checks that the import goes on.
    let start = 0;
    let count: number;
    do {
      const stored = await storePackPapers(this.db, packId, papers.slice(start, start + PAPERS_PER_WRITE));
      this.packCounts.add(packId, stored.joined);
      count = stored.papers;
      start += PAPERS_PER_WRITE;
    } while (start < papers.length);
    return { papers: count };
  }

  /**
   * Indexes an importing pack and publishes it: its papers and its index shard appear together, in one transaction.
   * The papers are read and indexed a page at a time, with pauses: panels and search keep answering meanwhile, and
   * the worker never holds every abstract of a large pack at once.
   */
  async finishPackImport(packId: string, { skipped }: { skipped: number }, now = Date.now()): Promise<PackRow> {
    // Asked again after a worker stopped before answering: the pack was published then.
    const asked = await this.db.packs.get(packId);
    if (asked?.state === 'ready') return asked;
    const state = await this.indexState.get();
    // The worker goes on with the new shard as a woken worker reads it, not as built: the built one holds a string and
    // a map entry per counted feature (millions for a large pack), and each full garbage collection of the worker then
    // stopped it long enough to stall popup keystrokes for 100 to 470 ms. It is prepared before the pack appears, so
    // the first questions after the import do not wait for that.
    const snapshot = await this.newShardRow(packId, new Set([...state.packs.keys(), packId]), asked?.papers ?? 0);
    const [row, shard] = await Promise.all([storedShardRow(snapshot, this.deflate), runWithPauses(preparedShardSteps(snapshot), pause)]);
    const { db } = this;
    const pack = await db.transaction('rw', db.packs, db.indexShards, async () => {
      const published = await publishPack(db, packId, { skipped }, now);
      shard.version = published.version;
      await db.indexShards.put({ ...row, version: published.version });
      return published;
    });
    // Bookmarked papers the pack holds leave the bookmarks shard, which is rebuilt; the other shards stay as they are.
    const packs = new Map([...state.packs, [packId, pack]]);
    const shards = new Map([...state.shards, [packId, shard]]);
    shards.set(BOOKMARKS_SHARD, await bookmarksShard(db, packs));
    this.indexState.replace(stateOf(shards, packs));
    return pack;
  }

  /**
   * The row of an importing pack's shard, built from its papers (`held` of them stored) with the `ready` packs'
   * papers left to them. Only the row is returned: the built shard can be collected as soon as the row is written.
   */
  private async newShardRow(packId: string, ready: ReadonlySet<string>, held: number): Promise<IndexShardRow> {
    const counted = await this.packCounts.take(packId, held);
    const { owned, others } = await packContents(this.db, packId, ready, counted?.keys);
    // Papers an earlier pack holds stay in its shard: they leave this one's statistics.
    if (counted && others.length > 0) {
      await pause();
      await forEachWithPauses(others, (paper) => counted.features.remove(paper));
    }
    return buildShardRow(packId, owned, '', { pauseEveryMs: SLICE_MS, counted: counted?.features });
  }

  /** Removes a pack, or cancels its import: its papers leave the catalogue at once (bookmarks keep theirs). */
  async removePack(packId: string): Promise<void> {
    this.packCounts.forget(packId);
    await hidePack(this.db, packId);
    this.indexState.reset();
    await deleteHiddenPacks(this.db);
    this.indexState.reset();
  }

  /** Keeps a paper read from its abstract page, for PDF tabs of papers in neither catalogue nor bookmarks. */
  async rememberPagePaper(paper: Paper, now = Date.now()): Promise<void> {
    await this.db.pagePapers.put({ key: paper.key, paper, fetchedAt: now });
  }

  /** Which keys a listing page should mark: bookmarked wins over merely catalogued. */
  async listingMarks(keys: string[]): Promise<Record<string, ListingMark>> {
    await this.catalogue.get();
    const [catalogued, bookmarked] = await Promise.all([cataloguePapers(this.db, keys), this.bookmarkState(keys)]);
    return Object.fromEntries(
      keys.flatMap((key, i): [string, ListingMark][] => {
        if (bookmarked[key]) return [[key, 'bookmarked']];
        return catalogued[i] ? [[key, 'catalogued']] : [];
      }),
    );
  }

  /** Keys of the bookmarks that have every one of `tags` (all bookmarks when there are none). */
  private async bookmarkKeysWith(tags: string[]): Promise<Set<string>> {
    const [first, ...rest] = normalizeTags(tags);
    const candidates = first === undefined ? this.db.bookmarks.toCollection() : this.db.bookmarks.where('tags').equals(first);
    const bookmarks = await candidates.filter((bookmark) => rest.every((tag) => bookmark.tags.includes(tag))).toArray();
    return new Set(bookmarks.map((bookmark) => bookmark.key));
  }

  /** Whether each key is bookmarked. */
  async bookmarkState(keys: string[]): Promise<Record<string, boolean>> {
    const bookmarked = await this.bookmarkKeys.get();
    return Object.fromEntries(keys.map((key) => [key, bookmarked.has(key)]));
  }

  /** Records left out of the catalogue are reported, never dropped in silence. */
  private async installBundled(): Promise<CatalogueInstall> {
    const install = await installCatalogue(this.db, await this.catalogueText());
    for (const problem of install.problems) console.error(`Sidenote catalogue: ${describeProblem(problem)}`);
    return install;
  }

  /**
   * The papers of `listed` (the catalogue's record, else the bookmark's), and the keys of every bookmark. Papers
   * already read under `state`, and the bookmarks' keys, are not read again: a popup keystroke that lists the papers
   * of the keystroke before reads nothing, where one request per paper took half its time in Chromium.
   */
  private async papersAndBookmarks(state: IndexState, listed: string[]): Promise<{ papers: Map<string, Paper>; bookmarked: ReadonlySet<string> }> {
    let kept = this.cataloguedUnder.get(state);
    if (!kept) {
      kept = new BoundedMemo<string, Paper | null>(KEPT_PAPERS);
      this.cataloguedUnder.set(state, kept);
    }
    const catalogued = new Map(listed.map((key) => [key, kept.known(key)]));
    const unread = listed.filter((key) => catalogued.get(key) === undefined);
    // Checked against the packs the state was built for: the papers listed are those its index found.
    const [read, bookmarked] = await Promise.all([
      unread.length > 0 ? cataloguePapers(this.db, unread, new Set(state.packs.keys())) : [],
      this.bookmarkKeys.get(),
    ]);
    unread.forEach((key, i) => catalogued.set(key, kept.remember(key, read[i] ?? null)));
    // A bookmarked paper the catalogue lacks is listed as its bookmark keeps it.
    const onlyBookmarked = listed.filter((key) => catalogued.get(key) === null && bookmarked.has(key));
    const bookmarks = onlyBookmarked.length > 0 ? await this.db.bookmarks.bulkGet(onlyBookmarked) : [];
    onlyBookmarked.forEach((key, i) => catalogued.set(key, bookmarks[i]?.paper ?? null));
    const papers = new Map<string, Paper>();
    for (const [key, paper] of catalogued) if (paper) papers.set(key, paper);
    return { papers, bookmarked };
  }
}

/** The shard a row holds, prepared for its first questions, in steps. */
function* preparedShardSteps(row: IndexShardRow): Generator<void, IndexShard> {
  const shard = yield* shardOfRowSteps(row, '');
  yield* shard.index.preparationSteps();
  return shard;
}
