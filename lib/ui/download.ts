/** Saves text as a file the user downloads, from an extension page, without the downloads permission. */

/**
 * @example
 * downloadText(document, 'sidenote-bookmarks-2026-11-27.bib', bibtex, 'application/x-bibtex');
 */
export function downloadText(document: Document, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The click starts the download at once; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
