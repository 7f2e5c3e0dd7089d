import type { Bookmark } from '../paper';
import { asciiFold, citationKeys } from './citation-key';
import { attention, bare, godel, maldacena, testBookmark, tricky } from './test-bookmarks';

const DAY = 24 * 60 * 60 * 1000;

function keysOf(bookmarks: Bookmark[]): Record<string, string> {
  return Object.fromEntries(citationKeys(bookmarks));
}

describe('citationKeys', () => {
  test('family name of the first author, year, first significant title word', () => {
    expect(keysOf([attention, maldacena, godel, tricky, bare])).toEqual({
      '1706.03762': 'vaswani2017attention',
      'hep-th/9711200': 'maldacena1997large',
      'doi:10.1007/bf01700692': 'godel1931uber',
      'title:r-d-at-50-off-curly-braces-a-b-5-and-o-n-log-n-sorting-quoted': 'muller50',
      'title:untitled-draft': 'anonuntitled',
    });
  });

  test.each<[string, string[], string | undefined, string]>([
    ['accents folded', ['Ørsted Æbelø'], '1820-07', 'aebelo1820experimenta'],
    ['particles left out', ['Ludwig van Beethoven'], '1808-12', 'beethoven1808experimenta'],
    ['organisations by their first word', ['The ATLAS Collaboration'], '2012-07', 'atlas2012experimenta'],
    ['a name with no Latin letters', ['李华'], '2021-06', 'anon2021experimenta'],
    ['no authors and no date', [], undefined, 'anonexperimenta'],
  ])('%s', (_, authors, date, key) => {
    const paper = { key: 'title:x', title: 'Experimenta circa effectum', authors, ...(date && { date }) };
    expect(keysOf([testBookmark(paper)])).toEqual({ 'title:x': key });
  });

  test.each<[string, string]>([
    ['On the Origin of Species', 'origin'],
    ['Towards a Theory of Everything', 'theory'],
    ['BERT: Pre-training of Deep Bidirectional Transformers', 'bert'],
    ['Pre-training Is All You Need', 'pretraining'],
    ['$O(n \\log n)$ Sorting Networks', 'sorting'],
    ["Don't Stop Pretraining", 'dont'],
    ['The', 'the'],
    ['论文', ''],
  ])('title word of %j is %j', (title, word) => {
    expect(keysOf([testBookmark({ key: 'title:x', title, authors: ['Ada Lovelace'], date: '2020-01' })])).toEqual({ 'title:x': `lovelace2020${word}` });
  });

  test('the same bookmarks always get the same keys, whatever their order', () => {
    const all = [attention, maldacena, godel, tricky, bare];
    expect(keysOf(all)).toEqual(keysOf([...all].reverse()));
    expect(keysOf(all)).toEqual(keysOf(all));
  });

  describe('papers sharing a key', () => {
    const smith = (key: string, day: number) =>
      testBookmark({ key, title: 'Learning to Learn', authors: ['Jane Smith'], date: '2020-05' }, { createdAt: day * DAY });
    const first = smith('title:a', 1);
    const second = smith('title:b', 2);
    const third = smith('title:c', 3);

    test('the earliest bookmarked keeps the bare key, later ones get a, b, … in the order they were bookmarked', () => {
      expect(keysOf([third, first, second])).toEqual({ 'title:a': 'smith2020learning', 'title:b': 'smith2020learninga', 'title:c': 'smith2020learningb' });
    });

    test('adding a bookmark renames no other key unless it collides, and then only the newcomer is suffixed', () => {
      const before = keysOf([first, second, attention, godel]);
      expect(keysOf([first, second, attention, godel, maldacena])).toEqual({ ...before, 'hep-th/9711200': 'maldacena1997large' });
      expect(keysOf([first, second, attention, godel, third])).toEqual({ ...before, 'title:c': 'smith2020learningb' });
    });

    test('a suffixed key never takes the bare key of another paper', () => {
      const learninga = testBookmark({ key: 'title:z', title: 'Learninga', authors: ['Jane Smith'], date: '2020-05' });
      expect(keysOf([first, second, learninga])).toEqual({ 'title:a': 'smith2020learning', 'title:b': 'smith2020learningb', 'title:z': 'smith2020learninga' });
    });

    test('after z come aa, ab, …', () => {
      const many = Array.from({ length: 29 }, (_, i) => smith(`title:${String(i).padStart(2, '0')}`, i));
      const keys = citationKeys(many);
      expect([keys.get('title:26'), keys.get('title:27'), keys.get('title:28')]).toEqual(['smith2020learningz', 'smith2020learningaa', 'smith2020learningab']);
      expect(new Set(keys.values()).size).toBe(29);
    });
  });
});

describe('asciiFold', () => {
  test.each<[string, string]>([
    ['Müller', 'muller'],
    ['Gödel', 'godel'],
    ['Ørsted', 'orsted'],
    ['Ñúñez', 'nunez'],
    ['Straße', 'strasse'],
    ['Łukasiewicz', 'lukasiewicz'],
    ['Þórr Æsir', 'thorraesir'],
    ['张伟', ''],
  ])('%s → %s', (text, folded) => {
    expect(asciiFold(text)).toBe(folded);
  });
});
