/** Parses a catalogue in Sidenote's JSON Lines format, keeping every valid paper and reporting every broken record. */
import type { Paper } from '../paper';
import { readCatalogueRecord, type RecordProblem } from './record';

/** The papers of a catalogue and the problems that kept records out of it. */
export interface ParsedCatalogue {
  papers: Paper[];
  problems: RecordProblem[];
}

/**
 * Parses JSON Lines text. Blank lines are allowed; a line that is not JSON, breaks the schema
 * or repeats an earlier paper's key is reported with its 1-based line number and field.
 *
 * @example
 * const { papers, problems } = parseCatalogue(await response.text());
 * for (const p of problems) console.error(`line ${p.line}: ${p.field} ${p.message}`);
 */
export function parseCatalogue(text: string): ParsedCatalogue {
  const papers: Paper[] = [];
  const problems: RecordProblem[] = [];
  const lineOfKey = new Map<string, number>();

  text.split('\n').forEach((source, index) => {
    const line = index + 1;
    if (!source.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(source);
    } catch (error) {
      problems.push({ line, field: '(line)', message: `is not valid JSON: ${(error as Error).message}` });
      return;
    }
    const result = readCatalogueRecord(raw, line);
    if (result.problems) {
      problems.push(...result.problems);
      return;
    }
    const earlier = lineOfKey.get(result.paper.key);
    if (earlier !== undefined) {
      problems.push({ line, field: 'arxivId', message: `repeats the paper on line ${earlier} (${result.paper.key})` });
      return;
    }
    lineOfKey.set(result.paper.key, line);
    papers.push(result.paper);
  });
  return { papers, problems };
}

/**
 * A short content hash of the catalogue text, used as its version.
 *
 * @example
 * await catalogueVersion('{"arxivId": …}\n'); // 'c0ffee12…' (16 hex digits)
 */
export async function catalogueVersion(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One human-readable line for a record problem.
 *
 * @example
 * describeProblem({ line: 3, field: 'title', message: 'must be a non-empty string' });
 * // 'line 3, field "title": must be a non-empty string'
 */
export function describeProblem(problem: RecordProblem): string {
  return `line ${problem.line}, field "${problem.field}": ${problem.message}`;
}
