/** Keeps the first of the records that describe the same paper, as parseCatalogue does for the bundled catalogue. */
import { problemItem, type PackItem } from './pack-item';

/**
 * The items with each paper after the first of its key turned into a problem on `field`, naming the line it repeats.
 *
 * @example
 * for await (const item of withoutRepeatedPapers(items, 'arxivId')) …
 * // a second 1810.04805 on line 5: { line: 5, problem: { line: 5, field: 'arxivId', message: 'repeats the paper on line 1 (1810.04805)' } }
 */
export async function* withoutRepeatedPapers(items: AsyncIterable<PackItem>, field: string): AsyncGenerator<PackItem> {
  const lineOfKey = new Map<string, number>();
  for await (const item of items) {
    if ('paper' in item) {
      const earlier = lineOfKey.get(item.paper.key);
      if (earlier !== undefined) {
        yield problemItem(item.line, field, `repeats the paper on line ${earlier} (${item.paper.key})`);
        continue;
      }
      lineOfKey.set(item.paper.key, item.line);
    }
    yield item;
  }
}
