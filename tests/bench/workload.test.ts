// @vitest-environment node
/** The benchmark workload: reproducible, typed key by key, and about words the papers contain. */
import { generateCorpus } from './corpus';
import { bundledSeedPapers, recordToPaper } from './papers';
import { keystrokeSessions, relatedQueries } from './workload';

const papers = Array.from(generateCorpus(bundledSeedPapers(), 500), recordToPaper);

describe('keystroke sessions', () => {
  const sessions = keystrokeSessions(papers, 60);

  it('are the same on every run', () => {
    expect(keystrokeSessions(papers, 60)).toEqual(sessions);
  });

  it('type each query one character at a time', () => {
    for (const { query, prefixes } of sessions) {
      expect(query.trim()).toBe(query);
      expect(prefixes.at(-1)).toBe(query);
      prefixes.forEach((typed, i) => expect(typed.length).toBe(i + 1));
      prefixes.slice(1).forEach((typed, i) => expect(typed.startsWith(prefixes[i]!)).toBe(true));
    }
  });

  it('ask for one to three words that the papers contain', () => {
    const text = papers.map((paper) => `${paper.title} ${paper.authors.join(' ')} ${paper.abstract}`.toLowerCase()).join(' ');
    const words = sessions.flatMap(({ query }) => query.split(' '));
    for (const { query } of sessions) expect(query.split(' ').length).toBeLessThanOrEqual(3);
    expect(words.filter((word) => text.includes(word)).length).toBe(words.length);
    expect(sessions.some(({ query }) => query.includes(' '))).toBe(true);
  });
});

describe('related queries', () => {
  it('spread evenly over the corpus', () => {
    const asked = relatedQueries(papers, 10).map((paper) => papers.indexOf(paper));
    expect(asked).toHaveLength(10);
    asked.slice(1).forEach((position, i) => expect(position - asked[i]!).toBe(50));
  });
});
