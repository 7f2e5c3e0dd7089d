/** The compact sync item of one bookmark or tombstone: encoding, decoding, and the bytes Chrome charges for it. */
import { parseArxivId } from '../ids/arxiv-id';
import type { Bookmark, Paper, Tombstone } from '../paper';

/**
 * Every sync item Sidenote's bookmarks own starts with this; other keys in the sync area belong to someone else.
 *
 * @example
 * Object.keys(items).filter((key) => key.startsWith(ITEM_PREFIX));
 */
export const ITEM_PREFIX = 'b:';

/**
 * Below Chrome's QUOTA_BYTES_PER_ITEM (8,192), leaving room for anything our byte count may miss.
 *
 * @example
 * itemBytes(itemKey(bookmark.key), encodeBookmark(bookmark)) <= ITEM_BYTES; // always
 */
export const ITEM_BYTES = 8_000;

/** Long enough for any real title; longer ones are metadata noise that would eat the shared 100 KB. */
const TITLE_CHARACTERS = 300;
/** Names kept before "et al.": enough to recognise and search a paper by; a device with the paper in its catalogue shows them all. */
const AUTHORS_KEPT = 10;
const AUTHOR_CHARACTERS = 100;
const ET_AL = 'et al.';

/**
 * A bookmark as another device needs it: a short citation and everything the reader wrote; the key is in the
 * item's key.
 *
 * @example
 * const record: LiveRecord = { t: 'LERT: …', au: ['Yiming Cui'], y: '2022-11-10', p: 'cs.CL', c: 1700000000000, m: 1700000500000, g: ['nlp'], r: 1 };
 */
export interface LiveRecord {
  /** Title. */
  t: string;
  /** Up to ten authors, then "et al." when there were more. */
  au?: string[];
  /** arXiv id, when it is not the key itself. */
  a?: string;
  /** DOI, when the key is not `doi:<doi>`. */
  d?: string;
  /** Date, `YYYY-MM-DD` or `YYYY-MM`. */
  y?: string;
  /** Primary category. */
  p?: string;
  /** Page URL, only for papers without an arXiv id (an arXiv URL follows from the id). */
  u?: string;
  /** createdAt. */
  c: number;
  /** updatedAt: the merge keeps the state with the latest change. */
  m: number;
  /** Tags. */
  g?: string[];
  /** The note, or its beginning when `h` is present. */
  n?: string;
  /** Hash of the full note, present only when `n` is truncated. */
  h?: string;
  /** Read. */
  r?: 1;
}

/**
 * A removal at `x` (deletedAt).
 *
 * @example
 * const removed: TombstoneRecord = { x: 1700000900000 };
 */
export interface TombstoneRecord {
  x: number;
}

/**
 * The value of one sync item.
 *
 * @example
 * const record: SyncRecord | null = decodeRecord(items['b:2211.05344']);
 */
export type SyncRecord = LiveRecord | TombstoneRecord;

/**
 * The sync key of a paper key.
 *
 * @example
 * itemKey('2211.05344'); // 'b:2211.05344'
 */
export function itemKey(paperKey: string): string {
  return ITEM_PREFIX + paperKey;
}

/**
 * The paper key of a sync key, or null when the key is not one of Sidenote's.
 *
 * @example
 * paperKeyOf('b:2211.05344'); // '2211.05344'
 * paperKeyOf('theme');        // null
 */
export function paperKeyOf(key: string): string | null {
  return key.startsWith(ITEM_PREFIX) ? key.slice(ITEM_PREFIX.length) : null;
}

const utf8 = new TextEncoder();

/**
 * What Chrome charges an item against its quotas: the key plus the value as Chromium's JSON writer spells it
 * (UTF-8; `<`, U+2028 and U+2029 as six-byte escapes; numbers beyond 32 bits with a trailing `.0`).
 *
 * @example
 * itemBytes('b:1', { t: 'a<b' }); // 18: 'b:1' (3) + '{"t":"a\u003Cb"}' (15)
 */
export function itemBytes(key: string, value: unknown): number {
  let wideNumbers = 0;
  const json = JSON.stringify(value, (_name, field: unknown) => {
    if (typeof field === 'number' && !(Number.isInteger(field) && Math.abs(field) < 2 ** 31)) wideNumbers += 1;
    return field;
  });
  const escapes = json.match(/[<\u2028\u2029]/g) ?? [];
  const escapeBytes = escapes.reduce((sum, character) => sum + (character === '<' ? 5 : 3), 0);
  return utf8.encode(key).length + utf8.encode(json).length + escapeBytes + 2 * wideNumbers;
}

