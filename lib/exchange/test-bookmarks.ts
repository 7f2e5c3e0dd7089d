/** Bookmarks for the exchange tests: arXiv papers old and new, DOI-only papers, accents, math, missing fields. */
import type { Bookmark, Paper } from '../paper';

const DAY = 24 * 60 * 60 * 1000;
const JANUARY_2026 = Date.UTC(2026, 0, 1);

/**
 * A bookmark of `paper` with the given reader's fields; times default to a fixed day in 2026.
 *
 * @example
 * testBookmark({ key: '1706.03762', title: 'Attention Is All You Need' }, { tags: ['nlp'] });
 */
export function testBookmark(paper: Partial<Paper> & Pick<Paper, 'key' | 'title'>, fields: Partial<Omit<Bookmark, 'key' | 'paper'>> = {}): Bookmark {
  return {
    key: paper.key,
    paper: { authors: [], abstract: '', categories: [], links: [], ...paper },
    createdAt: JANUARY_2026,
    updatedAt: JANUARY_2026,
    tags: [],
    note: '',
    read: false,
    ...fields,
  };
}

export const attention = testBookmark(
  {
    key: '1706.03762',
    arxivId: '1706.03762',
    title: 'Attention Is All You Need',
    authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
    abstract: 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
    date: '2017-06-12',
    categories: ['cs.CL', 'cs.LG'],
    links: ['https://github.com/tensorflow/tensor2tensor'],
    url: 'https://huggingface.co/papers/1706.03762',
  },
  { tags: ['transformers', 'to read'], note: 'Section 3.2: scaled dot-product attention.\nRead twice.', read: true, createdAt: JANUARY_2026 + DAY },
);

export const maldacena = testBookmark(
  {
    key: 'hep-th/9711200',
    arxivId: 'hep-th/9711200',
    version: 'v3',
    title: 'The Large $N$ Limit of Superconformal Field Theories and Supergravity',
    authors: ['Juan M. Maldacena'],
    date: '1997-11',
    categories: ['hep-th'],
  },
  { tags: ['ads/cft'], createdAt: JANUARY_2026 + 2 * DAY },
);

export const godel = testBookmark(
  {
    key: 'doi:10.1007/bf01700692',
    doi: '10.1007/bf01700692',
    title: 'Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I',
    authors: ['Kurt Gödel'],
    date: '1931-12',
  },
  { tags: ['logic', 'incompleteness'], createdAt: JANUARY_2026 + 3 * DAY },
);

export const tricky = testBookmark(
  {
    key: 'title:r-d-at-50-off-curly-braces-a-b-5-and-o-n-log-n-sorting-quoted',
    title: 'R&D at 50% off: {curly} braces, a_b, $5 ~ ^ # \\ and $O(n \\log n)$ sorting -- “quoted”',
    authors: ['Jürgen Müller', 'José Ibáñez', 'Hans Christian Ørsted', '李华', 'Ludwig van Beethoven', 'Martin Luther King Jr.', 'The ATLAS Collaboration'],
    abstract: 'We sort in $O(n \\log n)$ time & space; 100% of {cases}.',
  },
  { tags: ['c++', 'r&d'], note: 'A note with "quotes", commas, 50% and a line break\n= not a formula', createdAt: JANUARY_2026 + 4 * DAY },
);

export const bare = testBookmark({ key: 'title:untitled-draft', title: 'Untitled Draft' }, { createdAt: JANUARY_2026 + 5 * DAY });
