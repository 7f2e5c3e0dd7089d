/** Writes bookmarks as a CSV spreadsheet (RFC 4180) that is safe to open in Excel, LibreOffice or Google Sheets. */
import type { Bookmark } from '../paper';
import { citationUrl, publicationDate } from './citation-fields';

/**
 * The header row, in column order.
 *
 * @example
 * const noteColumn = CSV_COLUMNS.indexOf('note'); // 9
 */
export const CSV_COLUMNS = [
  'key', 'title', 'authors', 'year', 'date', 'arxiv_id', 'doi', 'url', 'tags', 'note', 'read', 'created_at', 'updated_at',
] as const;

/** Excel reads a CSV without this mark as the local code page and garbles every accented name. */
const UTF8_BYTE_ORDER_MARK = '\uFEFF';

/**
 * A CSV file of `bookmarks`: a header row, then one row each, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break (quotes doubled). Lists (authors, tags) are joined with `; `; times are
 * ISO 8601 in UTC. The file starts with a UTF-8 byte order mark for Excel. A cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a title or note can never run as a
 * spreadsheet formula (CSV injection).
 *
 * @example
 * toCsv([attentionBookmark]);
 * // '\uFEFFkey,title,authors,year,date,arxiv_id,doi,url,tags,note,read,created_at,updated_at\r\n' +
 * // '1706.03762,Attention Is All You Need,Ashish Vaswani; Noam Shazeer,2017,2017-06-12,1706.03762,,https://arxiv.org/abs/1706.03762,nlp,,false,2026-01-02T03:04:05.000Z,…\r\n'
 */
export function toCsv(bookmarks: Bookmark[]): string {
  const rows = [[...CSV_COLUMNS], ...bookmarks.map(row)];
  return UTF8_BYTE_ORDER_MARK + rows.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}

function row(bookmark: Bookmark): string[] {
  const { paper } = bookmark;
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    key: bookmark.key,
    title: paper.title,
    authors: paper.authors.join('; '),
    year: String(publicationDate(paper)?.year ?? ''),
    date: paper.date ?? '',
    arxiv_id: paper.arxivId ?? '',
    doi: paper.doi ?? '',
    url: citationUrl(paper) ?? '',
    tags: bookmark.tags.join('; '),
    note: bookmark.note,
    read: String(bookmark.read),
    created_at: new Date(bookmark.createdAt).toISOString(),
    updated_at: new Date(bookmark.updatedAt).toISOString(),
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
