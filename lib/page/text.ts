/** Text clean-up shared by the page readers: whitespace, readable element text, names, dates and URLs. */

/**
 * The text with every run of whitespace (newlines, tabs, no-break spaces) made one space, and trimmed.
 * Page markup wraps titles and abstracts across lines; readers should never see that.
 *
 * @example
 * normalizeWhitespace('  World models improve\n  a learning agent '); // 'World models improve a learning agent'
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'ul',
]);
const UNREAD_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'annotation', 'annotation-xml']);
const LINE_BREAK = '\n';

function appendText(node: Node, parts: string[]): void {
  if (node.nodeType === node.TEXT_NODE) {
    // A newline in the markup is formatting, not a line the reader sees.
    parts.push((node.nodeValue ?? '').replace(/[\r\n]+/g, ' '));
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE && node.nodeType !== node.DOCUMENT_FRAGMENT_NODE) return;
  const name = (node as Element).localName;
  if (name !== undefined && UNREAD_ELEMENTS.has(name)) return;
  const alttext = name === 'math' ? (node as Element).getAttribute('alttext') : null;
  if (alttext) {
    // MathML's own text is a jumble of tokens; the TeX source reads like the abstract arXiv stores.
    parts.push(`$${alttext}$`);
    return;
  }
  const block = name !== undefined && BLOCK_ELEMENTS.has(name);
  if (block) parts.push(LINE_BREAK);
  for (const child of node.childNodes) appendText(child, parts);
  if (block) parts.push(LINE_BREAK);
  else if (name === 'td' || name === 'th') parts.push(' ');
}

/**
 * The lines of text a reader sees in `root`: broken at `<br>` and at block elements, without scripts,
 * math written as `$TeX$`, and blank lines dropped. Spaces inside a line are kept as written (only trimmed),
 * so callers can tell a wide separator (`\u2003`) from an ordinary space.
 *
 * @example
 * textLines(parse('<span>Ashish Vaswani<br>Google Brain</span>')); // ['Ashish Vaswani', 'Google Brain']
 */
export function textLines(root: Element | DocumentFragment): string[] {
  const parts: string[] = [];
  appendText(root, parts);
  return parts
    .join('')
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The text a reader sees in `root`, on one line, optionally without the descendants matching `omit`.
 * Unlike `textContent`, paragraphs and line breaks become spaces instead of gluing words together.
 *
 * @example
 * readableText(parse('<div><p>First.</p><p>Second.</p></div>'));           // 'First. Second.'
 * readableText(parse('<h1>Title<span class="note">1</span></h1>'), '.note'); // 'Title'
 */
export function readableText(root: Element | DocumentFragment, omit?: string): string {
  return normalizeWhitespace(textLines(omit ? withoutDescendants(root, omit) : root).join(' '));
}

/**
 * A copy of `root` without the descendants matching `selector`; the page itself is left alone.
 *
 * @example
 * withoutDescendants(personName, 'sup, .ltx_note').textContent; // 'Jan Betley'
 */
export function withoutDescendants<T extends Element | DocumentFragment>(root: T, selector: string): T {
  const copy = root.cloneNode(true) as T;
  for (const element of copy.querySelectorAll(selector)) element.remove();
  return copy;
}

/** A heading "Abstract" (any case, with or without a colon or full stop), alone in its element. */
const ABSTRACT_HEADING = /^abstract\s*[:.]?$/i;

function withoutSeparators(text: string): string {
  return text.replace(/[\s,;–-]/g, '');
}

/** A superscript made of links into the page (`<sup><a href="#ref-1">1</a>,<a href="#ref-2">2</a></sup>`) marks citations. */
function isCitationMark(sup: Element): boolean {
  const linked = withoutSeparators(Array.from(sup.querySelectorAll('a[href^="#"]'), (link) => link.textContent ?? '').join(''));
  return linked !== '' && withoutSeparators(sup.textContent ?? '') === linked;
}

/**
 * The abstract written in `root`, as one line: without its "Abstract" heading, without citation
 * superscripts that link to the reference list, and without the descendants matching `omit`.
 *
 * @example
 * abstractText(parse('<div><h2>ABSTRACT</h2><p>We study cats<sup><a href="#ref-1">1</a></sup>.</p></div>'));
 * // 'We study cats.'
 */
export function abstractText(root: Element | DocumentFragment, omit?: string): string {
  const copy = omit ? withoutDescendants(root, omit) : (root.cloneNode(true) as typeof root);
  for (const heading of copy.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (ABSTRACT_HEADING.test(normalizeWhitespace(heading.textContent ?? ''))) heading.remove();
  }
  for (const sup of copy.querySelectorAll('sup')) {
    if (isCitationMark(sup)) sup.remove();
  }
  return withoutAbstractHeading(readableText(copy));
}

/**
 * The text without a leading "Abstract" heading run into it: "Abstract:", "Abstract." or "ABSTRACT".
 * A capitalised "Abstract" without punctuation stays, since it usually starts the sentence
 * ("Abstract Meaning Representation (AMR) is …").
 *
 * @example
 * withoutAbstractHeading('Abstract: We study X.');            // 'We study X.'
 * withoutAbstractHeading('ABSTRACT We study X.');             // 'We study X.'
 * withoutAbstractHeading('Abstract Meaning Representation …'); // unchanged
 */
export function withoutAbstractHeading(text: string): string {
  return text.replace(/^(?:Abstract\s*[:.—–]|ABSTRACT(?![A-Za-z])\s*[:.—–]?)\s*/, '');
}

/**
 * A person's name as people read it: Highwire and Dublin Core allow "Last[ Suffix], First"; this gives
 * "First Last[ Suffix]". Names without a comma are kept.
 *
 * @example
 * personName('Vaswani, Ashish');     // 'Ashish Vaswani'
 * personName('Smith Jr, John');      // 'John Smith Jr'
 * personName('ATLAS Collaboration'); // 'ATLAS Collaboration'
 */
export function personName(name: string): string {
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const lastName = name.slice(0, comma).trim();
  const givenNames = name.slice(comma + 1).trim();
  return givenNames ? `${givenNames} ${lastName}` : lastName;
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** The month number of an English month name or abbreviation ("Jun", "Sept.", "June"), if it is one. */
function monthNumber(name: string): number | undefined {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  if (wanted.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(wanted));
  return index < 0 ? undefined : index + 1;
}

function isoDay(year: number, month: number | undefined, day?: number): string | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}

/**
 * A date written the ways scholarly pages write it, as `YYYY-MM-DD`, or `YYYY-MM` when the day is not given.
 * A year alone says too little for a paper's date and gives undefined, as does anything unreadable.
 *
 * @example
 * isoDate('2017/06/12');           // '2017-06-12'  (Highwire)
 * isoDate('2021/6');               // '2021-06'     (ACL Anthology)
 * isoDate('2020-03-27T00:00:00Z'); // '2020-03-27'
 * isoDate('4 April 2022');         // '2022-04-04'  (Semantic Scholar)
 * isoDate('Oct 12, 2023');         // '2023-10-12'  (Hugging Face)
 * isoDate('1955');                 // undefined
 */
export function isoDate(text: string): string | undefined {
  const date = normalizeWhitespace(text);
  const numeric = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ]|$)/.exec(date);
  if (numeric) {
    return isoDay(Number(numeric[1]), Number(numeric[2]), numeric[3] === undefined ? undefined : Number(numeric[3]));
  }
  const dayMonthYear = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(date);
  if (dayMonthYear) {
    return isoDay(Number(dayMonthYear[3]), monthNumber(dayMonthYear[2] ?? ''), Number(dayMonthYear[1]));
  }
  const monthDayYear = /^([A-Za-z]+\.?) (\d{1,2}), (\d{4})$/.exec(date);
  if (monthDayYear) {
    return isoDay(Number(monthDayYear[3]), monthNumber(monthDayYear[1] ?? ''), Number(monthDayYear[2]));
  }
  const monthYear = /^([A-Za-z]+\.?),? (\d{4})$/.exec(date);
  if (monthYear) return isoDay(Number(monthYear[2]), monthNumber(monthYear[1] ?? ''));
  return undefined;
}

