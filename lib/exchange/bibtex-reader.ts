/** Reads BibTeX files (Sidenote's own, Zotero's, arXiv's, Google Scholar's, hand-written) as bookmarks to import. */
import { arxivIdFromUrl, monthOfArxivId, parseArxivId } from '../ids/arxiv-id';
import { normalizeDoi } from '../ids/doi';
import { normalizeTags } from '../library/bookmark-filter';
import { arxivIdOfDoi, doiOfLandingUrl } from '../page/identifiers';
import { paperKey } from '../page/page-paper';
import { readBibtexEntries, type BibtexProblem, type RawEntry } from './bibtex-syntax';
import { isPaperDate } from './citation-fields';
import { ImportError } from './import-error';
import type { ParsedBookmark } from './import-plan';
import { decodeLatex, decodeVerbatim, type Whitespace } from './latex';
import { displayName, splitName, type NameWord } from './person-name';

export type { BibtexProblem } from './bibtex-syntax';

/**
 * One BibTeX entry read as a bookmark, with where it came from so the import preview can point at it.
 *
 * @example
 * const entry: ParsedEntry = {
 *   paper: { key: '1706.03762', arxivId: '1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani'],
 *     abstract: '', date: '2017-06', categories: ['cs.CL'], links: [] },
 *   tags: ['nlp'], note: '', line: 7, citationKey: 'vaswani2017attention', type: 'misc', warnings: [],
 * };
 */
export interface ParsedEntry extends ParsedBookmark {
  line: number;
  citationKey: string;
  /** Lower-case entry type, e.g. `misc`. */
  type: string;
  /** Values the reader could not use and left out, e.g. a `doi` that is not a DOI. */
  warnings: string[];
}

/**
 * What a BibTeX file holds: the entries read, and the entries that could not be read.
 *
 * @example
 * const { entries, problems }: BibtexImport = parseBibtex(text);
 * for (const { line, message } of problems) console.warn(`Line ${line}: ${message}`);
 */
export interface BibtexImport {
  entries: ParsedEntry[];
  /** Entries left out for a syntax error, each with its line; the rest of the file is still good. */
  problems: BibtexProblem[];
}

const ARXIV_ID_FIELDS = ['arxiv', 'arxivid', 'arxiv_id'];
/** Fields where Google Scholar and others write `arXiv preprint arXiv:1706.03762`. */
const ARXIV_REFERENCE_FIELDS = ['journal', 'journaltitle', 'howpublished', 'note'];
const ARXIV_REFERENCE_NOTE = /^arXiv:\s*\S+(?:\s*\[[^\]]*\])?$/i;
const CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;
/** DataCite's arXiv subjects, as arXiv's DOI records give them in `keywords`: `Machine Learning (cs.LG)`. */
const SUBJECT_KEYWORD = /^.+\(([a-z-]+(?:\.[A-Za-z-]+)?)\)$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The bookmarks a BibTeX file describes. Each entry becomes a paper: its arXiv id from `eprint`
 * (arXiv or no `archivePrefix`), an `arxiv`/`arxivid` field, an arXiv DOI or URL, or a reference such as
 * `journal = {arXiv preprint arXiv:…}`; its DOI normalised; its date `YYYY-MM-DD` from biblatex's
 * `date`, else `YYYY-MM` from `year` and `month`. A year alone gives no date, as `Paper.date` has no
 * year-only form, except that an arXiv paper takes the month its id was issued in. Tags come from
 * `keywords` (split on `,` or `;`), the note from `annote` and `note` (unless that only repeats the arXiv id);
 * `url` is kept only when it is more than the arXiv or doi.org page of the paper's own ids.
 *
 * An entry with a syntax error is left out and listed in `problems`; braces that do not balance, or a
 * file without any entry, throw an `ImportError` naming the line, since nothing in it can be trusted.
 *
 * @example
 * const { entries, problems } = parseBibtex('@misc{v, title = {Attention}, eprint = {1706.03762}, keywords = {nlp}}');
 * // entries[0].paper.key === '1706.03762', entries[0].tags → ['nlp'], problems → []
 */
