/** Text clean-up shared by the page readers: whitespace normalisation and URL extraction. */

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
