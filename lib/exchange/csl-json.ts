/** Writes bookmarks as CSL-JSON, the input of citeproc (Pandoc, Zotero, Mendeley, citation-js). */
import type { Bookmark } from '../paper';
import { citationUrl, publicationDate } from './citation-fields';
import { citationKeys } from './citation-key';
import { splitDisplayName, type PersonName } from './person-name';

/**
 * A CSL name: split into parts for people, whole (`literal`) for organisations.
 *
 * @example
 * const names: CslName[] = [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }, { literal: 'ATLAS Collaboration' }];
 */
export type CslName =
  | { literal: string }
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string };

/**
 * The CSL-JSON item Sidenote writes for a bookmark.
 *
 * @example
 * const item: CslItem = { id: 'godel1931uber', type: 'article-journal', title: 'Über formal unentscheidbare Sätze…', DOI: '10.1007/bf01700692' };
 */
export interface CslItem {
  id: string;
  type: 'article' | 'article-journal';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [number[]] };
  abstract?: string;
  DOI?: string;
  URL?: string;
  /** `arXiv:<id>`, as Zotero writes a preprint's archive id, so styles print "arXiv:1706.03762". */
  number?: string;
  publisher?: string;
  keyword?: string;
  note?: string;
}

/**
 * A CSL-JSON array of `bookmarks`, ids being the same stable citation keys the BibTeX export uses.
 * arXiv papers are `article` (CSL's type for preprints) with `publisher: "arXiv"` and `number: "arXiv:<id>"`
 * as Zotero writes them; other papers with a DOI are `article-journal`. Tags go in `keyword`, the note
 * in `note`.
 *
 * @example
 * toCslJson([attentionBookmark]);
 * // [{ "id": "vaswani2017attention", "type": "article", "title": "Attention Is All You Need",
 * //    "author": [{ "family": "Vaswani", "given": "Ashish" }], "issued": { "date-parts": [[2017, 6, 12]] },
 * //    "URL": "https://arxiv.org/abs/1706.03762", "number": "arXiv:1706.03762", "publisher": "arXiv" }]
 */
export function toCslJson(bookmarks: Bookmark[]): string {
  const keys = citationKeys(bookmarks);
  return `${JSON.stringify(bookmarks.map((bookmark) => cslItem(bookmark, keys.get(bookmark.key)!)), null, 2)}\n`;
}

function cslItem(bookmark: Bookmark, id: string): CslItem {
  const { paper } = bookmark;
  const date = publicationDate(paper);
  const authors = paper.authors.filter((author) => author.trim() !== '').map((author) => cslName(splitDisplayName(author)));
  const url = citationUrl(paper);
  return {
    id,
    type: !paper.arxivId && paper.doi ? 'article-journal' : 'article',
    title: paper.title,
    ...(authors.length > 0 && { author: authors }),
    ...(date && { issued: { 'date-parts': [[date.year, date.month, date.day].filter((part) => part !== undefined)] } }),
    ...(paper.abstract && { abstract: paper.abstract }),
    ...(paper.doi && { DOI: paper.doi }),
    ...(url && { URL: url }),
    ...(paper.arxivId && { number: `arXiv:${paper.arxivId}`, publisher: 'arXiv' }),
    ...(bookmark.tags.length > 0 && { keyword: bookmark.tags.join(', ') }),
    ...(bookmark.note && { note: bookmark.note }),
  };
}

function cslName(name: PersonName): CslName {
  if ('literal' in name) return { literal: name.literal };
  return {
    family: name.family,
    ...(name.given && { given: name.given }),
    ...(name.particle && { 'non-dropping-particle': name.particle }),
    ...(name.suffix && { suffix: name.suffix }),
  };
}
