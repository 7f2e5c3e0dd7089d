/**
 * The popup's query language, parsed into its parts without touching any index:
 *
 * - plain words: every one must match (title, authors or abstract);
 * - `"masked language model"`: the words must stand together, as a phrase;
 * - `author:cui`, `author:"yiming cui"`: an author's name has the word(s);
 * - `year:2023`, `year:2020-2023`: published that year or in that range;
 * - `cat:cs.CL` (or `cat:cs` for a whole archive): an arXiv category;
 * - `tag:reading`, `tag:"to read"`: a bookmark tag; `is:bookmarked`: bookmarked papers only.
 *
 * Field names are case-insensitive. A field with a value it cannot use (`year:soon`, `is:new`) or an unknown field
 * (`re:think`) is read as plain words, so nothing typed silently vanishes. A field with no value yet (`author:`) is
 * ignored. The last word, an unclosed phrase or a field value at the very end of the box,
 * not followed by a space, is still being typed: it is marked `typing` so it can match as a prefix.
 */

/** A word, phrase or value, and whether it is still being typed (the end of the box, no space after it). */
export interface Typed {
  text: string;
  typing: boolean;
}

/** An inclusive range of publication years. */
export interface YearRange {
  from: number;
  to: number;
}

/** What a query asks for; every part must hold (several `year:` ranges: any of them). */
export interface SearchQuery {
  words: Typed[];
  phrases: Typed[];
  authors: Typed[];
  years: YearRange[];
  categories: string[];
  tags: string[];
  bookmarked: boolean;
}

/** A field, a quoted phrase, or a bare word; quotes may be straight or curly, and a phrase may be left open. */
const TOKEN = /(?:([A-Za-z]+):)?(?:["“”]([^"“”]*)(["“”]?)|([^\s"“”]*))/gy;
const SPACE = /\s+/y;
const YEAR = /^(\d{4})(?:-(\d{4}))?$/;

/**
 * Parses what the user typed.
 *
 * @example
 * parseQuery('bert author:cui year:2020-2023 "masked lang');
 * // { words: [{ text: 'bert', typing: false }], authors: [{ text: 'cui', typing: false }],
 * //   years: [{ from: 2020, to: 2023 }], phrases: [{ text: 'masked lang', typing: true }], … }
 */
export function parseQuery(text: string): SearchQuery {
  const query: SearchQuery = { words: [], phrases: [], authors: [], years: [], categories: [], tags: [], bookmarked: false };
  let at = 0;
  while (at < text.length) {
    SPACE.lastIndex = at;
    if (SPACE.test(text)) at = SPACE.lastIndex;
    if (at >= text.length) break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text)!;
    const [source, field, quoted, closing, bare] = match;
    at = TOKEN.lastIndex;
    const value = (quoted ?? bare ?? '').trim();
    const atEnd = at >= text.length;
    const typing = quoted !== undefined ? atEnd && closing === '' : atEnd;
    if (!read(query, field?.toLowerCase(), value, quoted !== undefined, typing)) {
      query.words.push(...plainWords(source, typing));
    }
  }
  return query;
}

/**
 * True when the query asks for nothing (nothing typed, or only a field still without value).
 *
 * @example
 * isEmptyQuery(parseQuery('author:')); // true
 */
export function isEmptyQuery(query: SearchQuery): boolean {
  return (
    query.words.length + query.phrases.length + query.authors.length + query.years.length + query.categories.length + query.tags.length === 0 &&
    !query.bookmarked
  );
}

/** Adds a field or phrase to the query; false when the token is to be read as plain words instead. */
function read(query: SearchQuery, field: string | undefined, value: string, quoted: boolean, typing: boolean): boolean {
  if (field === undefined) {
    if (!quoted) return false;
    if (value) query.phrases.push({ text: value, typing });
    return true;
  }
  if (!KNOWN_FIELDS.has(field)) return false;
  // `author:` with nothing after it: the user is about to type the value.
  if (!value) return true;
  switch (field) {
    case 'author':
      query.authors.push({ text: value, typing });
      return true;
    case 'cat':
      query.categories.push(value);
      return true;
    case 'tag':
      query.tags.push(value);
      return true;
    case 'is':
      // `is:book` already means bookmarked while it is being typed.
      if (!(typing ? 'bookmarked'.startsWith(value.toLowerCase()) : value.toLowerCase() === 'bookmarked')) return false;
      query.bookmarked = true;
      return true;
    default: {
      const years = YEAR.exec(value);
      if (!years) return false;
      const [from, to] = [Number(years[1]), Number(years[2] ?? years[1])];
      query.years.push({ from: Math.min(from, to), to: Math.max(from, to) });
      return true;
    }
  }
}

const KNOWN_FIELDS = new Set(['author', 'year', 'cat', 'tag', 'is']);

/** A token read as plain text: its words, the last one still being typed if the token is. */
function plainWords(source: string, typing: boolean): Typed[] {
  const parts = source.split(/["“”:\s]+/).filter(Boolean);
  return parts.map((text, i) => ({ text, typing: typing && i === parts.length - 1 }));
}
