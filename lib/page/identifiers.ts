/** Finds DOIs and arXiv ids in the values pages give for them: meta tags, identifier fields and links. */
import { parseArxivId, type ArxivId } from '../ids/arxiv-id';
import { normalizeDoi } from '../ids/doi';

/**
 * The first DOI among `values`, normalised. A value may hold several DOIs separated by spaces (arXiv's
 * `citation_doi` does); values that are not DOIs (URLs of other kinds, HAL ids) are skipped.
 *
 * @example
 * firstDoi(['10.1103/PhysRevD.99.012345 10.1000/182']);                  // '10.1103/physrevd.99.012345'
 * firstDoi(['https://hal.science/jpa-00235190', 'jpa-00235190']);      // undefined
 * firstDoi(['https://doi.org/10.1177/23998083221081530']);               // '10.1177/23998083221081530'
 */
export function firstDoi(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    for (const part of (value ?? '').split(/\s+/)) {
      const doi = normalizeDoi(part);
      if (doi !== null) return doi;
    }
  }
  return undefined;
}

/**
 * The DOI a URL is the landing page of: a doi.org link, or a publisher path with a `/doi/` segment
 * (`science.org/doi/10.1126/…`, `dl.acm.org/doi/abs/10.1145/…`). Other paths are not read, because a DOI
 * written in them often carries a version or format suffix (`…002386v3.full`) that is not part of it.
 *
 * @example
 * doiOfLandingUrl('https://dl.acm.org/doi/abs/10.1145/3600006.3613165'); // '10.1145/3600006.3613165'
 * doiOfLandingUrl('https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3'); // undefined
 */
export function doiOfLandingUrl(href: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  if (/^(?:dx\.)?doi\.org$/.test(url.hostname)) return normalizeDoi(url.pathname.slice(1)) ?? undefined;
  const path = /\/doi\/(?:(?:abs|full|pdf|epdf|reader)\/)?(10\.[^?#]+)$/.exec(url.pathname);
  return (path?.[1] && normalizeDoi(path[1])) || undefined;
}

/**
 * The arXiv id a DOI names: arXiv registers `10.48550/arXiv.<id>` for every paper.
 *
 * @example
 * arxivIdOfDoi('10.48550/arxiv.1706.03762'); // { id: '1706.03762' }
 * arxivIdOfDoi('10.1101/2020.03.22.002386'); // null
 */
export function arxivIdOfDoi(doi: string | undefined): ArxivId | null {
  const id = /^10\.48550\/arxiv\.(.+)$/i.exec(doi ?? '')?.[1];
  return id === undefined ? null : parseArxivId(id);
}

/**
 * The first arXiv id among `values`: bare ids, `arXiv:` references or arXiv-family URLs
 * (as `citation_arxiv_id`, `DC.identifier` or `citation_pdf_url` give them).
 *
 * @example
 * firstArxivId(['https://aclanthology.org/x.pdf', 'https://arxiv.org/pdf/2106.09608v2']); // { id: '2106.09608', version: 'v2' }
 * firstArxivId(['jpa-00235190']);                                                         // null
 */
export function firstArxivId(values: readonly (string | undefined)[]): ArxivId | null {
  for (const value of values) {
    const id = value === undefined ? null : parseArxivId(value);
    if (id) return id;
  }
  return null;
}
