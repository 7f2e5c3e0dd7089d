/** Writes bookmarks as BibTeX that LaTeX, biblatex, Zotero and Sidenote itself read back faithfully. */
import type { Bookmark, Paper } from '../paper';
import { citationUrl, publicationDate } from './citation-fields';
import { citationKeys } from './citation-key';
import { encodeLatex } from './latex';
import { splitDisplayName, type PersonName } from './person-name';

/** BibTeX's predefined month macros; styles print them in the document's language. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX file of `bookmarks`, one entry each, in the order given. Every paper is a `@misc`: arXiv
 * papers carry `eprint` (without version), `archivePrefix` and `primaryClass` as arXiv's own export writes
 * them; other papers carry `doi` and `url`. Non-ASCII text stays UTF-8, the title sits in double braces so
 * styles keep its capitals, tags go in `keywords` and the note in `annote`, which styles do not print.
 *
 * @example
 * toBibtex([attentionBookmark]);
 * // @misc{vaswani2017attention,
 * //   title = {{Attention Is All You Need}},
 * //   author = {Vaswani, Ashish and Shazeer, Noam},
 * //   year = {2017},
 * //   month = jun,
 * //   eprint = {1706.03762},
 * //   archivePrefix = {arXiv},
 * //   primaryClass = {cs.CL},
 * //   url = {https://arxiv.org/abs/1706.03762},
 * //   keywords = {transformers, to read}
 * // }
 */
export function toBibtex(bookmarks: Bookmark[]): string {
  const keys = citationKeys(bookmarks);
  return bookmarks.map((bookmark) => entry(bookmark, keys.get(bookmark.key)!)).join('\n');
}

function entry(bookmark: Bookmark, citationKey: string): string {
  const { paper } = bookmark;
  const date = publicationDate(paper);
  const url = citationUrl(paper);
  const authors = paper.authors.filter((author) => author.trim() !== '').map((author) => bibtexName(splitDisplayName(author)));
  const fields: [string, string | undefined][] = [
    ['title', `{{${encodeLatex(paper.title)}}}`],
    ['author', authors.length > 0 ? braced(authors.join(' and ')) : undefined],
    ['year', date ? braced(String(date.year)) : undefined],
    ['month', date?.month === undefined ? undefined : MONTH_MACROS[date.month - 1]],
    // BibTeX has no day; biblatex reads `date`, so a known day is not lost.
    ['date', date?.day === undefined ? undefined : braced(paper.date!)],
    ...arxivFields(paper),
    ['doi', paper.doi ? braced(verbatim(paper.doi)) : undefined],
    ['url', url ? braced(verbatim(url)) : undefined],
    ['abstract', paper.abstract ? braced(encodeLatex(paper.abstract)) : undefined],
    ['keywords', bookmark.tags.length > 0 ? braced(bookmark.tags.map(encodeLatex).join(', ')) : undefined],
    ['annote', bookmark.note ? braced(encodeLatex(bookmark.note)) : undefined],
  ];
  const body = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = ${value}`])).join(',\n');
  return `@misc{${citationKey},\n${body}\n}\n`;
}

function arxivFields(paper: Paper): [string, string | undefined][] {
  if (!paper.arxivId) return [];
  const primaryCategory = paper.categories[0];
  return [
    ['eprint', braced(paper.arxivId)],
    ['archivePrefix', '{arXiv}'],
    ['primaryClass', primaryCategory ? braced(encodeLatex(primaryCategory)) : undefined],
  ];
}

/** `von Last, Jr, First`, the form BibTeX cannot misread; organisations in braces so they stay one name. */
function bibtexName(name: PersonName): string {
  if ('literal' in name) return `{${encodeLatex(name.literal)}}`;
  const [particle, family, suffix, given] = [name.particle, name.family, name.suffix, name.given].map(protectAnd);
  const last = [particle, family].filter(Boolean).join(' ');
  if (suffix) return `${last}, ${suffix}, ${given}`;
  return given ? `${last}, ${given}` : last;
}

/** Encodes a name part, bracing a word `and` so BibTeX does not split the author list there. */
function protectAnd(part: string): string {
  return part
    .split(' ')
    .map((word) => (word.toLowerCase() === 'and' ? `{${encodeLatex(word)}}` : encodeLatex(word)))
    .join(' ');
}

/** URLs and DOIs are read verbatim by biblatex and `\url`; only braces and backslashes would break the field. */
function verbatim(value: string): string {
  return value.replace(/[{}\\]/g, (character) => encodeURIComponent(character));
}

function braced(value: string): string {
  return `{${value}}`;
}
