/** Reads papers rendered by LaTeXML, the converter behind arXiv's HTML view and ar5iv. */
import type { ArxivId } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { pagePaper, showsOtherArxivPaper } from './page-paper';
import { abstractText, normalizeWhitespace, readableText, textLines, withoutDescendants } from './text';

/**
 * What a person name carries besides the name: footnotes and `\thanks` (`.ltx_note`), affiliation and
 * e-mail blocks (`.ltx_contact`, `.ltx_role_*`), affiliation marks (`sup`, math), e-mail links.
 */
const NOT_NAME = '.ltx_note, .ltx_contact, .ltx_author_notes, [class*="ltx_role_"], sup, math, a[href^="mailto:"]';
/** Wide spaces (`\quad`, `\And`), commas and "and" separate names that authors wrote in one `\author{}`. */
const NAME_SEPARATOR = /[\u2002\u2003]|\u00a0{2,}|,|\s+and\s+|\s+&\s+/;

/** An author tabular (`\begin{tabular}` in `\author{}`) reads row by row, its cells side by side. */
function tabularAsLines(personName: Element): Element {
  const document = personName.ownerDocument;
  for (const cell of personName.querySelectorAll('.ltx_td')) cell.append(document.createTextNode('\u2003'));
  for (const row of personName.querySelectorAll('.ltx_tr')) row.append(document.createElement('br'));
  return personName;
}

/**
 * The names in one `.ltx_personname`. Usually that is its first line (later lines are affiliations and
 * e-mails); when authors set their names in bold, the bold lines are the names wherever they stand,
 * as in `\author{\textbf{A}$^1$ \quad \textbf{B}$^2$ \\ $^1$Univ}`.
 */
function namesIn(personName: Element): string[] {
  const copy = tabularAsLines(withoutDescendants(personName, NOT_NAME));
  const bold = Array.from(copy.querySelectorAll('.ltx_font_bold')).filter(
    (element) => !element.parentElement?.closest('.ltx_font_bold'),
  );
  const lines = bold.length > 0 ? bold.flatMap(textLines) : textLines(copy).slice(0, 1);
  return lines
    .flatMap((line) => line.split(NAME_SEPARATOR))
    .map(normalizeWhitespace)
    .filter((name) => /\p{L}/u.test(name));
}

function readAuthors(document: Document): string[] {
  const authors = document.querySelector('.ltx_authors');
  if (!authors) return [];
  return Array.from(authors.querySelectorAll('.ltx_personname')).flatMap(namesIn);
}

/**
 * The arXiv paper `arxivId` as rendered by LaTeXML in `document`, or null when the document shows no
 * LaTeXML title or names another paper. Title, authors and abstract come from `.ltx_title_document`,
 * `.ltx_authors` and `.ltx_abstract`; the page gives no date, so the paper gets the month of its id.
 *
 * @example
 * readLatexmlPaper(document, new URL('https://arxiv.org/html/2501.11120v1'), { id: '2501.11120', version: 'v1' });
 * // { key: '2501.11120', arxivId: '2501.11120', version: 'v1', title: 'Tell me about yourself: …',
 * //   authors: ['Jan Betley', 'Xuchan Bao', …], date: '2025-01', categories: [], … }
 */
export function readLatexmlPaper(document: Document, url: URL, arxivId: ArxivId): Paper | null {
  const title = document.querySelector('.ltx_title_document') ?? document.querySelector('.ltx_document > .ltx_title');
  if (!title || showsOtherArxivPaper(document, url, arxivId.id)) return null;
  const abstract = document.querySelector('.ltx_abstract');
  return pagePaper(
    {
      title: readableText(title, '.ltx_note'),
      authors: readAuthors(document),
      abstract: abstract ? abstractText(abstract, '.ltx_note') : '',
      arxivId: arxivId.id,
      ...(arxivId.version !== undefined && { version: arxivId.version }),
    },
    url,
  );
}
