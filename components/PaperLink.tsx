/** A paper's title as a link to its arXiv page, optionally handing the click to the caller. */
import type { JSX } from 'preact';
import type { Paper } from '../lib/paper';
import { paperUrl } from './format';
import { Highlighted } from './Highlighted';
import './theme.css';

/** Asked to open a paper, in a new tab when the user held Ctrl or ⌘. */
export type OpenPaper = (paper: Paper, how: { newTab: boolean }) => void;

/** Props of {@link PaperLink}. */
export interface PaperLinkProps {
  paper: Paper;
  /** When given, clicks are reported here instead of navigating: popup links cannot steer the tab. */
  onOpen?: OpenPaper;
  /** Passed to the anchor, e.g. `_top` so the panel's iframe navigates the whole page. */
  target?: string;
  /** Searched words to mark in the title. */
  highlight?: readonly string[];
}

/** An `<a>` named by the paper's title, pointing at {@link paperUrl}. */
export function PaperLink({ paper, onOpen, target, highlight }: PaperLinkProps) {
  const open = onOpen
    ? (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        onOpen(paper, { newTab: event.ctrlKey || event.metaKey });
      }
    : undefined;

  return (
    <a class="sn-link" href={paperUrl(paper)} target={target} onClick={open}>
      <Highlighted text={paper.title} terms={highlight} />
    </a>
  );
}
