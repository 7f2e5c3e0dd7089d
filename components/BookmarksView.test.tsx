/** Tests for the bookmark library view: filters, paging and editing tags, notes and read state. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { BookmarksView, type BookmarksViewProps } from './BookmarksView';
import { HTML_TITLE, makeBookmark } from './testPapers';

const tagged = makeBookmark({ key: 'a', title: 'Tagged paper' }, { tags: ['to read', 'nlp'], note: 'Check table 3', read: true });
const plain = makeBookmark({ key: 'b', title: 'Plain paper' });

function renderView(overrides: Partial<BookmarksViewProps> = {}) {
  const props: BookmarksViewProps = {
    page: { bookmarks: [tagged, plain], total: 2, tags: [{ tag: 'nlp', count: 1 }, { tag: 'to read', count: 1 }] },
    filter: {},
    onFilterChange: vi.fn(),
    onShowMore: vi.fn(),
    onToggleBookmark: vi.fn(),
    onUpdate: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<BookmarksView {...props} />) };
}

test('shows each bookmark with its tags and read mark, and the count', () => {
  renderView();
  expect(screen.getByRole('status').textContent).toBe('2 bookmarks');
  const row = screen.getByRole('link', { name: 'Tagged paper' }).closest('li')!;
  expect(within(row).getByText('to read')).toBeTruthy();
  expect(within(row).getByText('Read', { selector: 'span' })).toBeTruthy();
  expect(within(row).getByText('Check table 3', { selector: 'p' })).toBeTruthy();
  const plainRow = screen.getByRole('link', { name: 'Plain paper' }).closest('li')!;
  expect(within(plainRow).queryByText('Read', { selector: 'span' })).toBeNull();
});

test('filters by text, tag and read state', () => {
  const { props } = renderView({ filter: { text: 'ber' } });
  fireEvent.input(screen.getByRole('searchbox', { name: 'Filter bookmarks' }), { target: { value: 'bert' } });
  expect(props.onFilterChange).toHaveBeenLastCalledWith({ text: 'bert' });
  fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'nlp' } });
  expect(props.onFilterChange).toHaveBeenLastCalledWith({ text: 'ber', tag: 'nlp' });
  fireEvent.change(screen.getByRole('combobox', { name: 'Read state' }), { target: { value: 'unread' } });
  expect(props.onFilterChange).toHaveBeenLastCalledWith({ text: 'ber', read: false });
});

test('a filter that matches nothing says so, and keeps the filters', () => {
  renderView({ page: { bookmarks: [], total: 0, tags: [] }, filter: { tag: 'nlp' } });
  expect(screen.getByRole('status').textContent).toBe('No bookmarks match these filters.');
  expect(screen.getByRole('combobox', { name: 'Tag' })).toBeTruthy();
});

test('an empty library explains how to bookmark, without filters', () => {
  renderView({ page: { bookmarks: [], total: 0, tags: [] } });
  expect(screen.getByRole('status').textContent).toBe('No bookmarks yet. Use the star beside a paper to save it.');
  expect(screen.queryByRole('searchbox')).toBeNull();
});

test('pages long libraries', () => {
  const { props } = renderView({ page: { bookmarks: [tagged, plain], total: 9_000, tags: [] } });
  fireEvent.click(screen.getByRole('button', { name: 'Show more (8998 more)' }));
  expect(props.onShowMore).toHaveBeenCalledOnce();
});

test('edits tags, note and read state behind an Edit disclosure', () => {
  const { props } = renderView();
  const edit = screen.getByRole('button', { name: 'Edit: Plain paper' });
  expect(edit.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(edit);
  expect(edit.getAttribute('aria-expanded')).toBe('true');
  fireEvent.change(screen.getByRole('textbox', { name: 'Tags: Plain paper' }), { target: { value: 'Survey, to read' } });
  expect(props.onUpdate).toHaveBeenLastCalledWith('b', { tags: ['Survey', ' to read'] });
  fireEvent.change(screen.getByRole('textbox', { name: 'Note: Plain paper' }), { target: { value: 'Good baseline' } });
  expect(props.onUpdate).toHaveBeenLastCalledWith('b', { note: 'Good baseline' });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Read: Plain paper' }));
  expect(props.onUpdate).toHaveBeenLastCalledWith('b', { read: true });
});

test('unchanged tags are not saved again', () => {
  const { props } = renderView();
  fireEvent.click(screen.getByRole('button', { name: 'Edit: Tagged paper' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Tags: Tagged paper' }), { target: { value: 'To Read, nlp' } });
  expect(props.onUpdate).not.toHaveBeenCalled();
});

test('notes and tags with HTML are shown as text', () => {
  const { container } = renderView({
    page: { bookmarks: [makeBookmark({ key: 'x', title: 'X' }, { tags: [HTML_TITLE], note: HTML_TITLE })], total: 1, tags: [] },
  });
  expect(screen.getByText(HTML_TITLE, { selector: 'span' })).toBeTruthy();
  expect(screen.getByText(HTML_TITLE, { selector: 'p' })).toBeTruthy();
  expect(container.querySelector('img')).toBeNull();
});

test('an update of one bookmark does not wipe what is being typed for another', () => {
  const { props, rerender } = renderView();
  fireEvent.click(screen.getByRole('button', { name: 'Edit: Plain paper' }));
  const typing = screen.getByRole('textbox', { name: 'Tags: Plain paper' }) as HTMLInputElement;
  fireEvent.input(typing, { target: { value: 'half typed' } });
  const retagged = { ...tagged, tags: ['changed elsewhere'], updatedAt: 99 };
  rerender(<BookmarksView {...props} page={{ bookmarks: [retagged, plain], total: 2, tags: [] }} />);
  expect((screen.getByRole('textbox', { name: 'Tags: Plain paper' }) as HTMLInputElement).value).toBe('half typed');
  expect((screen.getByRole('textbox', { name: 'Tags: Tagged paper', hidden: true }) as HTMLInputElement).value).toBe('changed elsewhere');
});

test('saving a bookmark’s tags does not wipe the note being typed for it', () => {
  const { props, rerender } = renderView();
  fireEvent.click(screen.getByRole('button', { name: 'Edit: Plain paper' }));
  const note = screen.getByRole('textbox', { name: 'Note: Plain paper' }) as HTMLTextAreaElement;
  fireEvent.input(note, { target: { value: 'half a thought' } });
  const retagged = { ...plain, tags: ['to read'], updatedAt: 99 };
  rerender(<BookmarksView {...props} page={{ bookmarks: [tagged, retagged], total: 2, tags: [] }} />);
  expect((screen.getByRole('textbox', { name: 'Note: Plain paper' }) as HTMLTextAreaElement).value).toBe('half a thought');
  expect((screen.getByRole('textbox', { name: 'Tags: Plain paper' }) as HTMLInputElement).value).toBe('to read');
  // A note saved elsewhere is shown.
  rerender(<BookmarksView {...props} page={{ bookmarks: [tagged, { ...retagged, note: 'From the laptop', updatedAt: 100 }], total: 2, tags: [] }} />);
  expect((screen.getByRole('textbox', { name: 'Note: Plain paper' }) as HTMLTextAreaElement).value).toBe('From the laptop');
});
