/**
 * Whole numbers written as variable-length bytes and read back: the compact form of an index snapshot's postings.
 *
 * Seven bits per byte, the high bit set on every byte but a number's last (LEB128), so the small numbers postings
 * are made of (gaps between document ids, term frequencies) take one byte each. Signed numbers are zigzag-encoded
 * (0, -1, 1, -2 … as 0, 1, 2, 3 …) so a small negative gap stays small too.
 */

/**
 * Collects numbers into bytes.
 *
 * @example
 * const writer = new ByteWriter();
 * writer.uint(300);
 * writer.int(-2);
 * writer.bytes(); // Uint8Array [172, 2, 3]
 */
export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  /** How many bytes have been written: where the next number starts. */
  get byteLength(): number {
    return this.length;
  }

  /** Writes a whole number from 0 to 2⁵³ − 1. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`ByteWriter.uint: ${value} is not a whole number ≥ 0`);
    if (this.length + 8 > this.buffer.length) this.grow();
    // Bit operations hold 31 bits; larger numbers (never met in postings) take the arithmetic path.
    let rest = value;
    if (rest < 0x40000000) {
      while (rest >= 0x80) {
        this.buffer[this.length++] = (rest & 0x7f) | 0x80;
        rest >>>= 7;
      }
      this.buffer[this.length++] = rest;
      return;
    }
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  /** Writes a whole number of either sign, from −2⁵² to 2⁵² − 1. */
  int(value: number): void {
    this.uint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  /** The bytes written so far, in a buffer of their own size. */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private grow(): void {
    const larger = new Uint8Array(this.buffer.length * 2);
    larger.set(this.buffer);
    this.buffer = larger;
  }
}

/**
 * Reads back what a `ByteWriter` wrote, in the same order, from the start or from `position`; reading past the end
 * throws, so a cut snapshot is noticed.
 *
 * @example
 * const reader = new ByteReader(writer.bytes());
 * reader.uint(); // 300
 * reader.int(); // -2
 * reader.atEnd; // true
 */
export class ByteReader {
  constructor(
    private readonly buffer: Uint8Array,
    private position = 0,
  ) {}

  /** Where the next number starts. */
  get byteOffset(): number {
    return this.position;
  }

  uint(): number {
    const first = this.buffer[this.position];
    if (first !== undefined && first < 0x80) {
      this.position += 1;
      return first;
    }
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.position >= this.buffer.length) throw new RangeError('ByteReader: the bytes end in the middle of a number');
      const byte = this.buffer[this.position++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  int(): number {
    const zigzag = this.uint();
    return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  }

  /** Whether every byte has been read. */
  get atEnd(): boolean {
    return this.position === this.buffer.length;
  }
}
