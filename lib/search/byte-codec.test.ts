import { ByteReader, ByteWriter } from './byte-codec';

test('numbers of every size and sign read back as written, small ones in one byte', () => {
  const unsigned = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 30 - 1, 2 ** 30, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER];
  const signed = [0, -1, 1, -64, 64, -65, -(2 ** 31), 2 ** 31, -(2 ** 52), 2 ** 52 - 1];
  const writer = new ByteWriter();
  for (const value of unsigned) writer.uint(value);
  for (const value of signed) writer.int(value);
  const reader = new ByteReader(writer.bytes());
  expect(unsigned.map(() => reader.uint())).toEqual(unsigned);
  expect(signed.map(() => reader.int())).toEqual(signed);
  expect(reader.atEnd).toBe(true);

  const small = new ByteWriter();
  small.uint(127);
  small.int(-64);
  expect([...small.bytes()]).toEqual([127, 127]);
});

test('the buffer grows past its first size', () => {
  const writer = new ByteWriter();
  const values = Array.from({ length: 100_000 }, (_, i) => i * 37);
  for (const value of values) writer.uint(value);
  const reader = new ByteReader(writer.bytes());
  expect(values.map(() => reader.uint())).toEqual(values);
});

test('bytes that end inside a number, and numbers that cannot be written, are refused', () => {
  const writer = new ByteWriter();
  writer.uint(300);
  const cut = new ByteReader(writer.bytes().slice(0, 1));
  expect(() => cut.uint()).toThrow(/end in the middle of a number/);
  expect(() => new ByteReader(new Uint8Array()).uint()).toThrow(RangeError);
  expect(() => writer.uint(-1)).toThrow(/not a whole number/);
  expect(() => writer.uint(1.5)).toThrow(/not a whole number/);
});
