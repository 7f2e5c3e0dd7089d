/** Normalises DOIs written bare, as `doi:` references or as doi.org links, to one comparable form. */

const DOI_PREFIX = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)/i;
/** `10.` + registrant code (four or more digits, optionally subdivided) + `/` + a non-empty suffix. */
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

function decodeUriComponentLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A lone `%` is a legal DOI character, not a broken escape.
    return text;
  }
}

/**
 * A DOI in lower case without any prefix, or null when the input holds none.
 * DOIs are case-insensitive, so the lower-case form can be compared and used as a key.
 *
 * @example
 * normalizeDoi('https://doi.org/10.48550/arXiv.1706.03762'); // '10.48550/arxiv.1706.03762'
 * normalizeDoi('doi:10.1103%2FPhysRevLett.116.061102');       // '10.1103/physrevlett.116.061102'
 * normalizeDoi('not a doi');                                  // null
 */
export function normalizeDoi(input: string): string | null {
  const doi = decodeUriComponentLeniently(input.trim()).replace(DOI_PREFIX, '').trim();
  return DOI.test(doi) ? doi.toLowerCase() : null;
}
