/** A paper as any paper site shows it, and the few things every site's page needs from it. */
import { escapeHtml, submissionDate } from './arxiv-site';

/** arXiv records (`ArxivPaperRecord`, catalogue entries) fit as they are; sites outside arXiv add a DOI. */
export interface PaperRecord {
  title: string;
  /** Display order, "Given Family". */
  authors: string[];
  abstract: string;
  /** Without version. */
  arxivId?: string;
  /** Defaults to 1. */
  version?: number;
  doi?: string;
  /** `YYYY-MM-DD`; unknown (null) falls back to the month a new-style arXiv id encodes. */
  published?: string | null;
}

/** A record with an arXiv id, for the pages that exist only for arXiv papers. */
export type ArxivRecord = PaperRecord & { arxivId: string };

/** The date a site shows for the paper, by arXiv's rule (`submissionDate`), which any record can follow. */
export function publishedDate(paper: PaperRecord): Date {
  // A record without an arXiv id is named by its title should it lack a date too.
  return submissionDate({ categories: [], ...paper, arxivId: paper.arxivId ?? paper.title });
}

/** The record with a DOI added, for a catalogue paper shown on a site that keys papers by DOI. */
export function withDoi<Paper extends PaperRecord>(paper: Paper, doi: string): Paper & { doi: string } {
  return { ...paper, doi };
}

/**
 * A JSON value written into an inline `<script>`: `<` is escaped so no string in it can close the script
 * element, which matters because titles and abstracts are test data.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export { escapeHtml };
