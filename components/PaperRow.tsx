/** One paper as a list item, shared by the related-papers panel and the popup's lists. */
import type { ComponentChildren } from 'preact';
import type { Paper } from '../lib/paper';
import { BookmarkToggle, type ToggleBookmark } from './BookmarkToggle';
import { metaLine } from './format';
import { Highlighted } from './Highlighted';
import { PaperLink, type OpenPaper } from './PaperLink';
import './theme.css';

/** The "authors · year" line under a title; renders nothing when both are unknown. */
export function PaperMeta({ paper }: { paper: Paper }) {
  const meta = metaLine(paper);
  return meta ? <p class="sn-meta">{meta}</p> : null;
}

/** Props of {@link PaperRow}. */
export interface PaperRowProps {
  paper: Paper;
  bookmarked: boolean;
  onToggleBookmark: ToggleBookmark;
  onOpen?: OpenPaper;
  target?: string;
  /** A short extra line, e.g. why the paper is related. */
  note?: string;
  id?: string;
  /** Highlighted as the keyboard's current choice (the popup's search results). */
  active?: boolean;
  /** Searched words to mark in the title and snippet. */
  highlight?: readonly string[];
  /** A line of the abstract around what matched a search. */
  snippet?: string;
  /** More under the title and meta line, such as a bookmark's tags and editor. */
  children?: ComponentChildren;
}

/** An `<li>` with the linked title, authors and year, an optional note, and the bookmark star. */
export function PaperRow({ paper, bookmarked, onToggleBookmark, onOpen, target, note, id, active, highlight, snippet, children }: PaperRowProps) {
  return (
    <li id={id} class={active ? 'sn-row sn-row--active' : 'sn-row'} aria-current={active || undefined}>
      <div class="sn-row__text">
        <PaperLink paper={paper} onOpen={onOpen} target={target} highlight={highlight} />
        <PaperMeta paper={paper} />
        {snippet ? (
          <p class="sn-snippet">
            <Highlighted text={snippet} terms={highlight} />
          </p>
        ) : null}
        {note ? <p class="sn-note">{note}</p> : null}
        {children}
      </div>
      <BookmarkToggle paper={paper} bookmarked={bookmarked} onToggle={onToggleBookmark} />
    </li>
  );
}
