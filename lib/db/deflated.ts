/**
 * Long texts and byte arrays kept deflated in the database: a large shard's snapshot takes half its size, its sorted
 * terms and document list a fifth. Deflated bytes are kept as a Blob: the database stores a Blob by reference, where
 * it copies a byte array into the row while the worker waits (a quarter of a second for a 100,000-paper shard).
 */

/** A text or byte array as stored: itself, or deflated (a text as its UTF-8 bytes); rows stored before kept bytes. */
export type MaybeDeflated<Value extends string | Uint8Array = string> = Value | { deflated: Blob | Uint8Array };

/**
 * Makes a value's stored form, as `deflatedIfLong` does, on the worker's thread or on another.
 *
 * @example
 * const deflate: Deflate = (value) => deflatedIfLong(value, pause);
 * const stored = await deflate(row.index.postings); // { deflated: Blob } when long
 */
export type Deflate = <Value extends string | Uint8Array>(value: Value) => Promise<MaybeDeflated<Value>>;

/**
 * Texts and byte arrays shorter than this are stored as they are: the bundled catalogue's shard (up to 112 kB) is
 * read back on every wake, and inflating takes a stream's round trips however short the value.
 */
export const DEFLATE_FROM = 262_144;

/**
 * Bytes (or a text's characters) deflated at a time: a few milliseconds of work, between which `pause` lets the worker
 * answer.
 */
const SLICE_LENGTH = 262_144;

/**
 * `value` as it is best stored: deflated when long, a slice at a time with `pause` awaited between slices.
 *
 * @example
 * await db.indexShards.put({ ...row, text: await deflatedIfLong(row.text, pause) });
 */
export async function deflatedIfLong<Value extends string | Uint8Array>(
  value: Value,
  pause: () => Promise<void> = async () => {},
): Promise<MaybeDeflated<Value>> {
  if (value.length < DEFLATE_FROM) return value;
  // A text is encoded a slice at a time too: Chromium takes a fifth of a second to encode a large shard's terms at once.
  const slices = typeof value === 'string' ? utf8Slices(value) : byteSlices(value as Uint8Array);
  // One Blob of every output chunk at the end: a Blob made per chunk (about 16 kB each) cost Chromium's worker 0.35 ms
  // apiece, 0.4 s over the 1,100 of a 100,000-paper shard.
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of through(slices, new CompressionStream('deflate-raw'), pause)) parts.push(chunk as Uint8Array<ArrayBuffer>);
  return { deflated: new Blob(parts) };
}

/** `text` as UTF-8, a slice at a time, never splitting a surrogate pair. */
function* utf8Slices(text: string): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + SLICE_LENGTH, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    yield encoder.encode(text.slice(start, end));
    start = end;
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function* byteSlices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += SLICE_LENGTH) yield bytes.subarray(start, start + SLICE_LENGTH);
}

/**
 * The text `stored` holds. Rejects when deflated bytes are damaged.
 *
 * @example
 * const text = await inflated(row.text);
 */
export async function inflated(stored: MaybeDeflated): Promise<string> {
  if (typeof stored === 'string') return stored;
  return new TextDecoder().decode(await inflatedBytes(stored));
}

/**
 * The byte array `stored` holds. Rejects when deflated bytes are damaged.
 *
 * @example
 * const postings = await inflatedBytes(row.postings);
 */
export async function inflatedBytes(stored: MaybeDeflated<Uint8Array>): Promise<Uint8Array> {
  if (!('deflated' in stored)) return stored;
  const { deflated } = stored;
  const inflating = new DecompressionStream('deflate-raw');
  const output = deflated instanceof Uint8Array ? through(byteSlices(deflated), inflating) : deflated.stream().pipeThrough(inflating);
  return collected(output);
}

/** `slices` written to a compression or decompression stream one by one, with pauses between: its output. */
function through(
  slices: Iterable<Uint8Array>,
  stream: CompressionStream | DecompressionStream,
  pause: () => Promise<void> = async () => {},
): ReadableStream<Uint8Array> {
  const writer = stream.writable.getWriter();
  const writing = async () => {
    let first = true;
    for (const slice of slices) {
      if (!first) await pause();
      first = false;
      await writer.write(slice as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  };
  // The reader of the output reports the stream's failure; the writer's own promise would only repeat it.
  writing().catch(() => {});
  return stream.readable;
}

/** Every chunk of `output`, in one array. Rejects when the stream fails (damaged deflated bytes). */
async function collected(output: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of output) {
    chunks.push(chunk);
    length += chunk.length;
  }
  const whole = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