export function parseBibtex(text: string): BibtexImport {
  const { entries, problems } = readBibtexEntries(text);
  if (entries.length === 0 && problems.length === 0) {
    throw new ImportError('The file holds no BibTeX entries: no line like "@article{key, title = {…}}" was found.');
  }
  return { entries: entries.map(parsedEntry), problems };
}

/** The values of an entry's fields, decoded as text or read verbatim (URLs, DOIs, ids). */
interface EntryFields {
  text(name: string, whitespace?: Whitespace): string | undefined;
  verbatim(name: string): string | undefined;
}

/**
 * One entry of `readBibtexEntries` read as a bookmark, by the rules `parseBibtex` describes.
 *
 * @example
 * const [raw] = readBibtexEntries('@misc{v, title = {Attention}, eprint = {1706.03762}}').entries;
 * parsedEntry(raw!).paper.key; // '1706.03762'
 */
export function parsedEntry(entry: RawEntry): ParsedEntry {
  const fields: EntryFields = {
    text: (name, whitespace) => mapField(entry, name, (raw) => decodeLatex(raw, whitespace)),
    verbatim: (name) => mapField(entry, name, decodeVerbatim),
  };
  const warnings = [...entry.warnings];
  const title = fields.text('title') ?? '';
  const url = fields.verbatim('url');
  const arxivId = arxivIdOf(fields);
  const doi = doiOf(fields.verbatim('doi'), url, warnings);
  const date = dateOf(fields.text('date'), fields.text('year'), fields.text('month'), arxivId, warnings);
  const { tags, categories } = keywordsOf(fields.text('keywords'));
  const primaryClass = fields.text('primaryclass');
  const note = ['annote', 'note']
    .map((name) => fields.text(name, 'keep') ?? '')
    // Zotero and others file the arXiv reference (`arXiv:1706.03762 [cs]`) under `note`: an identifier, not a thought.
    .filter((text) => text !== '' && !ARXIV_REFERENCE_NOTE.test(text))
    .join('\n\n');

  return {
    paper: {
      key: paperKey({ arxivId, doi, title }),
      ...(arxivId !== undefined && { arxivId }),
      ...(doi !== undefined && { doi }),
      title,
      authors: authorsOf(entry.fields.get('author')?.value ?? ''),
      abstract: fields.text('abstract') ?? '',
      ...(date !== undefined && { date }),
      categories: [...new Set([...(primaryClass && CATEGORY.test(primaryClass) ? [primaryClass] : []), ...categories])],
      links: [],
      ...(url !== undefined && isPageWorthKeeping(url, arxivId, doi) && { url }),
    },
    tags,
    note,
    line: entry.line,
    citationKey: entry.citationKey,
    type: entry.type,
    warnings,
  };
}

function mapField(entry: RawEntry, name: string, decode: (raw: string) => string): string | undefined {
  const field = entry.fields.get(name);
  return field === undefined ? undefined : decode(field.value);
}

function arxivIdOf(fields: EntryFields): string | undefined {
  const eprint = fields.verbatim('eprint');
  const archive = (fields.text('archiveprefix') ?? fields.text('eprinttype'))?.toLowerCase();
  if (eprint !== undefined && (archive === undefined || archive === 'arxiv')) {
    // Old-style ids are sometimes written as the bare number with the archive in `primaryClass`.
    const archiveOfClass = fields.text('primaryclass')?.split('.')[0];
    const id = parseArxivId(eprint) ?? (/^\d{7}$/.test(eprint) && archiveOfClass ? parseArxivId(`${archiveOfClass}/${eprint}`) : null);
    if (id) return id.id;
  }
  const candidates = [
    ...ARXIV_ID_FIELDS.map((name) => parseArxivId(fields.verbatim(name) ?? '')),
    arxivIdOfDoi(normalizeDoi(fields.verbatim('doi') ?? '') ?? undefined),
    arxivIdFromUrl(fields.verbatim('url') ?? ''),
    ...ARXIV_REFERENCE_FIELDS.map((name) => {
      const reference = /arXiv:\s*([^\s,;]+)/i.exec(fields.text(name) ?? '')?.[1];
      return reference === undefined ? null : parseArxivId(reference);
    }),
  ];
  return candidates.find((id) => id !== null)?.id;
}

