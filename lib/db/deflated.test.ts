import { DEFLATE_FROM, deflatedIfLong, inflated, inflatedBytes } from './deflated';

/** How many bytes deflated data takes, as stored now (a Blob) or before (bytes). */
const sizeOf = (deflated: Blob | Uint8Array) => (deflated instanceof Uint8Array ? deflated.length : deflated.size);

const longText = Array.from({ length: 40_000 }, (_, i) => `term${i % 3_000} ünïcode ${i}`).join('\n');

test('a long text is stored deflated, a slice at a time, much smaller, and read back whole, any character kept', async () => {
  expect(longText.length).toBeGreaterThan(DEFLATE_FROM);
  let pauses = 0;
  const stored = await deflatedIfLong(longText, async () => void pauses++);
  // 1 MB: four slices, three pauses between them.
  expect(pauses).toBe(3);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  expect(sizeOf(stored.deflated)).toBeLessThan(longText.length / 4);
  expect(await inflated(stored)).toBe(longText);
});

test('a long byte array is stored deflated and read back whole; a short one as it is', async () => {
  const bytes = new TextEncoder().encode(longText);
  const stored = await deflatedIfLong(bytes);
  if (!('deflated' in stored)) throw new Error('a long byte array should be deflated');
  expect(sizeOf(stored.deflated)).toBeLessThan(bytes.length / 4);
  // Compared as the text they encode: an element-by-element comparison of a megabyte took seconds.
  expect(new TextDecoder().decode(await inflatedBytes(stored))).toBe(longText);
  const short = Uint8Array.from([1, 2, 3]);
  expect(await deflatedIfLong(short)).toBe(short);
  expect(await inflatedBytes(short)).toBe(short);
});

test('a text is encoded in slices without splitting a character made of two code units', async () => {
  const straddling = `${'a'.repeat(DEFLATE_FROM - 1)}😀${'b'.repeat(DEFLATE_FROM)}`;
  const stored = await deflatedIfLong(straddling);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  expect(await inflated(stored)).toBe(straddling);
});

test('a short text is stored as it is', async () => {
  const short = 'mask languag\npretrain';
  expect(await deflatedIfLong(short)).toBe(short);
  expect(await inflated(short)).toBe(short);
});

test('damaged deflated bytes are refused, not read as some other text', async () => {
  const stored = await deflatedIfLong(longText);
  if (typeof stored === 'string') throw new Error('a long text should be deflated');
  await expect(inflated({ deflated: stored.deflated.slice(0, Math.floor(sizeOf(stored.deflated) / 2)) })).rejects.toThrow();
});

test('deflated text is kept as a Blob, and text stored deflated as bytes before still reads', async () => {
  const stored = await deflatedIfLong(longText);
  if (typeof stored === 'string' || !(stored.deflated instanceof Blob)) throw new Error('a long text should be deflated into a Blob');
  const asBytesBefore = { deflated: new Uint8Array(await stored.deflated.arrayBuffer()) };
  expect(await inflated(asBytesBefore)).toBe(longText);
});
