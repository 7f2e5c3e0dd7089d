/** Reads and writes benchmark corpora as arXiv metadata JSON Lines under `.bench/`. */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ArxivMetadataRecord } from './corpus';

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What `writeCorpus` wrote. */
export interface WrittenCorpus {
  records: number;
  bytes: number;
  sha256: string;
}

/**
 * An absolute path from one relative to the repository root, whatever the working directory.
 *
 * @example
 * repositoryPath('public/catalogue/plm-papers.jsonl'); // '/…/sidenote/public/catalogue/plm-papers.jsonl'
 */
export function repositoryPath(pathFromRoot: string): string {
  return resolve(REPOSITORY_ROOT, pathFromRoot);
}

/**
 * Where the corpus of `size` records lives, absolute.
 *
 * @example
 * corpusPath(1000); // '/…/sidenote/.bench/corpus-1000.jsonl'
 */
export function corpusPath(size: number): string {
  return repositoryPath(`.bench/corpus-${size}.jsonl`);
}

/**
 * A path relative to the repository root, for messages.
 *
 * @example
 * displayPath(corpusPath(1000)); // '.bench/corpus-1000.jsonl'
 */
export function displayPath(path: string): string {
  return relative(REPOSITORY_ROOT, path);
}

/**
 * Streams records to `path`, one JSON object a line, hashing the bytes as they go out.
 *
 * @example
 * const { bytes, sha256 } = await writeCorpus(generateCorpus(seeds, 100_000), corpusPath(100_000));
 */
export async function writeCorpus(records: Iterable<ArxivMetadataRecord>, path: string): Promise<WrittenCorpus> {
  await mkdir(dirname(path), { recursive: true });
  // Written aside and renamed at the end, so an interrupted run never leaves a short corpus the bench would trust.
  const partialPath = `${path}.partial`;
  const out = createWriteStream(partialPath);
  const hash = createHash('sha256');
  let count = 0;
  let bytes = 0;
  for (const record of records) {
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    hash.update(line);
    bytes += line.length;
    count++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await rename(partialPath, path);
  return { records: count, bytes, sha256: hash.digest('hex') };
}

/**
 * Yields the records of a JSON Lines corpus one at a time, without holding the file in memory.
 *
 * @example
 * for await (const record of readCorpus(corpusPath(1000))) console.log(record.id);
 */
export async function* readCorpus(path: string): AsyncGenerator<ArxivMetadataRecord> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as ArxivMetadataRecord;
}
