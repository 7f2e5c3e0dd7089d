/** Answers remembered by key up to a limit, then all forgotten at once: bounded, with nothing to track per entry. */

/**
 * @example
 * const stems = new BoundedMemo<string, string>(100_000);
 * stems.answer('pretraining', stem); // computed once: 'pretrain'
 * stems.answer('pretraining', stem); // remembered
 */
export class BoundedMemo<Key, Value> {
  private readonly answers = new Map<Key, Value>();

  constructor(private readonly limit: number) {}

  /** The answer remembered for `key`, if any. */
  known(key: Key): Value | undefined {
    return this.answers.get(key);
  }

  /** Remembers `value` for `key` (forgetting every answer first when the memo is full), and returns it. */
  remember(key: Key, value: Value): Value {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }

  /** The answer remembered for `key`, or else `compute(key)`, remembered. */
  answer(key: Key, compute: (key: Key) => Value): Value {
    const known = this.answers.get(key);
    return known !== undefined ? known : this.remember(key, compute(key));
  }
}