/**
 * A stable 53-bit hash (cyrb53) in base 36, the same on every device.
 *
 * @example
 * textHash('a long note'); // e.g. '1x3k9q0c2hz'
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/*
 * A note too long for its item travels as its beginning plus the hash of the whole. A device that receives it
 * keeps the beginning with this mark, so the reader sees that the rest is elsewhere, and so the next encoding
 * sends the same hash: the device that holds the full text then knows its note is not to be replaced.
 */
const TRUNCATION_MARK = '\n[… cut short by sync: the full note is on the device where it was written · ';
const MARKED_NOTE = new RegExp(`${TRUNCATION_MARK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([0-9a-z]+)\\]$`);

/**
 * A received beginning of a note, marked as cut short.
 *
 * @example
 * markedNote('First pages…', '1x3k9q0c2hz'); // 'First pages…\n[… cut short by sync: … · 1x3k9q0c2hz]'
 */
export function markedNote(beginning: string, fullHash: string): string {
  return `${beginning}${TRUNCATION_MARK}${fullHash}]`;
}

/** The text and the full note's hash of a note that arrived cut short; null for a note written here. */
function readMark(note: string): { text: string; fullHash: string } | null {
  const match = MARKED_NOTE.exec(note);
  return match?.[1] === undefined ? null : { text: note.slice(0, match.index), fullHash: match[1] };
}

/**
 * The hash of the full note a local note stands for: its own, or the one its truncation mark names.
 *
 * @example
 * fullNoteHash('short note') === textHash('short note'); // true
 * fullNoteHash(markedNote('First pages…', 'abc'));        // 'abc'
 */
export function fullNoteHash(note: string): string {
  return readMark(note)?.fullHash ?? textHash(note);
}

/** The arXiv id a decoder infers from the key alone, so the record need not repeat it. */
function impliedArxivId(paperKey: string): string | undefined {
  return parseArxivId(paperKey)?.id === paperKey ? paperKey : undefined;
}

function impliedDoi(paperKey: string): string | undefined {
  return paperKey.startsWith('doi:') ? paperKey.slice('doi:'.length) : undefined;
}

function clip(text: string, characters: number): string {
  const points = Array.from(text);
  return points.length <= characters ? text : `${points.slice(0, characters - 1).join('')}…`;
}

function citationFields(paper: Paper): Omit<LiveRecord, 'c' | 'm'> {
  const authors = paper.authors.length > AUTHORS_KEPT + 1 ? [...paper.authors.slice(0, AUTHORS_KEPT), ET_AL] : paper.authors;
  const primaryCategory = paper.categories[0];
  return {
    t: clip(paper.title, TITLE_CHARACTERS),
    ...(authors.length > 0 ? { au: authors.map((author) => clip(author, AUTHOR_CHARACTERS)) } : {}),
    ...(paper.arxivId !== undefined && paper.arxivId !== impliedArxivId(paper.key) ? { a: paper.arxivId } : {}),
    ...(paper.doi !== undefined && paper.doi !== impliedDoi(paper.key) ? { d: paper.doi } : {}),
    ...(paper.date !== undefined ? { y: paper.date } : {}),
    ...(primaryCategory !== undefined ? { p: primaryCategory } : {}),
    ...(paper.url !== undefined && paper.arxivId === undefined ? { u: paper.url } : {}),
  };
}

/**
 * The sync record of a bookmark, with a note too long for one item cut to fit (see `markedNote`);
 * null when even an empty note leaves it too big (thousands of characters of tags), so it stays local only.
 * Abstracts, categories beyond the first and links are left out: the shared 100 KB holds a few hundred
 * compact records, and the other device has the catalogue's copy of most papers.
 *
 * @example
 * encodeBookmark(bookmark); // { t: 'LERT: …', au: ['Yiming Cui', …], y: '2022-11-10', p: 'cs.CL', c: …, m: …, g: ['nlp'], r: 1 }
 */
export function encodeBookmark(bookmark: Bookmark): LiveRecord | null {
  const key = itemKey(bookmark.key);
  const withNote = (note: Pick<LiveRecord, 'n' | 'h'>): LiveRecord => ({
    ...citationFields(bookmark.paper),
    c: bookmark.createdAt,
    m: bookmark.updatedAt,
    ...(bookmark.tags.length > 0 ? { g: bookmark.tags } : {}),
    ...note,
    ...(bookmark.read ? { r: 1 } : {}),
  });
  const fits = (record: LiveRecord) => itemBytes(key, record) <= ITEM_BYTES;

  const mark = readMark(bookmark.note);
  if (!mark) {
    const whole = withNote(bookmark.note === '' ? {} : { n: bookmark.note });
    if (fits(whole)) return whole;
  }
  const fullHash = mark?.fullHash ?? textHash(bookmark.note);
  const points = Array.from(mark?.text ?? bookmark.note);
  const cut = (length: number) => withNote({ n: points.slice(0, length).join(''), h: fullHash });
  if (!fits(cut(0))) return null;
  // Binary search for the longest beginning that fits: a 20,000-character note takes 15 measurements, not 20,000.
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cut(middle))) low = middle;
    else high = middle - 1;
  }
  return cut(low);
}

