import { bundledPapers } from '../../tests/support/catalogue';
import { generatedPapers } from '../../tests/support/generated-catalogue';
import type { Paper } from '../paper';
import { runAtOnce } from '../steps';
import { FeatureCounter } from './feature-counter';
import { inverseFrequency, TermStats } from './term-stats';
import { paperWords, phrasesIn, termsIn, words } from './terms';

const bundled = [...bundledPapers.values()];

/** Every feature with its count, as a `TermStats` snapshot lists them, in one order. */
function countsOf(stats: TermStats): [string, number][] {
  const { features, counts } = runAtOnce(stats.snapshotSteps());
  return features
    .split('\n')
    .filter(Boolean)
    .map((feature, i): [string, number] => [feature, counts[i]!])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function counted(papers: readonly Paper[]): FeatureCounter {
  const counter = new FeatureCounter();
  for (const paper of papers) counter.add(paper);
  return counter;
}

test('counts every feature as TermStats does, each once per paper', () => {
  const stats = runAtOnce(counted(bundled).statsSteps(1));
  expect(stats.documentCount).toBe(bundled.length);
  expect(countsOf(stats)).toEqual(countsOf(TermStats.of(bundled)));
  expect(stats.documentFrequency('mask languag')).toBeGreaterThan(1);
});

test('leaves out the features fewer than `leastShared` papers have', () => {
  const all = countsOf(TermStats.of(bundled));
  const shared = countsOf(runAtOnce(counted(bundled).statsSteps(2)));
  expect(shared).toEqual(all.filter(([, count]) => count >= 2));
  expect(shared.length).toBeLessThan(all.length / 2);
});

test('counts a removed paper as gone, down to features no paper has any longer', () => {
  const [first, ...rest] = bundled;
  const counter = counted(bundled);
  counter.remove(first!);
  const stats = runAtOnce(counter.statsSteps(1));
  expect(stats.documentCount).toBe(rest.length);
  expect(countsOf(stats)).toEqual(countsOf(TermStats.of(rest)));
});

test('counts a large pack as TermStats does, past the 4,096 terms and phrases its tables start with', () => {
  const papers = generatedPapers(1_000);
  const expected = countsOf(TermStats.of(papers));
  const phrases = expected.filter(([feature]) => / /.test(feature) && !feature.includes(':'));
  expect(phrases.length).toBeGreaterThan(4_096);
  expect(expected.length - phrases.length).toBeGreaterThan(4_096);
  expect(countsOf(runAtOnce(counted(papers).statsSteps(1)))).toEqual(expected);
});

test('picks an abstract’s heaviest terms by frequency in it times rarity, and only phrases another paper shares', () => {
  const paper = (key: string, abstract: string): Paper => ({ key, title: `Paper ${key}`, authors: [], abstract, categories: [], links: [] });
  const papers = [paper('a', 'zircon zircon basalt, feldspar'), paper('b', 'quartz, feldspar mica'), paper('c', 'basalt feldspar mica')];
  const counter = counted(papers);
  const abstract = words(papers[0]!.abstract);
  // zircon: twice here, in no other paper; basalt: in two papers; feldspar: in all three.
  expect(counter.heaviestTerms(abstract, 2)).toEqual(['zircon', 'basalt']);
  expect(counter.heaviestTerms(abstract, 5)).toEqual(['zircon', 'basalt', 'feldspar']);
  // Of zircon feldspar, feldspar mica, mica basalt: only feldspar mica is in two counted papers.
  expect(counter.heaviestPhrases(words('zircon feldspar mica basalt'), 5)).toEqual(['feldspar mica']);
  expect(counter.heaviestPhrases(abstract, 5)).toEqual([]);
});

test('picks for every abstract of a large pack what weighing its features by TermStats’ counts picks', () => {
  const papers = generatedPapers(1_000);
  const counter = counted(papers);
  const stats = TermStats.of(papers);
  /** The `count` heaviest of `features` (repeats included) that `sharedBy` papers have, ties in first order. */
  const heaviest = (features: string[], count: number, sharedBy: number) => {
    const repeats = new Map<string, number>();
    for (const feature of features) repeats.set(feature, (repeats.get(feature) ?? 0) + 1);
    const weighed = [...repeats].flatMap(([feature, times]) => {
      const frequency = stats.documentFrequency(feature);
      return frequency >= sharedBy ? [{ feature, weight: Math.log(1 + times) * inverseFrequency(frequency, papers.length) }] : [];
    });
    return (weighed.length <= count ? weighed : weighed.sort((a, b) => b.weight - a.weight).slice(0, count)).map(({ feature }) => feature);
  };
  let trimmed = 0;
  for (const paper of papers) {
    const list = words(paper.abstract);
    expect(counter.heaviestTerms(list, 8)).toEqual(heaviest(termsIn(list), 8, 1));
    expect(counter.heaviestPhrases(list, 4)).toEqual(heaviest(phrasesIn(list), 4, 2));
    if (new Set(phrasesIn(list).filter((phrase) => stats.documentFrequency(phrase) >= 2)).size > 4) trimmed += 1;
  }
  // Most abstracts have more shared phrases than are kept, so the order of the weights is what is tested.
  expect(trimmed).toBeGreaterThan(papers.length / 2);
});

test('gives, for each paper added while its words were kept, the terms and phrases its split words give, the terms numbered one way throughout', () => {
  const papers = [...generatedPapers(500), ...bundled];
  const keeping = new FeatureCounter({ keepText: true });
  for (const paper of papers) keeping.add(paper);
  const numberOfTerm = new Map<string, number>();
  const termOfNumber = new Map<number, string>();
  for (const paper of papers) {
    const { title, abstract } = paperWords(paper);
    const { numbers, ...text } = keeping.keptText(paper, 8, 4)!;
    expect(text, paper.key).toEqual({
      titleTerms: termsIn(title),
      titlePhrases: phrasesIn(title),
      abstractTerms: keeping.heaviestTerms(abstract, 8),
      abstractPhrases: keeping.heaviestPhrases(abstract, 4),
    });
    expect(numbers?.title.length).toBe(text.titleTerms.length);
    expect(numbers?.abstract.length).toBe(text.abstractTerms.length);
    const pairs = [...text.titleTerms.map((term, i) => [term, numbers!.title[i]!] as const), ...text.abstractTerms.map((term, i) => [term, numbers!.abstract[i]!] as const)];
    for (const [term, number] of pairs) {
      expect(numberOfTerm.get(term) ?? number, term).toBe(number);
      expect(termOfNumber.get(number) ?? term, String(number)).toBe(term);
      numberOfTerm.set(term, number);
      termOfNumber.set(number, term);
    }
  }
  expect(numberOfTerm.size).toBeGreaterThan(1_000);
  expect(countsOf(runAtOnce(keeping.statsSteps(1)))).toEqual(countsOf(runAtOnce(counted(papers).statsSteps(1))));
  expect(keeping.keptText({ ...papers[0]!, key: 'never-added' }, 8, 4)).toBeUndefined();
  expect(counted(papers).keptText(papers[0]!, 8, 4)).toBeUndefined();
});

test('makes room for more phrases ahead, in steps, without changing a count', () => {
  const papers = generatedPapers(1_000);
  const ahead = new FeatureCounter();
  const steps: number[] = [];
  papers.forEach((paper, i) => {
    if (i % 10 === 0) steps.push([...ahead.makeRoomSteps(4_096)].length);
    ahead.add(paper);
  });
  // Nothing to do while the table has room; a large one grows in more than one step.
  expect(steps[0]).toBe(0);
  expect(steps.filter((count) => count > 0).length).toBeGreaterThan(1);
  expect(Math.max(...steps)).toBeGreaterThan(1);
  expect(countsOf(runAtOnce(ahead.statsSteps(1)))).toEqual(countsOf(runAtOnce(counted(papers).statsSteps(1))));
});
