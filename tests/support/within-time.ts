/** Bounds a test's wait on the browser: what a promise gives, or what `late` makes of it once `ms` have passed. */

/**
 * `work`'s outcome if it settles within `ms`, else `late()`'s (a value, or a throw). The timer never outlives the race.
 *
 * @example
 * await withinTime(stopped, 15_000, () => { throw new Error('not stopped within 15 s'); });
 * await withinTime(answered, 60_000, () => ({ ok: false, error: 'no answer within 60 s' }));
 */
export function withinTime<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
}