/**
 * The sync record of a tombstone.
 *
 * @example
 * encodeTombstone({ key: '2211.05344', deletedAt: 1_700_000_000_000 }); // { x: 1700000000000 }
 */
export function encodeTombstone(tombstone: Tombstone): TombstoneRecord {
  return { x: tombstone.deletedAt };
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/**
 * A sync value read back as a record, or null for anything malformed (or written by a later format), which sync
 * then leaves alone.
 *
 * @example
 * decodeRecord({ x: 1_700_000_000_000 }); // { x: 1700000000000 }
 * decodeRecord({ t: 42 });                // null
 */
export function decodeRecord(value: unknown): SyncRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if ('x' in record) return isTime(record.x) && Object.keys(record).length === 1 ? { x: record.x } : null;
  const optional = <Value>(field: string, check: (value: unknown) => value is Value) =>
    record[field] === undefined || check(record[field]);
  const valid =
    isText(record.t) &&
    isTime(record.c) &&
    isTime(record.m) &&
    optional('au', isTextList) &&
    optional('g', isTextList) &&
    ['a', 'd', 'y', 'p', 'u', 'n', 'h'].every((field) => optional(field, isText)) &&
    (record.r === undefined || record.r === 1);
  return valid ? (record as unknown as LiveRecord) : null;
}

/**
 * Whether a record is a removal.
 *
 * @example
 * isTombstoneRecord({ x: 1 }); // true
 */
export function isTombstoneRecord(record: SyncRecord): record is TombstoneRecord {
  return 'x' in record;
}

/**
 * The change time a record carries: updatedAt for a bookmark, deletedAt for a removal.
 *
 * @example
 * changedAt({ x: 5 }); // 5
 */
export function changedAt(record: SyncRecord): number {
  return isTombstoneRecord(record) ? record.x : record.m;
}

/**
 * What the reader decided about a bookmark, from its record or from the bookmark itself, for comparing two states
 * changed at the same instant. The paper snapshot is not part of it, and the note counts by the hash of its full
 * text, so a cut-short copy and the original agree.
 *
 * @example
 * readerState(record) === readerState(bookmark); // true when both say the same about tags, note and read
 */
export function readerState(state: LiveRecord | Bookmark): string {
  const decided =
    'paper' in state
      ? [state.createdAt, state.tags, fullNoteHash(state.note), state.read]
      : [state.c, state.g ?? [], state.h ?? textHash(state.n ?? ''), state.r === 1];
  return JSON.stringify(decided);
}

/** The paper a record describes, for a device that has no snapshot of its own. */
function paperFromRecord(paperKey: string, record: LiveRecord): Paper {
  const arxivId = record.a ?? impliedArxivId(paperKey);
  const doi = record.d ?? impliedDoi(paperKey);
  return {
    key: paperKey,
    ...(arxivId !== undefined ? { arxivId } : {}),
    ...(doi !== undefined ? { doi } : {}),
    title: record.t,
    authors: record.au ?? [],
    abstract: '',
    ...(record.y !== undefined ? { date: record.y } : {}),
    categories: record.p !== undefined ? [record.p] : [],
    links: [],
    ...(record.u !== undefined ? { url: record.u } : {}),
  };
}

/**
 * The bookmark a winning record makes on this device. The paper snapshot already here is kept (it is richer:
 * abstract, all authors); a note cut short never replaces the full text it was cut from.
 *
 * @example
 * bookmarkFromRecord('2211.05344', record, localBookmark); // { key: '2211.05344', paper: localBookmark.paper, tags: record.g, … }
 */
export function bookmarkFromRecord(paperKey: string, record: LiveRecord, local: Bookmark | undefined): Bookmark {
  return {
    key: paperKey,
    paper: local?.paper ?? paperFromRecord(paperKey, record),
    createdAt: record.c,
    updatedAt: record.m,
    tags: record.g ?? [],
    note: noteFromRecord(record, local?.note),
    read: record.r === 1,
  };
}

function noteFromRecord(record: LiveRecord, localNote: string | undefined): string {
  const text = record.n ?? '';
  if (record.h === undefined) return text;
  if (localNote !== undefined && fullNoteHash(localNote) === record.h) return localNote;
  return markedNote(text, record.h);
}
