/** For tests: a device's bookmarks in memory, applying sync changes as the real store must, and edited as the library edits. */
import type { Bookmark, Paper, Tombstone } from '../paper';
import type { SyncLocalStore } from './engine';
import { changeTime, type LocalSnapshot, type SyncLocalChange } from './merge';

/**
 * The editable parts of a bookmark.
 *
 * @example
 * store.edit('2211.05344', { tags: ['nlp'], read: true } satisfies BookmarkEdit);
 */
export type BookmarkEdit = Partial<Pick<Bookmark, 'tags' | 'note' | 'read'>>;

/**
 * One device's library. Edits are stamped with `changeTime`, as the library should stamp them.
 *
 * @example
 * const laptop = new MemoryStore(() => Date.now());
 * laptop.add(paper);
 * laptop.edit(paper.key, { tags: ['nlp'] });
 * await reconcile(area, laptop);
 */
export class MemoryStore implements SyncLocalStore {
  readonly bookmarks = new Map<string, Bookmark>();
  readonly tombstones = new Map<string, Tombstone>();
  /** Runs inside `apply` before the changes are checked: a test can edit "during" a sync, or throw. */
  beforeApply: () => void = () => undefined;

  constructor(private readonly clock: () => number) {}

  async read(): Promise<LocalSnapshot> {
    return structuredClone({ bookmarks: [...this.bookmarks.values()], tombstones: [...this.tombstones.values()] });
  }

  async apply(changes: SyncLocalChange[]): Promise<void> {
    this.beforeApply();
    for (const change of changes) {
      const key = change.kind === 'put' ? change.bookmark.key : change.tombstone.key;
      if (this.changedAt(key) !== change.seen) continue;
      if (change.kind === 'put') {
        this.bookmarks.set(key, structuredClone(change.bookmark));
        this.tombstones.delete(key);
      } else {
        this.bookmarks.delete(key);
        this.tombstones.set(key, { ...change.tombstone });
      }
    }
  }

  /** Bookmarks `paper` (again, if it was removed). */
  add(paper: Paper): Bookmark {
    const now = changeTime(this.clock(), this.tombstones.get(paper.key)?.deletedAt);
    const bookmark: Bookmark = { key: paper.key, paper, createdAt: now, updatedAt: now, tags: [], note: '', read: false };
    this.bookmarks.set(paper.key, bookmark);
    this.tombstones.delete(paper.key);
    return bookmark;
  }

  edit(key: string, edit: BookmarkEdit): void {
    const existing = this.bookmarks.get(key);
    if (!existing) throw new Error(`no bookmark ${key}`);
    this.bookmarks.set(key, { ...existing, ...edit, updatedAt: changeTime(this.clock(), existing.updatedAt) });
  }

  delete(key: string): void {
    const existing = this.bookmarks.get(key);
    if (!existing) throw new Error(`no bookmark ${key}`);
    this.bookmarks.delete(key);
    this.tombstones.set(key, { key, deletedAt: changeTime(this.clock(), existing.updatedAt) });
  }

  /** The bookmarks, by key, for comparing devices. */
  library(): Bookmark[] {
    return [...this.bookmarks.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  private changedAt(key: string): number | null {
    return this.bookmarks.get(key)?.updatedAt ?? this.tombstones.get(key)?.deletedAt ?? null;
  }
}

/**
 * A paper whose snapshot survives a trip through sync unchanged (no abstract, one category), so two devices'
 * libraries can be compared whole.
 *
 * @example
 * samplePaper(3); // { key: '2301.00003', arxivId: '2301.00003', title: 'Paper 3', … }
 */
export function samplePaper(n: number, extra: Partial<Paper> = {}): Paper {
  const key = `2301.${String(n).padStart(5, '0')}`;
  return { key, arxivId: key, title: `Paper ${n}`, authors: ['Ada Lovelace', 'Grace Hopper'], abstract: '', categories: ['cs.CL'], links: [], ...extra };
}
