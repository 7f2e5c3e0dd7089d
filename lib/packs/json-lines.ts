/** Reads a JSON Lines stream value by value, reporting the lines that are not JSON instead of stopping at them. */
import type { RecordProblem } from '../catalogue/record';
import { readLines } from './lines';

/**
 * One non-blank line: its parsed value, or why it is not JSON.
 *
 * @example
 * const lines: JsonLine[] = [{ line: 1, value: { sidenotePack: 1 } }, { line: 3, problem: { line: 3, field: '(line)', message: '…' } }];
 */
export type JsonLine = { line: number; value: unknown } | { line: number; problem: RecordProblem };

/**
 * The JSON value of every non-blank line, numbered by the file's lines (blank lines count).
 *
 * @example
 * for await (const item of readJsonLines(chunks)) if ('value' in item) console.log(item.line, item.value);
 */
export async function* readJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<JsonLine> {
  for await (const { line, text } of readLines(chunks)) {
    if (!text.trim()) continue;
    const parsed = parseJson(text);
    yield 'error' in parsed
      ? { line, problem: { line, field: '(line)', message: `is not valid JSON: ${parsed.error}` } }
      : { line, value: parsed.value };
  }
}

/**
 * The value of one JSON text, or the parser's reason it is not JSON.
 *
 * @example
 * parseJson('{"a": 1}'); // { value: { a: 1 } }
 * parseJson('not json'); // { error: 'Unexpected token \'o\', "not json" is not valid JSON' }
 */
export function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Whether a parsed JSON value is an object (not null, not an array), whose fields can then be read by name.
 *
 * @example
 * isJsonObject({ id: '0704.0001' }); // true
 * isJsonObject([1, 2]);              // false
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
