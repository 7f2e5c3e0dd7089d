/** The paper and bookmark records that every part of Sidenote passes around. */

/**
 * A paper as Sidenote stores, indexes and shows it.
 *
 * `key` is the identity used everywhere (database, index, bookmarks):
 * the arXiv id without version when there is one, otherwise a slug of the title.
 *
 * @example
 * const paper: Paper = {
 *   key: '1706.03762', arxivId: '1706.03762', title: 'Attention Is All You Need',
 *   authors: ['Ashish Vaswani'], abstract: '…', date: '2017-06-12',
 *   categories: ['cs.CL'], links: [],
 * };
 */
export interface Paper {
  key: string;
  /** arXiv id without version, e.g. `2211.05344` or `hep-th/9901001`. */
  arxivId?: string;
  /** Version the page showed (`v2`), kept only for papers read from a page. */
  version?: string;
  doi?: string;
  title: string;
  authors: string[];
  abstract: string;
  /** `YYYY-MM-DD` where the exact date is known, else `YYYY-MM`. */
  date?: string;
  /** arXiv categories, primary first. */
  categories: string[];
  /** Code repositories and other links found in the abstract. */
  links: string[];
  /** The page the paper was read from, for papers detected on a page. */
  url?: string;
}

/** A saved paper: a snapshot of its metadata, so papers outside the catalogue are first-class, and the reader's own notes. */
export interface Bookmark {
  key: string;
  paper: Paper;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds of the last change to any field; sync keeps the latest change of each bookmark. */
  updatedAt: number;
  /** Lower-case, trimmed, distinct, in the order added. */
  tags: string[];
  note: string;
  read: boolean;
}

/** A bookmark removed at `deletedAt`, remembered so a device that still has it learns of the removal. */
export interface Tombstone {
  key: string;
  deletedAt: number;
}

/** One entry of the related-papers list, with the reason it is there. */
export interface RelatedEntry {
  paper: Paper;
  /**
   * Key phrases and terms the entry shares with the current paper, most distinctive first, at most four, written as
   * the current paper writes them (`pre-training`, `masked language model`), never as internal stems.
   */
  sharedTerms: string[];
  /**
   * Authors of the current paper who also wrote the entry, as the current paper names them. Always set by
   * `Library.related`; optional only so that hand-made entries (tests, previews) may leave it out.
   */
  sharedAuthors?: string[];
  /** arXiv categories both papers have (`cs.CL`). Always set by `Library.related`; optional like `sharedAuthors`. */
  sharedCategories?: string[];
  bookmarked: boolean;
}

/**
 * One popup search result. `Library.search` always sets `matchedTerms` and `total`, and `snippet` for papers with an
 * abstract; they are optional only so that hand-made hits (tests, previews) may leave them out.
 */
export interface SearchHit {
  paper: Paper;
  bookmarked: boolean;
  /**
   * Words of the title and of the snippet, exactly as written there, that matched the query, each once (case
   * ignored): `Masked`, `language`, `Pre-trained` for the query `pretrained masked langu`. Mark whole words equal to
   * them, case-insensitively; a hyphenated word is one word.
   */
  matchedTerms?: string[];
  /** One line of the abstract: the sentence that matched best, cut around its first match, `…` where it was cut. */
  snippet?: string;
  /** How many papers match the query in all; the hits are its first `limit` (the same number on every hit). */
  total?: number;
  /** False when `total` is only a lower bound: the page filled up from titles and authors before abstracts were searched. */
  complete?: boolean;
}

/** How a listing page marks an entry Sidenote knows. */
export type ListingMark = 'bookmarked' | 'catalogued';
