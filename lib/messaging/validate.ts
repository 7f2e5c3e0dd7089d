/** Checks that a message really comes from Sidenote and has the shape its type promises, before any handler runs. */
import type { BookmarkFilter, BookmarkPatch } from '../library/bookmark-filter';
import type { Bookmark, Paper } from '../paper';
import type { ProtocolMap } from './protocol';

/** A rejected message: wrong sender or wrong shape. The message says which. */
export class MessageRejected extends Error {
  override name = 'MessageRejected';
}

type Data<Type extends keyof ProtocolMap> = Parameters<ProtocolMap[Type]>[0];

/** Bounds that keep a hostile page from making the worker store or index megabytes of text; imports obey them too. */
export const MESSAGE_LIMITS = {
  key: 300,
  keys: 1_000,
  title: 2_000,
  abstract: 20_000,
  author: 300,
  authors: 1_000,
  list: 100,
  item: 2_000,
  query: 500,
  page: 1_000,
  tag: 64,
  tags: 100,
  note: 20_000,
  import: 100_000,
  packBatch: 1_000,
  packName: 200,
} as const;
const LIMITS = MESSAGE_LIMITS;

/**
 * Throws `MessageRejected` unless the sender is this extension: its own pages or its content scripts.
 * Web pages cannot message the worker at all (no `externally_connectable`); this also refuses other extensions.
 *
 * @example
 * assertFromExtension(message.sender, browser.runtime.id);
 */
export function assertFromExtension(sender: { id?: string } | undefined, extensionId: string): void {
  if (!sender || sender.id !== extensionId) throw new MessageRejected('message is not from Sidenote');
}

/** What content scripts ask; they run inside web pages' processes, so nothing else is answered to them. */
const CONTENT_SCRIPT_TYPES: ReadonlySet<keyof ProtocolMap> = new Set(['pageShowsPaper', 'paperByKey', 'rememberPaper', 'listingMarks']);

/**
 * Throws `MessageRejected` unless this sender may ask for `type`: Sidenote's own pages (popup, panel, settings) may ask
 * for anything; its content scripts only for what reading a page needs, never to export, import or delete.
 *
 * @example
 * assertSenderMayAsk('deleteAllData', message.sender, browser.runtime.id);
 */
export function assertSenderMayAsk(type: keyof ProtocolMap, sender: { id?: string; url?: string } | undefined, extensionId: string): void {
  assertFromExtension(sender, extensionId);
  const fromExtensionPage = /^(chrome|moz)-extension:\/\//.test(sender?.url ?? '');
  if (!fromExtensionPage && !CONTENT_SCRIPT_TYPES.has(type)) throw new MessageRejected(`${String(type)} is answered only to Sidenote's own pages`);
}

const validators: { [Type in keyof ProtocolMap]: (data: unknown) => Data<Type> } = {
  relatedPapers: (data) => {
    const record = object(data, 'relatedPapers');
    return { paper: paper(record.paper), ...optionalLimit(record.limit) };
  },
  search: (data) => {
    const record = object(data, 'search');
    return { query: text(record.query, 'query', LIMITS.query), ...optionalLimit(record.limit) };
  },
  toggleBookmark: (data) => ({ paper: paper(object(data, 'toggleBookmark').paper) }),
  listBookmarks: (data) => {
    const record = object(data, 'listBookmarks');
    return {
      ...(record.filter === undefined ? {} : { filter: bookmarkFilter(record.filter) }),
      ...(record.offset === undefined ? {} : { offset: count(record.offset, 'offset', Number.MAX_SAFE_INTEGER) }),
      ...(record.limit === undefined ? {} : { limit: count(record.limit, 'limit', LIMITS.page) }),
    };
  },
  updateBookmark: (data) => {
    const record = object(data, 'updateBookmark');
    return { key: text(record.key, 'key', LIMITS.key, true), patch: bookmarkPatch(record.patch) };
  },
  renameTag: (data) => {
    const record = object(data, 'renameTag');
    return { from: text(record.from, 'from', LIMITS.tag, true), to: text(record.to, 'to', LIMITS.tag, true) };
  },
  exportLibrary: () => undefined,
  deleteAllData: () => undefined,
  setSyncEnabled: (data) => ({ enabled: flag(object(data, 'setSyncEnabled').enabled, 'enabled') }),
  importBookmarks: (data) => {
    const bookmarks = object(data, 'importBookmarks').bookmarks;
    if (!Array.isArray(bookmarks) || bookmarks.length > LIMITS.import) throw new MessageRejected(`bookmarks must be a list of at most ${LIMITS.import}`);
    return { bookmarks: bookmarks.map(bookmark) };
  },
  paperByKey: (data) => ({ key: text(object(data, 'paperByKey').key, 'key', LIMITS.key) }),
  bookmarkState: (data) => ({ keys: keyList(object(data, 'bookmarkState').keys) }),
  listingMarks: (data) => ({ keys: keyList(object(data, 'listingMarks').keys) }),
  rememberPaper: (data) => ({ paper: paper(object(data, 'rememberPaper').paper) }),
  pagePaper: () => undefined,
  pageShowsPaper: (data) => ({ paper: paper(object(data, 'pageShowsPaper').paper) }),
  tabPaper: (data) => {
    const tabId = object(data, 'tabPaper').tabId;
    if (!Number.isInteger(tabId)) throw new MessageRejected('tabId must be an integer');
    return { tabId: tabId as number };
  },
  listPacks: () => undefined,
  beginPackImport: (data) => {
    const record = object(data, 'beginPackImport');
    return { name: text(record.name, 'name', LIMITS.packName, true), bytes: count(record.bytes, 'bytes', Number.MAX_SAFE_INTEGER) };
  },
  addPackPapers: (data) => {
    const record = object(data, 'addPackPapers');
    if (!Array.isArray(record.papers) || record.papers.length > LIMITS.packBatch) {
      throw new MessageRejected(`papers must be a list of at most ${LIMITS.packBatch}`);
    }
    return { packId: text(record.packId, 'packId', LIMITS.key, true), papers: record.papers.map(paper) };
  },
  finishPackImport: (data) => {
    const record = object(data, 'finishPackImport');
    return { packId: text(record.packId, 'packId', LIMITS.key, true), skipped: count(record.skipped, 'skipped', Number.MAX_SAFE_INTEGER) };
  },
  removePack: (data) => ({ packId: text(object(data, 'removePack').packId, 'packId', LIMITS.key, true) }),
};

