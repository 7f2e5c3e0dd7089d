/** Long texts kept deflated in the database: a large shard's sorted terms and document list take a fifth of their size. */

/** A text as stored: itself, or its UTF-8 bytes deflated. */
export type MaybeDeflated = string | { deflated: Uint8Array };

/**
 * Texts shorter than this are stored as they are: the bundled catalogue's shard is read back on every wake, and
 * inflating takes a stream's round trips however short the text.
 */
export const DEFLATE_FROM = 65_536;

/**
 * `text` as it is best stored: deflated when long.
 *
 * @example
 * await db.indexShards.put({ ...row, text: await deflatedIfLong(row.text) });
 */
export async function deflatedIfLong(text: string): Promise<MaybeDeflated> {
  if (text.length < DEFLATE_FROM) return text;
  return { deflated: await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')) };
}

/**
 * The text `stored` holds. Rejects when deflated bytes are damaged.
 *
 * @example
 * const text = await inflated(row.text);
 */
export async function inflated(stored: MaybeDeflated): Promise<string> {
  if (typeof stored === 'string') return stored;
  return new TextDecoder().decode(await through(stored.deflated, new DecompressionStream('deflate-raw')));
}

/** `bytes` passed through a compression or decompression stream, collected. */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // The reader below reports the stream's failure; the writer's own promise would only repeat it.
  writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => {});
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
