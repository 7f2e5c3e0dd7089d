/** The lossless JSON backup of the library (every bookmark field, tombstones included), written and strictly checked. */
import { parseArxivId } from '../ids/arxiv-id';
import { normalizeDoi } from '../ids/doi';
import { normalizeTags } from '../library/bookmark-filter';
import type { Bookmark, Paper, Tombstone } from '../paper';
import { limitViolation } from './bookmark-limits';
import { isPaperDate } from './citation-fields';
import { ImportError } from './import-error';

/** The `format` every backup names, so another JSON file is never taken for one. */
const BACKUP_FORMAT = 'sidenote-backup';
/** The backup version this Sidenote writes and reads; raise it when the meaning of a field changes. */
const BACKUP_VERSION = 1;

/** A backup file as written. */
interface JsonBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  bookmarks: Bookmark[];
  tombstones: Tombstone[];
}

const OPTIONAL_PAPER_FIELDS = ['arxivId', 'version', 'doi', 'date', 'url'] as const;
const VERSION = /^v[1-9]\d*$/;
const TITLE_KEY = /^title:[a-z0-9-]*$/;
/** The latest time a JavaScript `Date` can hold, in epoch milliseconds. */
const MAX_TIME = 8.64e15;

/**
 * The backup of `bookmarks` and `tombstones` taken at `now` (epoch milliseconds), pretty-printed so that
 * two backups can be compared line by line. Fields are written in one fixed order.
 *
 * @example
 * const json = toJsonBackup(bookmarks, tombstones, Date.now());
 * // '{\n  "format": "sidenote-backup",\n  "version": 1,\n  "exportedAt": "2026-11-27T08:00:00.000Z", …'
 */
export function toJsonBackup(bookmarks: Bookmark[], tombstones: Tombstone[], now: number): string {
  const backup: JsonBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    bookmarks: bookmarks.map(orderedBookmark),
    tombstones: tombstones.map(({ key, deletedAt }) => ({ key, deletedAt })),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * The bookmarks and tombstones of a backup, every field checked: types, lengths, arXiv ids, DOIs, dates,
 * URLs, keys (unique, and each bookmark's the same as its paper's). Throws an `ImportError` naming the
 * first problem and where it is (`bookmarks[3].tags must be a list of strings`). Tags are normalised as
 * the library stores them; fields this version does not know are dropped.
 *
 * @example
 * const { bookmarks, tombstones } = parseJsonBackup(await file.text());
 * parseJsonBackup('{"format": "sidenote-backup", "version": 2}'); // throws: made by a newer Sidenote
 */
export function parseJsonBackup(text: string): { bookmarks: Bookmark[]; tombstones: Tombstone[] } {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`The file is not valid JSON (${(error as Error).message}), so it cannot be a Sidenote backup.`);
  }
  if (!isRecord(root)) throw new ImportError('The file is not a Sidenote backup: it does not hold a JSON object.');
  if (root.format !== BACKUP_FORMAT) {
    throw new ImportError(`The file is not a Sidenote backup: its "format" is ${JSON.stringify(root.format) ?? 'missing'}, not "${BACKUP_FORMAT}".`, {
      path: 'format',
    });
  }
  if (!Number.isSafeInteger(root.version) || (root.version as number) < 1) fail('version', 'must be a whole number from 1');
  if ((root.version as number) > BACKUP_VERSION) {
    throw new ImportError(
      `This backup was made by a newer Sidenote (backup version ${String(root.version)}; this Sidenote reads version ${BACKUP_VERSION}). Update Sidenote, then import it again.`,
      { path: 'version' },
    );
  }
  if (typeof root.exportedAt !== 'string' || Number.isNaN(Date.parse(root.exportedAt))) fail('exportedAt', 'must be a date and time');

  const bookmarks = list(root.bookmarks, 'bookmarks').map((value, index) => bookmark(value, `bookmarks[${index}]`));
  const tombstones = list(root.tombstones, 'tombstones').map((value, index) => tombstone(value, `tombstones[${index}]`));
  rejectDuplicateKeys(bookmarks, 'bookmarks');
  rejectDuplicateKeys(tombstones, 'tombstones');
  return { bookmarks, tombstones };
}

function orderedBookmark(bookmark: Bookmark): Bookmark {
  const { paper } = bookmark;
  return {
    key: bookmark.key,
    paper: {
      key: paper.key,
      arxivId: paper.arxivId,
      version: paper.version,
      doi: paper.doi,
      title: paper.title,
      authors: paper.authors,
      abstract: paper.abstract,
      date: paper.date,
      categories: paper.categories,
      links: paper.links,
      url: paper.url,
    } satisfies Required<Record<keyof Paper, unknown>>,
    createdAt: bookmark.createdAt,
    updatedAt: bookmark.updatedAt,
    tags: bookmark.tags,
    note: bookmark.note,
    read: bookmark.read,
  } satisfies Required<Record<keyof Bookmark, unknown>>;
}