/**
 * The message data, checked against its type's shape; throws `MessageRejected` naming the first bad field.
 *
 * @example
 * const { query } = validateMessage('search', { query: 'bert' });
 */
export function validateMessage<Type extends keyof ProtocolMap>(type: Type, data: unknown): Data<Type> {
  const validate = validators[type] as ((data: unknown) => Data<Type>) | undefined;
  if (!validate) throw new MessageRejected(`unknown message type: ${String(type)}`);
  return validate(data);
}

/**
 * A `Paper` from untrusted data: every field checked, unknown fields dropped.
 *
 * @example
 * const checked = paper(JSON.parse(untrusted));
 */
export function paper(value: unknown): Paper {
  const record = object(value, 'paper');
  const optional = (field: 'arxivId' | 'version' | 'doi' | 'date' | 'url') =>
    record[field] === undefined ? {} : { [field]: text(record[field], `paper.${field}`, LIMITS.item) };
  return {
    key: text(record.key, 'paper.key', LIMITS.key, true),
    ...optional('arxivId'),
    ...optional('version'),
    ...optional('doi'),
    title: text(record.title, 'paper.title', LIMITS.title, true),
    authors: list(record.authors, 'paper.authors', LIMITS.authors, LIMITS.author),
    abstract: text(record.abstract, 'paper.abstract', LIMITS.abstract),
    ...optional('date'),
    categories: list(record.categories, 'paper.categories', LIMITS.list, LIMITS.item),
    links: list(record.links, 'paper.links', LIMITS.list, LIMITS.item),
    ...optional('url'),
  };
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MessageRejected(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, field: string, maxLength: number, required = false): string {
  if (typeof value !== 'string') throw new MessageRejected(`${field} must be a string`);
  if (required && value.trim() === '') throw new MessageRejected(`${field} must not be empty`);
  if (value.length > maxLength) throw new MessageRejected(`${field} is longer than ${maxLength} characters`);
  return value;
}

function list(value: unknown, field: string, maxItems: number, maxLength: number): string[] {
  if (!Array.isArray(value)) throw new MessageRejected(`${field} must be a list`);
  if (value.length > maxItems) throw new MessageRejected(`${field} has more than ${maxItems} items`);
  return value.map((item) => text(item, `${field}[]`, maxLength));
}

/**
 * A `Bookmark` from untrusted data (an import), every field checked.
 *
 * @example
 * const checked = bookmark(parsedBackup.bookmarks[0]);
 */
export function bookmark(value: unknown): Bookmark {
  const record = object(value, 'bookmark');
  const checkedPaper = paper(record.paper);
  if (text(record.key, 'bookmark.key', LIMITS.key, true) !== checkedPaper.key) throw new MessageRejected('bookmark.key must be its paper\'s key');
  return {
    key: checkedPaper.key,
    paper: checkedPaper,
    createdAt: timestamp(record.createdAt, 'bookmark.createdAt'),
    updatedAt: timestamp(record.updatedAt, 'bookmark.updatedAt'),
    tags: list(record.tags, 'bookmark.tags', LIMITS.tags, LIMITS.tag),
    note: text(record.note, 'bookmark.note', LIMITS.note),
    read: flag(record.read, 'bookmark.read'),
  };
}

function bookmarkPatch(value: unknown): BookmarkPatch {
  const record = object(value, 'patch');
  return {
    ...(record.tags === undefined ? {} : { tags: list(record.tags, 'patch.tags', LIMITS.tags, LIMITS.tag) }),
    ...(record.note === undefined ? {} : { note: text(record.note, 'patch.note', LIMITS.note) }),
    ...(record.read === undefined ? {} : { read: flag(record.read, 'patch.read') }),
  };
}

function bookmarkFilter(value: unknown): BookmarkFilter {
  const record = object(value, 'filter');
  return {
    ...(record.text === undefined ? {} : { text: text(record.text, 'filter.text', LIMITS.query) }),
    ...(record.tag === undefined ? {} : { tag: text(record.tag, 'filter.tag', LIMITS.tag) }),
    ...(record.read === undefined ? {} : { read: flag(record.read, 'filter.read') }),
  };
}

function flag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new MessageRejected(`${field} must be true or false`);
  return value;
}

function timestamp(value: unknown, field: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new MessageRejected(`${field} must be a time in milliseconds`);
  return value as number;
}

function count(value: unknown, field: string, max: number): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > max) {
    throw new MessageRejected(`${field} must be an integer from 0 to ${max}`);
  }
  return value as number;
}

function keyList(value: unknown): string[] {
  return list(value, 'keys', LIMITS.keys, LIMITS.key);
}

function optionalLimit(value: unknown): { limit?: number } {
  if (value === undefined) return {};
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 100) {
    throw new MessageRejected('limit must be an integer from 1 to 100');
  }
  return { limit: value as number };
}
