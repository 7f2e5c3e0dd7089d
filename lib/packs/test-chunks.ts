/** Test helpers for the pack readers: one text cut into chunks at awkward places, and everything a reader yields. */

/**
 * The text as a stream of chunks of the given sizes, in turn (a size of 0 makes an empty chunk).
 *
 * @example
 * await collect(chunked('abcdef', [1, 0, 4])); // ['a', '', 'bcde', 'f']
 */
export async function* chunked(text: string, sizes: readonly number[]): AsyncGenerator<string> {
  let position = 0;
  for (let i = 0; position < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield text.slice(position, position + size);
    position += size;
  }
}

/**
 * Chunk sizes from 0 to 40 that look random but are the same on every run, so a failure can be replayed.
 *
 * @example
 * randomSizes(3).length; // 1000
 */
export function randomSizes(seed: number): number[] {
  let state = seed;
  return Array.from({ length: 1000 }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 41;
  });
}

/**
 * Everything an async iterable yields.
 *
 * @example
 * await collect(readLines(chunked('a\nb', [1]))); // [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]
 */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/**
 * What `read` yields for the text, after checking it yields the same for the text in one chunk, in chunks of 1 and 7
 * characters, and in chunks of random sizes.
 *
 * @example
 * const items = await readEveryWay(text, readSidenotePack);
 */
export async function readEveryWay<T>(text: string, read: (chunks: AsyncIterable<string>) => AsyncIterable<T>): Promise<T[]> {
  const whole = await collect(read(chunked(text, [Math.max(text.length, 1)])));
  for (const sizes of [[1], [7], randomSizes(1), randomSizes(2)]) {
    expect(await collect(read(chunked(text, sizes))), `chunks of ${sizes.slice(0, 5).join(', ')}…`).toEqual(whole);
  }
  return whole;
}