/**
 * Whether `url` is a web page worth keeping: not the arXiv or doi.org page of the paper's own ids, which
 * every export derives from the ids anyway (keeping them would make re-importing an export change bookmarks).
 */
function isPageWorthKeeping(url: string, arxivId: string | undefined, doi: string | undefined): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  const isArxivPage = arxivId !== undefined && arxivIdFromUrl(url)?.id === arxivId;
  const isDoiLink = doi !== undefined && doiOfLandingUrl(url) === doi;
  return !isArxivPage && !isDoiLink;
}

function doiOf(field: string | undefined, url: string | undefined, warnings: string[]): string | undefined {
  if (field !== undefined) {
    const doi = normalizeDoi(field);
    if (doi !== null) return doi;
    warnings.push(`"doi = ${field}" is not a DOI; it was left out.`);
  }
  return doiOfLandingUrl(url);
}

function dateOf(
  dateField: string | undefined,
  yearField: string | undefined,
  monthField: string | undefined,
  arxivId: string | undefined,
  warnings: string[],
): string | undefined {
  const arxivMonth = arxivId === undefined ? undefined : monthOfArxivId(arxivId);
  // biblatex dates may be ranges (`2017-06-12/2017-06-14`); the start is the date of the paper.
  const start = dateField?.split('/')[0]!.trim();
  if (start !== undefined && isPaperDate(start)) return start;
  const isYear = (text: string | undefined) => text !== undefined && /^\d{4}$/.test(text);
  if (start !== undefined && !isYear(start)) warnings.push(`"date = ${dateField}" is not a date like 2017-06-12; it was left out.`);
  const year = yearField ?? (isYear(start) ? start : undefined);
  if (year === undefined) return arxivMonth;
  if (!isYear(year)) {
    warnings.push(`"year = ${year}" is not a year; it was left out.`);
    return arxivMonth;
  }
  if (monthField === undefined) return arxivMonth;
  const month = monthNumber(monthField);
  if (month === undefined) {
    warnings.push(`"month = ${monthField}" is not a month; it was left out.`);
    return arxivMonth;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** `6`, `06`, `jun`, `Jun.` or `June` (what the month macros expand to). */
function monthNumber(text: string): number | undefined {
  const number = /^\d{1,2}$/.test(text) ? Number(text) : MONTHS.indexOf(text.slice(0, 3).toLowerCase()) + 1;
  return number >= 1 && number <= 12 ? number : undefined;
}

/** Tags from `keywords`, except arXiv subjects (which are categories) and DataCite's `FOS:` fields of science. */
function keywordsOf(keywords: string | undefined): { tags: string[]; categories: string[] } {
  const tags: string[] = [];
  const categories: string[] = [];
  for (const keyword of (keywords ?? '').split(/[,;]/).map((part) => part.trim())) {
    const subject = SUBJECT_KEYWORD.exec(keyword)?.[1];
    if (subject !== undefined) categories.push(subject);
    else if (!/^FOS:/.test(keyword)) tags.push(keyword);
  }
  return { tags: normalizeTags(tags), categories };
}

/** The names of an `author` field, split on `and` outside braces, each in Sidenote's `First von Last Jr` form. */
function authorsOf(raw: string): string[] {
  return splitOutsideBraces(raw, /\s+and\s+/iy)
    .map((name) => name.trim())
    .filter((name) => name !== '' && name.toLowerCase() !== 'others')
    .map((name) => {
      const parts = splitOutsideBraces(name, /\s*,\s*/y).map((part) =>
        splitOutsideBraces(part, /[\s~]+/y)
          .filter(Boolean)
          .map((word): NameWord => ({ text: decodeLatex(word), protectedCase: word.startsWith('{') && !word.startsWith('{\\') })),
      );
      return displayName(splitName(parts));
    })
    .filter(Boolean);
}

/** `raw` split where the sticky `separator` matches outside braces. */
function splitOutsideBraces(raw: string, separator: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}') depth--;
    else if (depth === 0) {
      separator.lastIndex = i;
      const match = separator.exec(raw);
      if (match && match[0].length > 0) {
        pieces.push(raw.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  pieces.push(raw.slice(start));
  return pieces;
}
