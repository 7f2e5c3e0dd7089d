/** What a benchmark asks every engine, the same for all of them: popup queries typed key by key, and related-paper lookups. */
import type { Paper } from '../../lib/paper';
import { seededRandom } from '../support/seeded-random';

/** One popup query and every state of the search box while typing it. */
export interface KeystrokeSession {
  query: string;
  /** `m`, `ma`, `mas`, … `masked lang`: the box after each keystroke, spaces included as typed. */
  prefixes: string[];
}

/** Everything one benchmark size asks of each engine. */
export interface Workload {
  sessions: KeystrokeSession[];
  relatedPapers: Paper[];
}

const STOPWORDS = new Set(
  ('a about above after again against all also an and any are as at be because been before being between both but by can ' +
    'could did do does doing down during each few for from further had has have having here how however i if in into is it ' +
    'its itself just more most much must no nor not now of off on once only or other our out over own same should so some ' +
    'such than that the their them then there these they this those through thus to too under until up upon using very via ' +
    'was we were what when where which while who whom why will with within without would yet you your')
    .split(' '),
);
const WORD = /\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}]/gu;
/** Words in more than this share of papers are too common for anyone to search with. */
const COMMON_SHARE = 0.05;
/** Papers sampled to tell common words from distinctive ones; all of them below this size. */
const FREQUENCY_SAMPLE = 2_000;

/**
 * `count` popup queries, each about one paper picked at random, with every prefix as typed. Half are one to three
 * distinctive words of the paper's title or abstract, a fifth an author's surname (sometimes with a word), the rest a
 * two-word phrase of its title; a third stop partway through their last word, as people do once results look right.
 *
 * @example
 * keystrokeSessions(papers, 2);
 * // [{ query: 'masked lang', prefixes: ['m', 'ma', …, 'masked lang'] }, { query: 'cui', prefixes: ['c', 'cu', 'cui'] }]
 */
export function keystrokeSessions(papers: readonly Paper[], count: number, seed = 7): KeystrokeSession[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const isCommon = commonWordTest(papers);
  const distinctiveWords = (paper: Paper) => {
    const words = [...new Set(wordsOf(`${paper.title} ${paper.abstract}`))].filter((word) => word.length >= 4 && !STOPWORDS.has(word));
    const distinctive = words.filter((word) => !isCommon(word));
    return distinctive.length > 0 ? distinctive : words;
  };
  const someDistinctiveWords = (paper: Paper, wanted: number) => {
    const chosen = new Set<string>();
    const candidates = distinctiveWords(paper);
    for (let tries = 0; chosen.size < Math.min(wanted, candidates.length) && tries < 20; tries++) chosen.add(pick(candidates));
    return [...chosen];
  };
  const titlePhrase = (paper: Paper) => {
    const words = wordsOf(paper.title);
    const phrases = words.slice(1).map((word, i) => [words[i]!, word]).filter((pair) => pair.every((word) => !STOPWORDS.has(word)));
    return phrases.length > 0 ? pick(phrases) : someDistinctiveWords(paper, 2);
  };
  const surname = (paper: Paper) => wordsOf(pick(paper.authors).split(' ').at(-1) ?? '').join(' ');

  return Array.from({ length: count }, () => {
    const paper = pick(papers);
    const kind = random();
    let words: string[];
    if (kind < 0.5) words = someDistinctiveWords(paper, 1 + Math.floor(random() * 3));
    else if (kind < 0.7) words = [surname(paper), ...(random() < 0.3 ? someDistinctiveWords(paper, 1) : [])];
    else words = titlePhrase(paper);
    if (!words.some(Boolean)) words = someDistinctiveWords(paper, 1);
    let query = words.filter(Boolean).join(' ');
    const last = words.at(-1) ?? '';
    if (random() < 1 / 3 && last.length > 4) query = query.slice(0, query.length - last.length + 3 + Math.floor(random() * (last.length - 3)));
    const typed = [...query];
    return { query, prefixes: typed.map((_, i) => typed.slice(0, i + 1).join('')) };
  });
}

/**
 * `count` papers to ask related papers for, evenly spread over the corpus from a seeded starting point, so old and
 * new papers, and every part of the generator's output, are asked about alike.
 *
 * @example
 * relatedQueries(papers, 50).length; // 50
 */
export function relatedQueries(papers: readonly Paper[], count: number, seed = 11): Paper[] {
  return evenlySpread(papers, count, seed);
}

/**
 * The workload of one benchmark size.
 *
 * @example
 * const workload = buildWorkload(papers, { sessions: 100, related: 50 });
 */
export function buildWorkload(papers: readonly Paper[], counts: { sessions: number; related: number }): Workload {
  return { sessions: keystrokeSessions(papers, counts.sessions), relatedPapers: relatedQueries(papers, counts.related) };
}

function evenlySpread<T>(items: readonly T[], count: number, seed: number): T[] {
  const wanted = Math.min(count, items.length);
  const stride = items.length / wanted;
  const start = seededRandom(seed)() * stride;
  return Array.from({ length: wanted }, (_, i) => items[Math.floor(start + i * stride)]!);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether a word is in more than `COMMON_SHARE` of the papers, judged on an evenly spread sample. */
function commonWordTest(papers: readonly Paper[]): (word: string) => boolean {
  const sample = evenlySpread(papers, FREQUENCY_SAMPLE, 3);
  const documentFrequency = new Map<string, number>();
  for (const paper of sample) {
    for (const word of new Set(wordsOf(`${paper.title} ${paper.abstract}`))) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  return (word) => (documentFrequency.get(word) ?? 0) > COMMON_SHARE * sample.length;
}
