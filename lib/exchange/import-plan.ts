/** Works out what an import will do to the library (new, updated, unchanged, rejected) before anything is written. */
import { normalizeTags } from '../library/bookmark-filter';
import type { Bookmark, Paper } from '../paper';
import { normalizedTitle } from '../paper-identity';
import { limitViolation } from './bookmark-limits';

/**
 * A bookmark read from an import file; what the file does not say (read state, times) is left out.
 * A `Bookmark` is one, so a backup's bookmarks are imported as they are.
 *
 * @example
 * const fromBibtex: ParsedBookmark = { paper, tags: ['nlp'], note: 'Read §3.' };
 * const fromBackup: ParsedBookmark = bookmark;
 */
export interface ParsedBookmark {
  paper: Paper;
  tags: string[];
  note: string;
  read?: boolean;
  createdAt?: number;
  updatedAt?: number;
}

/**
 * Paper fields an import may fill in where the library's copy has nothing.
 *
 * @example
 * const filled: FillableField[] = ['doi', 'abstract'];
 */
export type FillableField = (typeof FILLABLE_FIELDS)[number];

/**
 * An existing bookmark the import changes, and how.
 *
 * @example
 * const update: BookmarkUpdate = { before, after, addedTags: ['nlp'], note: 'appended', markedRead: false, filledFields: ['doi'] };
 */
export interface BookmarkUpdate {
  before: Bookmark;
  after: Bookmark;
  /** Tags the bookmark gains; none are ever removed. */
  addedTags: string[];
  /** `set` when the bookmark had no note, `appended` when the file's note was added after the existing one. */
  note: 'kept' | 'set' | 'appended';
  markedRead: boolean;
  filledFields: FillableField[];
}

/**
 * An entry the import leaves out, and why, in words for the preview.
 *
 * @example
 * const rejected: RejectedEntry<ParsedEntry> = { entry, reason: 'title is empty' }; // entry.line points into the file
 */
export interface RejectedEntry<Entry extends ParsedBookmark = ParsedBookmark> {
  entry: Entry;
  reason: string;
}

/**
 * What an import will do. Writing `added` and every `updated[].after` in one transaction applies it;
 * `unchanged` and `rejected` are for the preview only.
 *
 * @example
 * const plan: ImportPlan = planImport(existing, incoming, Date.now());
 * await library.putBookmarks([...plan.added, ...plan.updated.map((update) => update.after)]);
 */
export interface ImportPlan<Entry extends ParsedBookmark = ParsedBookmark> {
  added: Bookmark[];
  updated: BookmarkUpdate[];
  /** Existing bookmarks the file holds nothing new for. */
  unchanged: Bookmark[];
  rejected: RejectedEntry<Entry>[];
}

const FILLABLE_FIELDS = ['arxivId', 'doi', 'date', 'abstract', 'authors', 'categories', 'links', 'url'] as const;

/**
 * The plan for importing `incoming` into a library holding `existing`; pure, so the preview and the
 * write use one plan. Entries are merged with an existing bookmark, or with an earlier entry of the file,
 * that is the same paper: same arXiv id, else same DOI, else same normalised title, where a DOI or title
 * match never joins two papers whose arXiv ids (or DOIs) differ. An entry whose key another paper holds
 * (two titles with one slug) is rejected, since the database keeps one bookmark per key.
 *
 * Merging never loses anything: tags are united; a note is added below the existing one after a blank
 * line (unless the existing note already contains it, so importing a file twice changes nothing), not
 * replaced, because the note on this device may be the only copy; a bookmark read on either side is read;
 * paper fields the library lacks are filled in, those it has are kept. A bookmark keeps its key even when
 * the import gives it an arXiv id. Changed bookmarks get `updatedAt = now`; new ones keep the file's
 * times (so a restored backup is identical) or get `now`.
 *
 * @example
 * const plan = planImport((await library.exportLibrary()).bookmarks, parseBibtex(text).entries, Date.now());
 * // { added: [Bookmark], updated: [{ before, after, addedTags: ['nlp'], note: 'kept', … }], unchanged: [], rejected: [] }
 */
export function planImport<Entry extends ParsedBookmark>(existing: Bookmark[], incoming: Entry[], now: number): ImportPlan<Entry> {
  const library = new MatchingIndex();
  for (const bookmark of existing) library.add({ before: bookmark, bookmark, matched: false });
  const rejected: RejectedEntry<Entry>[] = [];

  for (const entry of incoming) {
    const violation = limitViolation(entry);
    if (violation) {
      rejected.push({ entry, reason: describe(violation) });
      continue;
    }
    const slot = library.find(entry.paper);
    if (slot && 'keyTakenBy' in slot) {
      rejected.push({ entry, reason: `its key "${entry.paper.key}" belongs to another paper, "${slot.keyTakenBy.paper.title}"` });
      continue;
    }
    if (!slot) {
      library.add({ before: undefined, bookmark: newBookmark(entry, now), matched: true });
      continue;
    }
    const merged = merge(slot.bookmark, entry, slot.before === undefined);
    const mergedViolation = limitViolation(merged);
    if (mergedViolation) {
      rejected.push({ entry, reason: `merged with "${slot.bookmark.paper.title}", its ${describe(mergedViolation)}` });
      continue;
    }
    slot.bookmark = merged;
    slot.matched = true;
    library.add(slot);
  }

  const plan: ImportPlan<Entry> = { added: [], updated: [], unchanged: [], rejected };
  for (const slot of library.slots) {
    if (!slot.before) {
      plan.added.push(slot.bookmark);
    } else if (slot.matched) {
      const update = describeUpdate(slot.before, slot.bookmark, now);
      if (update) plan.updated.push(update);
      else plan.unchanged.push(slot.before);
    }
  }
  return plan;
}

