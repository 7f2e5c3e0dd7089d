/** The size bounds an imported bookmark must keep, one set for the JSON backup and the import plan alike. */
import { MESSAGE_LIMITS } from '../messaging/validate';
import type { Paper } from '../paper';

/**
 * The bounds the worker enforces on `importBookmarks`, taken from its validator: an import that stayed within
 * looser ones would be refused whole when it is written.
 *
 * @example
 * if (note.length > BOOKMARK_LIMITS.note) showError(`Notes hold up to ${BOOKMARK_LIMITS.note} characters.`);
 */
export const BOOKMARK_LIMITS = MESSAGE_LIMITS;

/**
 * The first field of a bookmark beyond its bounds, as a path (`paper.title`) and what is wrong with it.
 *
 * @example
 * const violation: LimitViolation = { path: 'tags[3]', problem: 'is longer than 64 characters' };
 */
export interface LimitViolation {
  path: string;
  problem: string;
}

const OPTIONAL_TEXT_FIELDS = ['arxivId', 'version', 'doi', 'date', 'url'] as const;

/**
 * The first field of `bookmark` that is empty where it must not be or longer than the bounds allow, or undefined.
 *
 * @example
 * limitViolation({ paper: { ...paper, title: '' }, tags: [], note: '' }); // { path: 'paper.title', problem: 'is empty' }
 * limitViolation({ paper, tags: ['nlp'], note: 'x'.repeat(30_000) });    // { path: 'note', problem: 'is longer than 20000 characters' }
 */
export function limitViolation(bookmark: { paper: Paper; tags: readonly string[]; note: string }): LimitViolation | undefined {
  const { paper } = bookmark;
  return (
    text('paper.key', paper.key, BOOKMARK_LIMITS.key, true) ??
    text('paper.title', paper.title, BOOKMARK_LIMITS.title, true) ??
    list('paper.authors', paper.authors, BOOKMARK_LIMITS.authors, BOOKMARK_LIMITS.author) ??
    text('paper.abstract', paper.abstract, BOOKMARK_LIMITS.abstract) ??
    OPTIONAL_TEXT_FIELDS.map((field) => text(`paper.${field}`, paper[field] ?? '', BOOKMARK_LIMITS.item)).find(Boolean) ??
    list('paper.categories', paper.categories, BOOKMARK_LIMITS.list, BOOKMARK_LIMITS.item) ??
    list('paper.links', paper.links, BOOKMARK_LIMITS.list, BOOKMARK_LIMITS.item) ??
    list('tags', bookmark.tags, BOOKMARK_LIMITS.tags, BOOKMARK_LIMITS.tag) ??
    text('note', bookmark.note, BOOKMARK_LIMITS.note)
  );
}

function text(path: string, value: string, maxLength: number, required = false): LimitViolation | undefined {
  if (required && value.trim() === '') return { path, problem: 'is empty' };
  return value.length > maxLength ? { path, problem: `is longer than ${maxLength} characters` } : undefined;
}

function list(path: string, values: readonly string[], maxItems: number, maxLength: number): LimitViolation | undefined {
  if (values.length > maxItems) return { path, problem: `has more than ${maxItems} items` };
  const index = values.findIndex((value) => value.length > maxLength);
  return index === -1 ? undefined : { path: `${path}[${index}]`, problem: `is longer than ${maxLength} characters` };
}
