/** Parses arXiv identifiers from bare ids, `arXiv:` references and the URLs of arXiv and its mirrors. */

/** An arXiv identifier: `id` without version (the key everywhere), `version` like 'v2' when given. */
export interface ArxivId {
  id: string;
  version?: string;
}

/** Archives that issued old-style ids (`archive/YYMMNNN`) between 1991-08 and 2007-03. */
const OLD_STYLE_ARCHIVES = new Set([
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'astro-ph', 'atom-ph', 'bayes-an', 'chao-dyn',
  'chem-ph', 'cmp-lg', 'comp-gas', 'cond-mat', 'cs', 'dg-ga', 'funct-an', 'gr-qc', 'hep-ex',
  'hep-lat', 'hep-ph', 'hep-th', 'math', 'math-ph', 'mtrl-th', 'nlin', 'nucl-ex', 'nucl-th',
  'patt-sol', 'physics', 'plasm-ph', 'q-alg', 'q-bio', 'quant-ph', 'solv-int', 'supr-con',
]);

/** Path segments, per host, after which an id follows (`/abs/<id>`, `/papers/<id>`). */
const ID_ROUTES_BY_HOST: Readonly<Record<string, readonly string[]>> = {
  'arxiv.org': ['abs', 'pdf', 'html'],
  'www.arxiv.org': ['abs', 'pdf', 'html'],
  'export.arxiv.org': ['abs', 'pdf', 'html'],
  'ar5iv.labs.arxiv.org': ['abs', 'html'],
  'ar5iv.org': ['abs', 'html'],
  'alphaxiv.org': ['abs', 'overview'],
  'www.alphaxiv.org': ['abs', 'overview'],
  'huggingface.co': ['papers'],
};

const ID_PATTERN =
  '(?:(?<yymm>\\d{4})\\.(?<number>\\d{4,5})' +
  '|(?<archive>[a-z]+(?:-[a-z]+)?)(?:\\.[A-Za-z]+(?:-[A-Za-z]+)?)?\\/(?<oldYymm>\\d{4})(?<oldNumber>\\d{3}))' +
  '(?<version>v[1-9]\\d*)?(?:\\.pdf)?';

const BARE_ID = new RegExp(`^${ID_PATTERN}\\/?(?:[?#].*)?$`);
/** An id at the start of a URL path remainder, possibly followed by a sub-path (`/html/<id>/S2`). */
const PATH_ID = new RegExp(`^${ID_PATTERN}(?:\\/.*)?$`);

interface ParsedId extends ArxivId {
  /** `YYYY-MM` the id was issued in. */
  month: string;
}

function isValidMonth(mm: number): boolean {
  return mm >= 1 && mm <= 12;
}

/** Checks a matched id against arXiv's numbering rules, which the regex alone cannot express. */
function validate(groups: Record<string, string | undefined>): ParsedId | null {
  const { yymm, number, archive, oldYymm, oldNumber, version } = groups;
  const withVersion = (id: string, month: string): ParsedId =>
    version === undefined ? { id, month } : { id, version, month };

  if (yymm !== undefined && number !== undefined) {
    const issued = Number(yymm);
    // Four-digit numbers ran until 1412; from 1501 every number has five.
    const expectedDigits = issued <= 1412 ? 4 : 5;
    if (issued < 704 || !isValidMonth(issued % 100) || number.length !== expectedDigits || Number(number) === 0) {
      return null;
    }
    return withVersion(`${yymm}.${number}`, `20${yymm.slice(0, 2)}-${yymm.slice(2)}`);
  }

  if (archive !== undefined && oldYymm !== undefined && oldNumber !== undefined) {
    const issued = Number(oldYymm);
    const inOldStyleEra = issued >= 9108 || issued <= 703;
    if (!OLD_STYLE_ARCHIVES.has(archive) || !inOldStyleEra || !isValidMonth(issued % 100) || Number(oldNumber) === 0) {
      return null;
    }
    const century = issued >= 9108 ? '19' : '20';
    // The subject class (`math.CA/…`) is not part of the identifier: arXiv files the paper as `math/…`,
    // so dropping it gives every paper a single key.
    return withVersion(`${archive}/${oldYymm}${oldNumber}`, `${century}${oldYymm.slice(0, 2)}-${oldYymm.slice(2)}`);
  }
  return null;
}

function matchBareId(input: string): ParsedId | null {
  const groups = BARE_ID.exec(input.trim().replace(/^arxiv:\s*/i, ''))?.groups;
  return groups ? validate(groups) : null;
}

function toArxivId(parsed: ParsedId | null): ArxivId | null {
  if (!parsed) return null;
  return parsed.version === undefined ? { id: parsed.id } : { id: parsed.id, version: parsed.version };
}

/**
 * The arXiv id in a bare id (`2106.09608v2`, `hep-th/9901001`), an `arXiv:` reference or an arXiv-family URL.
 *
 * @example
 * parseArxivId('arXiv:1706.03762v7');             // { id: '1706.03762', version: 'v7' }
 * parseArxivId('https://arxiv.org/pdf/2106.09608'); // { id: '2106.09608' }
 * parseArxivId('math.CA/0611800');                 // { id: 'math/0611800' }
 * parseArxivId('2313.12345');                      // null (no 13th month)
 */
export function parseArxivId(input: string): ArxivId | null {
  const bare = matchBareId(input);
  if (bare) return toArxivId(bare);
  const text = input.trim();
  // Accept URLs pasted without a scheme (`arxiv.org/abs/…`) as well as full ones.
  return arxivIdFromUrl(/^https?:\/\//i.test(text) ? text : `https://${text}`);
}

/**
 * The arXiv id in the URL of arXiv, ar5iv, alphaXiv or a Hugging Face paper page; null for any other URL.
 *
 * @example
 * arxivIdFromUrl('https://arxiv.org/html/2501.11120v1/#S2'); // { id: '2501.11120', version: 'v1' }
 * arxivIdFromUrl(new URL('https://huggingface.co/papers/2310.08560')); // { id: '2310.08560' }
 * arxivIdFromUrl('https://example.org/abs/1706.03762');    // null
 */
export function arxivIdFromUrl(url: string | URL): ArxivId | null {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return null;
  }
  if (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') return null;
  const routes = ID_ROUTES_BY_HOST[parsedUrl.hostname.toLowerCase()];
  const route = /^\/([^/]+)\/(.+)$/.exec(parsedUrl.pathname);
  if (!routes || !route?.[1] || !route[2] || !routes.includes(route[1])) return null;
  const groups = PATH_ID.exec(route[2])?.groups;
  return groups ? toArxivId(validate(groups)) : null;
}

/**
 * The month (`YYYY-MM`) an arXiv id was issued in, read from the id itself.
 *
 * @example
 * monthOfArxivId('1706.03762');     // '2017-06'
 * monthOfArxivId('hep-th/9901001'); // '1999-01'
 * monthOfArxivId('not an id');      // undefined
 */
export function monthOfArxivId(id: string): string | undefined {
  return matchBareId(id)?.month;
}

/**
 * The canonical abstract-page URL of an arXiv paper, optionally of one version.
 *
 * @example
 * arxivAbsUrl('1706.03762');           // 'https://arxiv.org/abs/1706.03762'
 * arxivAbsUrl('hep-th/9901001', 'v2'); // 'https://arxiv.org/abs/hep-th/9901001v2'
 */
export function arxivAbsUrl(id: string, version?: string): string {
  return `https://arxiv.org/abs/${id}${version ?? ''}`;
}
