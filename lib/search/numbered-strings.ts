/** Strings numbered in the order first met, for tables that keep their figures in typed arrays by number. */

/**
 * Each string's number: 0 for the first met, 1 for the next, and so on. Figures about the strings live in typed
 * arrays indexed by these numbers (see `grown`), where a Map per string would hold an object each.
 *
 * @example
 * const terms = new NumberedStrings();
 * terms.numberOf('bert'); // 0: new
 * terms.numberOf('gpt'); // 1
 * terms.numberOf('bert'); // 0
 * terms.find('t5'); // undefined
 * terms.at(1); // 'gpt'
 */
export class NumberedStrings {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  /** How many strings are numbered; the next one met gets this number. */
  get size(): number {
    return this.strings.length;
  }

  /** The number of `value`, numbered now if it is new. */
  numberOf(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.strings.length;
      this.numbers.set(value, number);
      this.strings.push(value);
    }
    return number;
  }

  /** The number of `value`, or undefined when it was never met. */
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }

  /** The string numbered `number`. */
  at(number: number): string {
    return this.strings[number]!;
  }

  /** Every string, in the order of their numbers. */
  values(): IterableIterator<string> {
    return this.strings.values();
  }
}

/**
 * A copy of `array` twice as long, zeros after its numbers: for an array of figures by number, when a number reaches
 * its length.
 *
 * @example
 * if (id === counts.length) counts = grown(counts);
 */
export function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
