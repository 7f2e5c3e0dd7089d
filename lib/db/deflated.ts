/**
 * Long texts and byte arrays kept deflated in the database: a large shard's snapshot takes half its size, its sorted
 * terms and document list a fifth.
 */

/** A text or byte array as stored: itself, or deflated (a text as its UTF-8 bytes). */
export type MaybeDeflated<Value extends string | Uint8Array = string> = Value | { deflated: Uint8Array };

/**
 * Texts and byte arrays shorter than this are stored as they are: the bundled catalogue's shard (up to 112 kB) is
 * read back on every wake, and inflating takes a stream's round trips however short the value.
 */
export const DEFLATE_FROM = 262_144;

/** Bytes deflated at a time: a few milliseconds of work, between which `pause` lets the worker answer. */
const SLICE_BYTES = 262_144;

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
  const bytes: Uint8Array = typeof value === 'string' ? new TextEncoder().encode(value) : (value as Uint8Array);
  return { deflated: await through(bytes, new CompressionStream('deflate-raw'), pause) };
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
  return through(stored.deflated, new DecompressionStream('deflate-raw'));
}

/** `bytes` passed through a compression or decompression stream a slice at a time, collected. */
async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  pause: () => Promise<void> = async () => {},
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const writing = async () => {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      if (at > 0) await pause();
      await writer.write(bytes.subarray(at, at + SLICE_BYTES) as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  };
  // The reader below reports the stream's failure; the writer's own promise would only repeat it.
  writing().catch(() => {});
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    length += read.value.length;
  }
  const whole = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
