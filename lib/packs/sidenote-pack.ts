/** Reads and writes the header of Sidenote's own pack format, and reads its records: the bundled catalogue's JSON Lines. */
import { readCatalogueRecord } from '../catalogue/record';
import { normalizeWhitespace } from '../page/text';
import { isJsonObject, parseJson, readJsonLines } from './json-lines';
import { problemItem, recordItems, type PackItem } from './pack-item';
import { withoutRepeatedPapers } from './repeated-papers';

/** The only pack format version there is; a later one may change what records mean, so it is not read as this one. */
const PACK_VERSION = 1;

/**
 * What a pack's optional first line says about it.
 *
 * @example
 * const header: PackHeader = { name: 'NLP since 2022', description: 'arXiv papers in cs.CL from 2022-01-01' };
 */
export interface PackHeader {
  name?: string;
  description?: string;
}

/**
 * The papers of a Sidenote pack: catalogue records (read by `readCatalogueRecord`), optionally after a header line
 * `{"sidenotePack": 1, "name": …, "description": …}`. A broken header, a header anywhere but first, a line that is not
 * JSON, a broken record or a paper already read is a problem item; the rest of the pack is still read.
 *
 * @example
 * for await (const item of readSidenotePack(file.stream().pipeThrough(new TextDecoderStream()))) …
 * // { line: 5, problem: { line: 5, field: 'arxivId', message: 'repeats the paper on line 2 (1810.04805)' } }
 */
export function readSidenotePack(chunks: AsyncIterable<string>): AsyncGenerator<PackItem> {
  return withoutRepeatedPapers(readRecords(chunks), 'arxivId');
}

async function* readRecords(chunks: AsyncIterable<string>): AsyncGenerator<PackItem> {
  let read = 0;
  for await (const item of readJsonLines(chunks)) {
    const isFirst = read++ === 0;
    if ('problem' in item) yield item;
    else if (!isHeader(item.value)) yield* recordItems(readCatalogueRecord(item.value, item.line), item.line);
    else if (!isFirst) yield problemItem(item.line, 'sidenotePack', 'a pack header belongs on the first line only');
    else for (const [field, message] of headerProblems(item.value)) yield problemItem(item.line, field, message);
  }
}

/**
 * The header on the first non-blank line of a pack's first chunk (the importer has it from detecting the format),
 * with its fields only where they are strings; undefined when that line is no header. Problems with the header are
 * the reader's to report.
 *
 * @example
 * readPackHeader('{"sidenotePack": 1, "name": "NLP since 2022"}\n{"arxivId": …'); // { name: 'NLP since 2022' }
 * readPackHeader('{"arxivId": "1810.04805", …');                                // undefined
 */
export function readPackHeader(firstChunk: string): PackHeader | undefined {
  const firstLine = firstChunk.replace(/^\uFEFF/, '').split('\n').find((line) => line.trim() !== '');
  const parsed = firstLine === undefined ? undefined : parseJson(firstLine);
  if (!parsed || !('value' in parsed) || !isHeader(parsed.value)) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? normalizeWhitespace(value) || undefined : undefined);
  const name = text(parsed.value.name);
  const description = text(parsed.value.description);
  return { ...(name !== undefined && { name }), ...(description !== undefined && { description }) };
}

/**
 * The name a pack is shown under: its header's, else the file's name without folders and extension.
 *
 * @example
 * packName('nlp.jsonl', { name: 'NLP since 2022' });  // 'NLP since 2022'
 * packName('C:\\papers\\arxiv-nlp.jsonl', undefined); // 'arxiv-nlp'
 */
export function packName(fileName: string, header: PackHeader | undefined): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return header?.name ?? base.replace(/(.)\.[^.]*$/, '$1');
}

/**
 * The header line that starts a pack, without its line break.
 *
 * @example
 * packHeaderLine({ name: 'NLP' }); // '{"sidenotePack":1,"name":"NLP"}'
 */
export function packHeaderLine(header: PackHeader): string {
  return JSON.stringify({ sidenotePack: PACK_VERSION, ...header });
}

function isHeader(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value) && Object.hasOwn(value, 'sidenotePack');
}

function headerProblems(header: Record<string, unknown>): [field: string, message: string][] {
  const problems: [string, string][] = [];
  if (header.sidenotePack !== PACK_VERSION) {
    problems.push(['sidenotePack', `is ${JSON.stringify(header.sidenotePack)}, but this Sidenote reads packs of version ${PACK_VERSION}`]);
  }
  for (const field of ['name', 'description']) {
    if (header[field] !== undefined && typeof header[field] !== 'string') problems.push([field, 'must be a string']);
  }
  return problems;
}
