/** Tests for the title link: its target URL and the optional click hand-off. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { PaperLink } from './PaperLink';
import { HTML_TITLE, makePaper } from './testPapers';

const paper = makePaper();

/** Stops happy-dom from navigating after the assertions ran, and reports whether anything else stopped it. */
function captureDefaultPrevented(): () => boolean {
  let prevented = false;
  const listener = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  onTestFinished(() => document.removeEventListener('click', listener));
  return () => prevented;
}

describe('PaperLink', () => {
  it('links the title to the arXiv abstract page', () => {
    render(<PaperLink paper={paper} />);
    const link = screen.getByRole('link', { name: 'Attention Is All You Need' });
    expect(link.getAttribute('href')).toBe('https://arxiv.org/abs/1706.03762');
    expect(link.getAttribute('target')).toBeNull();
  });

  it('links papers without an arXiv id to a title search', () => {
    render(<PaperLink paper={makePaper({ arxivId: undefined, title: 'A B' })} />);
    expect(screen.getByRole('link', { name: 'A B' }).getAttribute('href')).toBe(
      'https://arxiv.org/search/?query=A%20B&searchtype=title',
    );
  });

  it('passes the target through', () => {
    render(<PaperLink paper={paper} target="_top" />);
    expect(screen.getByRole('link').getAttribute('target')).toBe('_top');
  });

  it('leaves clicks to the browser without onOpen', () => {
    const defaultPrevented = captureDefaultPrevented();
    render(<PaperLink paper={paper} />);
    fireEvent.click(screen.getByRole('link'));
    expect(defaultPrevented()).toBe(false);
  });

  it('hands plain clicks to onOpen instead of navigating', () => {
    const defaultPrevented = captureDefaultPrevented();
    const onOpen = vi.fn();
    render(<PaperLink paper={paper} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('link'));
    expect(defaultPrevented()).toBe(true);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(paper, { newTab: false });
  });

  it.each([{ ctrlKey: true }, { metaKey: true }])('asks for a new tab on %o clicks', (modifier) => {
    captureDefaultPrevented();
    const onOpen = vi.fn();
    render(<PaperLink paper={paper} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('link'), modifier);
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(paper, { newTab: true });
  });

  it('shows a title containing HTML literally', () => {
    const { container } = render(<PaperLink paper={makePaper({ title: HTML_TITLE })} />);
    expect(screen.getByRole('link', { name: HTML_TITLE }).textContent).toBe(HTML_TITLE);
    expect(container.querySelector('img')).toBeNull();
  });
});