const CLOSING_TO_OPENING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '"', "'"]);

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Drops the sentence punctuation and unmatched closing brackets that prose puts right after a URL. */
function trimUrlEnd(url: string): string {
  let trimmed = url;
  for (;;) {
    const last = trimmed.at(-1) ?? '';
    const opening = CLOSING_TO_OPENING[last];
    // A closing bracket belongs to the URL only when the URL opened it (`…/Foo_(bar)`).
    const unmatchedBracket = opening !== undefined && count(trimmed, opening) < count(trimmed, last);
    if (!TRAILING_PUNCTUATION.has(last) && !unmatchedBracket) return trimmed;
    trimmed = trimmed.slice(0, -1);
  }
}

/**
 * The distinct https URLs written in a text, in order of appearance, without trailing punctuation.
 *
 * @example
 * httpsUrlsIn('Code: https://github.com/ymcui/LERT. Data (https://hf.co/x).');
 * // ['https://github.com/ymcui/LERT', 'https://hf.co/x']
 */
export function httpsUrlsIn(text: string): string[] {
  const urls = Array.from(text.matchAll(/https:\/\/[^\s<>"]+/gi), (match) => trimUrlEnd(match[0]));
  return [...new Set(urls.filter((url) => /^https:\/\/[^/?#]+\.[^/?#]+/i.test(url)))];
}

/** Embedding, override and isolate controls: a page can use them to make text read backwards in Sidenote's views. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Half of a surrogate pair without its other half: invalid UTF-16, which the worker's IndexedDB and search would keep as garbage. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Page text made safe to send and show: lone surrogates replaced by U+FFFD, bidi controls removed, and cut
 * to `maxLength` characters ending in "…" (never between the halves of a surrogate pair).
 * Page readers apply it once, so a hostile page cannot make the worker refuse the paper for its size.
 *
 * @example
 * safePageText('Attention\u202E deen uoy', 2000); // 'Attention deen uoy'
 * safePageText('x'.repeat(1_000_000), 2000);      // 'xxx…x…' (2000 characters)
 */
export function safePageText(text: string, maxLength: number): string {
  const clean = text.replace(LONE_SURROGATE, '\uFFFD').replace(BIDI_CONTROLS, '');
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
