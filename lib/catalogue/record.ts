/** Validates one catalogue record and turns it into a `Paper`, reporting every broken field. */
import { monthOfArxivId, parseArxivId } from '../ids/arxiv-id';
import { httpsUrlsIn, normalizeWhitespace } from '../page/text';
import type { Paper } from '../paper';

/** A schema violation, located by catalogue line and field so a maintainer can fix the source. */
export interface RecordProblem {
  line: number;
  field: string;
  message: string;
}

/** The result of reading one record: the paper, or every problem found in it. */
export type RecordResult = { paper: Paper; problems?: never } | { paper?: never; problems: RecordProblem[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CATEGORY = /^[a-z-]+(\.[A-Za-z-]+)?$/;

/**
 * Reads a parsed JSON Lines record of the catalogue format
 * (`arxivId`, `title`, `authors`, `abstract`, `published`, `categories`, `links`).
 *
 * @example
 * const result = readCatalogueRecord(JSON.parse(line), 12);
 * if (result.problems) console.error(result.problems); // [{ line: 12, field: 'title', message: '…' }]
 */
export function readCatalogueRecord(raw: unknown, line: number): RecordResult {
  const problems: RecordProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ line, field, message });

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: [{ line, field: '(record)', message: 'is not a JSON object' }] };
  }
  const record = raw as Record<string, unknown>;

  let arxivId: string | undefined;
  if (record.arxivId !== null && record.arxivId !== undefined) {
    const parsed = typeof record.arxivId === 'string' ? parseArxivId(record.arxivId) : null;
    if (!parsed) problem('arxivId', `is not an arXiv id: ${JSON.stringify(record.arxivId)}`);
    else arxivId = parsed.id;
  }

  const title = typeof record.title === 'string' ? normalizeWhitespace(record.title) : '';
  if (!title) problem('title', 'must be a non-empty string');

  const abstract = typeof record.abstract === 'string' ? normalizeWhitespace(record.abstract) : undefined;
  if (abstract === undefined) problem('abstract', 'must be a string');

  const authors = stringList(record.authors);
  if (!authors) problem('authors', 'must be a list of names');

  const categories = stringList(record.categories);
  if (!categories) problem('categories', 'must be a list of arXiv categories');
  else {
    const bad = categories.find((category) => !CATEGORY.test(category));
    if (bad !== undefined) problem('categories', `has an invalid category: ${JSON.stringify(bad)}`);
  }

  // Links were cut from abstracts, so LaTeX leftovers such as a closing `}` are trimmed as in page text.
  const rawLinks = stringList(record.links);
  const links = rawLinks?.map((link) => httpsUrlsIn(link)[0]);
  if (!rawLinks) problem('links', 'must be a list of URLs');
  else {
    const bad = rawLinks.find((_, i) => links![i] === undefined);
    if (bad !== undefined) problem('links', `has an invalid https URL: ${JSON.stringify(bad)}`);
  }

  let date: string | undefined;
  if (record.published !== null && record.published !== undefined) {
    if (typeof record.published !== 'string' || !isCalendarDate(record.published)) {
      problem('published', `is not a YYYY-MM-DD date: ${JSON.stringify(record.published)}`);
    } else date = record.published;
  }
  date ??= arxivId ? monthOfArxivId(arxivId) : undefined;

  if (problems.length > 0) return { problems };
  return {
    paper: {
      key: arxivId ?? titleSlug(title),
      ...(arxivId ? { arxivId } : {}),
      title,
      authors: authors!.map(normalizeWhitespace),
      abstract: abstract!,
      ...(date ? { date } : {}),
      categories: categories!,
      links: links as string[],
    },
  };
}

/**
 * The key of a paper without an arXiv id: a readable slug of its title.
 *
 * @example
 * titleSlug('OnPrem.LLM: A Privacy-Conscious Toolkit'); // 'title:onprem-llm-a-privacy-conscious-toolkit'
 */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `title:${slug}`;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
