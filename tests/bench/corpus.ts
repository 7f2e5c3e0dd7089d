/**
 * A deterministic generator of arXiv metadata records whose word statistics follow real abstracts, for benchmarks.
 *
 * Design: words come from the bundled catalogue's abstracts. Each next word either follows the previous one as it
 * does somewhere in the real abstracts (a bigram step, so real phrases recur as they do in a field) or is drawn from
 * the whole vocabulary with a Zipf distribution over frequency rank; a share of draws comes from a long tail of rare
 * made-up terms (names of models, datasets, chemicals), each rare term used by few papers. Titles are drawn the same
 * way; authors come from a pool whose productivity is Zipf-like too (a few authors write many papers); categories
 * follow the bundled catalogue's. Same seed and size, same bytes.
 */
import type { Paper } from '../../lib/paper';
import { seededRandom } from '../support/seeded-random';

/** One record in the field layout of arXiv's public metadata snapshot. */
export interface ArxivMetadataRecord {
  id: string;
  submitter: string;
  authors: string;
  title: string;
  comments: string | null;
  'journal-ref': string | null;
  doi: string | null;
  'report-no': string | null;
  categories: string;
  license: string | null;
  abstract: string;
  versions: { version: string; created: string }[];
  update_date: string;
  authors_parsed: [string, string, string][];
}

const RARE_TERMS = 400_000;
/** Share of words drawn from the rare tail, and of words that follow a real bigram. */
const RARE_SHARE = 0.04;
const BIGRAM_SHARE = 0.55;
const AUTHOR_POOL = 60_000;
const CATEGORIES = ['cs.CL', 'cs.LG', 'cs.AI', 'cs.CV', 'cs.IR', 'stat.ML', 'cs.SE', 'cs.CR', 'cs.HC', 'cs.SD', 'eess.AS', 'q-bio.QM'];


/** Draws ranks 0..n-1 with probability ∝ 1/(rank+offset)^exponent, by binary search over the cumulative weights. */
function zipf(n: number, exponent: number, offset: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let rank = 0; rank < n; rank++) cumulative[rank] = sum += 1 / (rank + offset) ** exponent;
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

const WORD = /[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)?%?/g;
const WEB_ADDRESS = /\bhttps?:\/\/\S+/g;

/** Surface words of the seed abstracts: frequency-ranked vocabulary and, for each word, the words that follow it. */
function wordModel(seeds: readonly Paper[]) {
  const counts = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const paper of seeds) {
    // URLs would otherwise break into words (`https`, `github`, `com`) that real prose never strings together.
    const prose = paper.abstract.replace(WEB_ADDRESS, ' ');
    const sentenceWords = prose.split(/(?<=[.!?])\s+/).map((sentence) => sentence.match(WORD) ?? []);
    for (const words of sentenceWords) {
      words.forEach((word, i) => {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        const next = words[i + 1];
        if (next) (successors.get(word) ?? successors.set(word, []).get(word)!).push(next);
      });
    }
  }
  const vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return { vocabulary, successors };
}

const SYLLABLES = 'ka lo mi ne ra tu vex zor quin bel dar fen gri hol jup kes lum mor nix pra sul tev wyn xal yor zet'.split(' ');
const FIRST_NAMES = 'Wei Yan Li Jie Ming Anna Maria David John Sara Omar Lena Ravi Priya Kenji Yuki Hugo Ines Pavel Olga Noah Emma Luca Sofia Ahmed Fatima Carlos Elena Tomás Ana Jin Hao Xin Yu Min Sung Ji Aditya Neha Arjun'.split(' ');
const LAST_NAMES = 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Smith Johnson Garcia Müller Schmidt Rossi Russo Kim Lee Park Nguyen Tran Singh Kumar Sharma Patel Tanaka Suzuki Sato Ivanov Petrov Silva Santos Costa Dubois Martin Bernard Cohen Levi Novak'.split(' ');

function rareTerm(index: number): string {
  let text = '';
  let rest = index;
  do {
    text += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return index % 3 === 0 ? `${text.charAt(0).toUpperCase()}${text.slice(1)}-${(index % 97) + 1}` : text;
}

function authorName(index: number): [first: string, last: string] {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!;
  const suffix = Math.floor(index / (FIRST_NAMES.length * LAST_NAMES.length));
  return [first, suffix === 0 ? last : `${last}${rareTerm(suffix)}`];
}

/**
 * Yields `size` records, deterministic for a given `seeds`, `size` and `seed`.
 *
 * @example
 * for (const record of generateCorpus(bundledPapers, 100_000)) out.write(`${JSON.stringify(record)}\n`);
 */
export function* generateCorpus(seeds: readonly Paper[], size: number, seed = 20261127): Generator<ArxivMetadataRecord> {
  const random = seededRandom(seed);
  const { vocabulary, successors } = wordModel(seeds);
  const common = zipf(vocabulary.length, 1.05, 2.7, random);
  const rare = zipf(RARE_TERMS, 0.9, 10, random);
  const author = zipf(AUTHOR_POOL, 0.8, 5, random);
  const categoryCounts = new Map<string, number>();
  for (const paper of seeds) for (const category of paper.categories) categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
  const categoryPool = [...CATEGORIES, ...[...categoryCounts.keys()].filter((category) => !CATEGORIES.includes(category))];
  const category = zipf(categoryPool.length, 1.3, 1, random);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  const nextWord = (previous: string | undefined): string => {
    const following = previous ? successors.get(previous) : undefined;
    if (following && random() < BIGRAM_SHARE) return following[Math.floor(random() * following.length)]!;
    if (random() < RARE_SHARE) return rareTerm(rare());
    return vocabulary[common()]!;
  };
  const text = (length: number) => {
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(nextWord(words[i - 1]));
    return words;
  };

  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let n = 0; n < size; n++) {
    const created = new Date(start + Math.floor((n / size) * span));
    const yymm = `${String(created.getUTCFullYear()).slice(2)}${String(created.getUTCMonth() + 1).padStart(2, '0')}`;
    // arXiv numbers start at 00001 within a month.
    const id = `${yymm}.${String((n % 99_999) + 1).padStart(5, '0')}`;

    const sentences: string[] = [];
    let words = 0;
    const total = between(120, 250);
    while (words < total) {
      const sentence = text(Math.min(total - words, between(12, 30)));
      words += sentence.length;
      sentences.push(`${sentence[0]!.charAt(0).toUpperCase()}${sentence.join(' ').slice(1)}.`);
    }
    const title = text(between(5, 13)).map((word) => (word.length > 3 ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word)).join(' ');
    const authorCount = Math.min(40, 1 + Math.floor(-Math.log(1 - random()) * 4));
    const names = [...new Set(Array.from({ length: authorCount }, () => author()))].map(authorName);
    const categories = [...new Set(Array.from({ length: between(1, 3) }, () => categoryPool[category()]!))];
    const date = created.toISOString().slice(0, 10);
    yield {
      id,
      submitter: names[0]!.join(' '),
      authors: names.map(([first, last]) => `${first} ${last}`).join(', '),
      title,
      comments: random() < 0.5 ? `${between(6, 40)} pages` : null,
      'journal-ref': null,
      doi: random() < 0.1 ? `10.${between(1000, 9999)}/bench.${n}` : null,
      'report-no': null,
      categories: categories.join(' '),
      license: null,
      abstract: `  ${sentences.join(' ')}\n`,
      versions: [{ version: 'v1', created: created.toUTCString() }],
      update_date: date,
      authors_parsed: names.map(([first, last]) => [last, first, '']),
    };
  }
}