/** A bookmark of the plan: `before` is the library's copy, absent for a new one. */
interface Slot {
  before: Bookmark | undefined;
  bookmark: Bookmark;
  matched: boolean;
}

/** The plan's bookmarks, found by arXiv id, DOI, normalised title and key. */
class MatchingIndex {
  readonly slots: Slot[] = [];
  private readonly byArxivId = new Map<string, Slot>();
  private readonly byDoi = new Map<string, Slot>();
  private readonly byTitle = new Map<string, Slot>();
  private readonly byKey = new Map<string, Slot>();

  /** Adds a slot, or indexes the ids a merge gave it; the first paper to claim an id keeps it. */
  add(slot: Slot): void {
    if (!this.byKey.has(slot.bookmark.key)) this.slots.push(slot);
    const { paper } = slot.bookmark;
    const claim = (index: Map<string, Slot>, id: string | undefined) => {
      if (id && !index.has(id)) index.set(id, slot);
    };
    claim(this.byKey, slot.bookmark.key);
    claim(this.byArxivId, paper.arxivId);
    claim(this.byDoi, paper.doi);
    claim(this.byTitle, normalizedTitle(paper.title));
  }

  /**
   * The slot of the same paper, or the bookmark that holds the paper's key without being the same paper
   * (two titles whose slugs agree): the database keeps one bookmark per key, so it cannot be added beside it.
   */
  find(paper: Paper): Slot | { keyTakenBy: Bookmark } | undefined {
    const byArxivId = paper.arxivId ? this.byArxivId.get(paper.arxivId) : undefined;
    if (byArxivId) return byArxivId;
    const byDoi = paper.doi ? this.byDoi.get(paper.doi) : undefined;
    if (byDoi && !idsConflict(byDoi.bookmark.paper, paper)) return byDoi;
    const byTitle = this.byTitle.get(normalizedTitle(paper.title));
    if (byTitle && !idsConflict(byTitle.bookmark.paper, paper)) return byTitle;
    const byKey = this.byKey.get(paper.key);
    return byKey ? { keyTakenBy: byKey.bookmark } : undefined;
  }
}

function idsConflict(a: Paper, b: Paper): boolean {
  return Boolean((a.arxivId && b.arxivId && a.arxivId !== b.arxivId) || (a.doi && b.doi && a.doi !== b.doi));
}

function newBookmark(entry: ParsedBookmark, now: number): Bookmark {
  return {
    key: entry.paper.key,
    paper: entry.paper,
    createdAt: entry.createdAt ?? now,
    updatedAt: entry.updatedAt ?? now,
    tags: normalizeTags(entry.tags),
    note: entry.note,
    read: entry.read ?? false,
  };
}

/** `bookmark` with `entry` merged in; a bookmark new to the library also takes the earliest and latest times. */
function merge(bookmark: Bookmark, entry: ParsedBookmark, isNew: boolean): Bookmark {
  const paper = { ...bookmark.paper };
  for (const field of FILLABLE_FIELDS) {
    if (isMissing(paper[field]) && !isMissing(entry.paper[field])) Object.assign(paper, { [field]: entry.paper[field] });
  }
  return {
    ...bookmark,
    paper,
    tags: normalizeTags([...bookmark.tags, ...entry.tags]),
    note: mergedNote(bookmark.note, entry.note),
    read: bookmark.read || entry.read === true,
    ...(isNew && {
      createdAt: Math.min(bookmark.createdAt, entry.createdAt ?? bookmark.createdAt),
      updatedAt: Math.max(bookmark.updatedAt, entry.updatedAt ?? bookmark.updatedAt),
    }),
  };
}

function mergedNote(current: string, incoming: string): string {
  const addition = incoming.trim();
  if (addition === '' || current.includes(addition)) return current;
  return current.trim() === '' ? incoming : `${current}\n\n${addition}`;
}

function describeUpdate(before: Bookmark, merged: Bookmark, now: number): BookmarkUpdate | undefined {
  const addedTags = merged.tags.filter((tag) => !before.tags.includes(tag));
  const note = merged.note === before.note ? 'kept' : before.note.trim() === '' ? 'set' : 'appended';
  const markedRead = merged.read && !before.read;
  const filledFields = FILLABLE_FIELDS.filter((field) => isMissing(before.paper[field]) && !isMissing(merged.paper[field]));
  if (addedTags.length === 0 && note === 'kept' && !markedRead && filledFields.length === 0) return undefined;
  return { before, after: { ...merged, updatedAt: now }, addedTags, note, markedRead, filledFields };
}

function isMissing(value: string | readonly string[] | undefined): boolean {
  return value === undefined || value.length === 0;
}

function describe(violation: { path: string; problem: string }): string {
  return `${violation.path.replace(/^paper\./, '')} ${violation.problem}`;
}
