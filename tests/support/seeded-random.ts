/** A small, fast, seedable PRNG (mulberry32) for generated test and benchmark data: the same seed, the same data. */

/**
 * Numbers in [0, 1), the same sequence for the same seed.
 *
 * @example
 * const random = seededRandom(7);
 * random(); // 0.5967…, on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
