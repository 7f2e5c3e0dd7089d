/** Reads the paper shown on a Hugging Face paper page (`huggingface.co/papers/<arXiv id>`). */
import { arxivIdFromUrl } from '../ids/arxiv-id';
import type { Paper } from '../paper';
import { HUGGING_FACE_HOSTS } from './hosts';
import { pagePaper } from './page-paper';
import { isoDate, normalizeWhitespace, readableText } from './text';

/** The element whose own text is exactly `label` ("Authors:", "Abstract"); Hugging Face marks its sections by text. */
function labelled(document: Document, selector: string, label: string): Element | undefined {
  return Array.from(document.querySelectorAll(selector)).find(
    (element) => normalizeWhitespace(element.textContent ?? '') === label,
  );
}

/** The authors: the elements after the "Authors:" label, each a name with the comma that separates it. */
function readAuthors(document: Document): string[] {
  const label = labelled(document, 'main div', 'Authors:');
  const names: string[] = [];
  for (let element = label?.nextElementSibling; element; element = element.nextElementSibling) {
    const name = readableText(element).replace(/,$/, '').trim();
    if (name) names.push(name);
  }
  return names;
}

/**
 * The abstract: the paragraphs of the block after the "Abstract" heading. Hugging Face puts its AI-generated
 * summary in a box of its own inside that block, so only the block's own paragraphs are the authors' text.
 */
function readAbstract(document: Document): string {
  const block = labelled(document, 'main h2', 'Abstract')?.nextElementSibling;
  if (!block) return '';
  const paragraphs = Array.from(block.children).filter((child) => child.localName === 'p');
  return normalizeWhitespace(paragraphs.map((paragraph) => readableText(paragraph)).join(' '));
}

/** "Published on Oct 12, 2023"; Hugging Face leaves out the year for this year's papers, which then have no date here. */
function readDate(document: Document): string | undefined {
  for (const element of document.querySelectorAll('main div')) {
    const published = /^Published on ([A-Z][a-z]+ \d{1,2}(?:, \d{4})?)$/.exec(normalizeWhitespace(element.textContent ?? ''));
    if (published?.[1]) return isoDate(published[1]);
  }
  return undefined;
}

/**
 * The paper on a Hugging Face paper page, or null for any other URL (daily papers, trending, search) or a
 * document whose "View arXiv page" link names another paper than the URL (a view not yet updated).
 * Everything is read from the page body, which is what the reader sees: the head says only "Paper page - <title>"
 * and need not follow when the view changes. A body without its title yet gives null.
 *
 * @example
 * readHuggingFacePage(document, new URL('https://huggingface.co/papers/2310.08560'));
 * // { key: '2310.08560', arxivId: '2310.08560', title: 'MemGPT: Towards LLMs as Operating Systems',
 * //   authors: ['Charles Packer', 'Sarah Wooders', …], date: '2023-10-12', links: ['https://research.memgpt.ai'], … }
 */
export function readHuggingFacePage(document: Document, url: URL): Paper | null {
  const arxivId = HUGGING_FACE_HOSTS.has(url.hostname) ? arxivIdFromUrl(url) : null;
  if (!arxivId) return null;
  const arxivLink = document.querySelector('main a[href*="arxiv.org/abs/"]')?.getAttribute('href');
  if (arxivLink && arxivIdFromUrl(arxivLink)?.id !== arxivId.id) return null;

  const heading = document.querySelector('main h1');
  const date = readDate(document);
  return pagePaper(
    {
      title: heading ? readableText(heading) : '',
      authors: readAuthors(document),
      abstract: readAbstract(document),
      arxivId: arxivId.id,
      ...(arxivId.version !== undefined && { version: arxivId.version }),
      ...(date !== undefined && { date }),
    },
    url,
  );
}
