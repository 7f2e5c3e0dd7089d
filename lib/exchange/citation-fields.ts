/** What every export format says about a paper's date and address, derived one way for all of them. */
import { arxivAbsUrl, monthOfArxivId } from '../ids/arxiv-id';
import type { Paper } from '../paper';

/**
 * A date as citations give it: the year always, month and day when known.
 *
 * @example
 * const date: PublicationDate = { year: 2017, month: 6 };
 */
export interface PublicationDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * The paper's date, or for an arXiv paper without one the month its id was issued in.
 *
 * @example
 * publicationDate({ ...paper, date: '2017-06-12' });               // { year: 2017, month: 6, day: 12 }
 * publicationDate({ ...paper, date: undefined, arxivId: '2106.09608' }); // { year: 2021, month: 6 }
 */
export function publicationDate(paper: Paper): PublicationDate | undefined {
  const date = paper.date ?? (paper.arxivId === undefined ? undefined : monthOfArxivId(paper.arxivId));
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  return { year: year!, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/**
 * True for the dates a `Paper` holds: `YYYY-MM` or `YYYY-MM-DD`, a real day of the calendar.
 *
 * @example
 * isPaperDate('2024-02-29'); // true
 * isPaperDate('2023-02-29'); // false
 * isPaperDate('2017');       // false
 */
export function isPaperDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return false;
  const [year, month, day = '01'] = match.slice(1) as [string, string, string | undefined];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/**
 * The address a citation links to: the arXiv abstract page for arXiv papers (wherever the paper was read),
 * else the page it was read from, else its DOI link.
 *
 * @example
 * citationUrl({ ...paper, arxivId: '1706.03762', url: 'https://huggingface.co/papers/1706.03762' }); // 'https://arxiv.org/abs/1706.03762'
 * citationUrl({ ...paper, arxivId: undefined, url: undefined, doi: '10.1000/182' });                  // 'https://doi.org/10.1000/182'
 */
export function citationUrl(paper: Paper): string | undefined {
  if (paper.arxivId) return arxivAbsUrl(paper.arxivId);
  if (paper.url) return paper.url;
  return paper.doi ? `https://doi.org/${paper.doi}` : undefined;
}