function bookmark(value: unknown, path: string): Bookmark {
  const record = object(value, path);
  const checkedPaper = paper(record.paper, `${path}.paper`);
  const key = string(record.key, `${path}.key`);
  if (key !== checkedPaper.key) fail(`${path}.key`, `must be the same as ${path}.paper.key (${JSON.stringify(checkedPaper.key)})`);
  const tags = record.tags;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) fail(`${path}.tags`, 'must be a list of strings');
  const checked: Bookmark = {
    key,
    paper: checkedPaper,
    createdAt: time(record.createdAt, `${path}.createdAt`),
    updatedAt: time(record.updatedAt, `${path}.updatedAt`),
    tags: normalizeTags(tags as string[]),
    note: string(record.note, `${path}.note`),
    read: boolean(record.read, `${path}.read`),
  };
  const violation = limitViolation(checked);
  if (violation) fail(`${path}.${violation.path}`, violation.problem);
  return checked;
}

function paper(value: unknown, path: string): Paper {
  const record = object(value, path);
  const optional = Object.fromEntries(
    OPTIONAL_PAPER_FIELDS.flatMap((field) => (record[field] === undefined ? [] : [[field, string(record[field], `${path}.${field}`)]])),
  ) as Pick<Paper, (typeof OPTIONAL_PAPER_FIELDS)[number]>;
  const checked: Paper = {
    key: string(record.key, `${path}.key`),
    ...(optional.arxivId !== undefined && { arxivId: optional.arxivId }),
    ...(optional.version !== undefined && { version: optional.version }),
    ...(optional.doi !== undefined && { doi: optional.doi }),
    title: string(record.title, `${path}.title`),
    authors: strings(record.authors, `${path}.authors`),
    abstract: string(record.abstract, `${path}.abstract`),
    ...(optional.date !== undefined && { date: optional.date }),
    categories: strings(record.categories, `${path}.categories`),
    links: strings(record.links, `${path}.links`),
    ...(optional.url !== undefined && { url: optional.url }),
  };
  if (!isPaperKey(checked.key)) fail(`${path}.key`, `is not a paper key (an arXiv id, "doi:…" or "title:…"): ${JSON.stringify(checked.key)}`);
  if (checked.arxivId !== undefined && parseArxivId(checked.arxivId)?.id !== checked.arxivId) {
    fail(`${path}.arxivId`, `is not an arXiv id without version: ${JSON.stringify(checked.arxivId)}`);
  }
  if (checked.version !== undefined && !VERSION.test(checked.version)) fail(`${path}.version`, `is not a version like "v2": ${JSON.stringify(checked.version)}`);
  if (checked.doi !== undefined && normalizeDoi(checked.doi) !== checked.doi) {
    fail(`${path}.doi`, `is not a DOI in lower case without prefix: ${JSON.stringify(checked.doi)}`);
  }
  if (checked.date !== undefined && !isPaperDate(checked.date)) fail(`${path}.date`, `is not a date like 2017-06 or 2017-06-12: ${JSON.stringify(checked.date)}`);
  // URLs are shown as links, so nothing but web addresses (no `javascript:`) may come in.
  if (checked.url !== undefined && !isWebUrl(checked.url)) fail(`${path}.url`, `is not an http(s) URL: ${JSON.stringify(checked.url)}`);
  const badLink = checked.links.findIndex((link) => !isWebUrl(link));
  if (badLink !== -1) fail(`${path}.links[${badLink}]`, `is not an http(s) URL: ${JSON.stringify(checked.links[badLink])}`);
  return checked;
}

function tombstone(value: unknown, path: string): Tombstone {
  const record = object(value, path);
  const key = string(record.key, `${path}.key`);
  if (!isPaperKey(key)) fail(`${path}.key`, `is not a paper key (an arXiv id, "doi:…" or "title:…"): ${JSON.stringify(key)}`);
  return { key, deletedAt: time(record.deletedAt, `${path}.deletedAt`) };
}

function rejectDuplicateKeys(records: readonly { key: string }[], path: string): void {
  const firstIndex = new Map<string, number>();
  records.forEach(({ key }, index) => {
    const first = firstIndex.get(key);
    if (first !== undefined) fail(`${path}[${index}].key`, `repeats ${path}[${first}].key (${JSON.stringify(key)})`);
    firstIndex.set(key, index);
  });
}

/** The key forms Sidenote gives papers: an arXiv id, `doi:<doi>`, or a slug of the title. */
function isPaperKey(key: string): boolean {
  if (key.startsWith('doi:')) return normalizeDoi(key.slice(4)) === key.slice(4);
  return TITLE_KEY.test(key) || parseArxivId(key)?.id === key;
}

function isWebUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function fail(path: string, problem: string): never {
  throw new ImportError(`The backup is damaged: ${path} ${problem}.`, { path });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) fail(path, 'must be an object');
  return value;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be a list');
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value;
}

function strings(value: unknown, path: string): string[] {
  return list(value, path).map((item, index) => string(item, `${path}[${index}]`));
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'must be true or false');
  return value;
}

function time(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > MAX_TIME) {
    fail(path, 'must be a time in epoch milliseconds (a whole number from 0)');
  }
  return value as number;
}
