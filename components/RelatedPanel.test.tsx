/** Tests for the related-papers panel: landmarks, entries, collapse, states and literal text. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { RelatedEntry } from '../lib/paper';
import { RelatedPanel, type RelatedPanelProps } from './RelatedPanel';
import { HTML_TITLE, makePaper } from './testPapers';

const current = makePaper({ key: '1810.04805', arxivId: '1810.04805', title: 'BERT: Pre-training of Deep Bidirectional Transformers' });

const entries: RelatedEntry[] = [
  {
    paper: makePaper(),
    sharedTerms: ['transformer', 'self-attention', 'encoder', 'language model', 'pre-training'],
    bookmarked: true,
  },
  {
    paper: makePaper({ key: 'roberta', arxivId: undefined, title: 'RoBERTa', authors: [], date: undefined }),
    sharedTerms: [],
    bookmarked: false,
  },
];

function renderPanel(overrides: Partial<RelatedPanelProps> = {}) {
  const props: RelatedPanelProps = {
    paper: current,
    currentBookmarked: false,
    entries,
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onToggleBookmark: vi.fn(),
    site: 'arxiv.org',
    onHideOnSite: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<RelatedPanel {...props} />) };
}

describe('RelatedPanel', () => {
  it('is an aside named "Related papers" with a visible heading', () => {
    renderPanel();
    const aside = screen.getByRole('complementary', { name: 'Related papers' });
    expect(aside.tagName).toBe('ASIDE');
    expect(within(aside).getByRole('heading', { name: 'Related papers' })).toBeTruthy();
  });

  it('lists the entries as links named by their titles, opening in the top window', () => {
    renderPanel();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]!).getByRole('link', { name: 'Attention Is All You Need' });
    expect(first.getAttribute('href')).toBe('https://arxiv.org/abs/1706.03762');
    expect(first.getAttribute('target')).toBe('_top');
    expect(within(items[1]!).getByRole('link', { name: 'RoBERTa' }).getAttribute('href')).toBe(
      'https://arxiv.org/search/?query=RoBERTa&searchtype=title',
    );
  });

  it('says who, when and why for each entry, leaving out what is unknown', () => {
    renderPanel();
    const [first, second] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(within(first!).getByText('Ashish Vaswani, Noam Shazeer et al. · 2017')).toBeTruthy();
    expect(within(first!).getByText('Shares: transformer, self-attention, encoder, language model')).toBeTruthy();
    expect(second!.textContent).toBe('RoBERTa');
  });

  it("gives each entry a toggle with the entry's state that calls back with its paper", () => {
    const { props } = renderPanel();
    const attention = screen.getByRole('button', { name: 'Bookmark: Attention Is All You Need' });
    expect(attention.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Bookmark: RoBERTa' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(attention);
    expect(props.onToggleBookmark).toHaveBeenCalledExactlyOnceWith(entries[0]!.paper);
  });

  it("puts the page's own toggle at the top, captioned \"This paper\"", () => {
    const { props } = renderPanel({ currentBookmarked: true });
    expect(screen.getByText('This paper')).toBeTruthy();
    const toggles = screen.getAllByRole('button', { name: /^Bookmark: / });
    expect(toggles[0]!.getAttribute('aria-label')).toBe(`Bookmark: ${current.title}`);
    expect(toggles[0]!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggles[0]!);
    expect(props.onToggleBookmark).toHaveBeenCalledExactlyOnceWith(current);
  });

  it('hides everything but the header when collapsed, and says so with aria-expanded', () => {
    const { props, rerender } = renderPanel();
    const button = screen.getByRole('button', { name: 'Related papers panel' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(props.onToggleCollapsed).toHaveBeenCalledOnce();

    rerender(<RelatedPanel {...props} collapsed />);
    expect(screen.getByRole('button', { name: 'Related papers panel' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Bookmark: / })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Related papers' })).toBeTruthy();
  });

  it('offers to hide itself on the site it is shown on', () => {
    const { props } = renderPanel({ site: 'huggingface.co' });
    fireEvent.click(screen.getByRole('button', { name: 'Hide Sidenote on huggingface.co' }));
    expect(props.onHideOnSite).toHaveBeenCalledOnce();
  });

  it('points the collapse button at the body it hides', () => {
    renderPanel({ collapsed: true });
    const controlled = screen.getByRole('button', { name: 'Related papers panel' }).getAttribute('aria-controls');
    expect(document.getElementById(controlled!)?.hidden).toBe(true);
  });

  it('announces loading politely while entries are null', () => {
    renderPanel({ entries: null });
    expect(screen.getByRole('status').textContent).toBe('Finding related papers…');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('button', { name: `Bookmark: ${current.title}` })).toBeTruthy();
  });

  it('says when nothing is close', () => {
    renderPanel({ entries: [] });
    expect(screen.getByRole('status').textContent).toBe('Nothing close in your catalogue.');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows an error as an alert instead of loading or entries', () => {
    renderPanel({ entries: null, error: 'Could not reach the catalogue.' });
    expect(screen.getByRole('alert').textContent).toBe('Could not reach the catalogue.');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows HTML in titles, authors and terms as text', () => {
    const { container } = renderPanel({
      paper: makePaper({ key: 'x', title: HTML_TITLE }),
      entries: [{ paper: makePaper({ title: HTML_TITLE, authors: [HTML_TITLE] }), sharedTerms: [HTML_TITLE], bookmarked: false }],
    });
    expect(screen.getByRole('link', { name: HTML_TITLE })).toBeTruthy();
    expect(screen.getByText(`${HTML_TITLE} · 2017`)).toBeTruthy();
    expect(screen.getByText(`Shares: ${HTML_TITLE}`)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: `Bookmark: ${HTML_TITLE}` })).toHaveLength(2);
    expect(container.querySelector('img')).toBeNull();
  });
});
