/** Tests for the bookmark star: its name, pressed state, callback and in-flight guard. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { BookmarkToggle } from './BookmarkToggle';
import { HTML_TITLE, makePaper } from './testPapers';

const paper = makePaper();

/** A promise the test settles when it chooses. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('BookmarkToggle', () => {
  it('is a button named "Bookmark: <title>" that is not pressed when not bookmarked', () => {
    render(<BookmarkToggle paper={paper} bookmarked={false} onToggle={() => {}} />);
    const button = screen.getByRole('button', { name: 'Bookmark: Attention Is All You Need' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('is pressed when bookmarked, and fills its star', () => {
    const { container } = render(<BookmarkToggle paper={paper} bookmarked onToggle={() => {}} />);
    expect(screen.getByRole('button', { name: `Bookmark: ${paper.title}` }).getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('path')?.getAttribute('fill')).toBe('currentColor');
  });

  it('calls back with the paper on click', () => {
    const onToggle = vi.fn();
    render(<BookmarkToggle paper={paper} bookmarked={false} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button'));
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(paper);
  });

  it('lets synchronous toggles through on every click', () => {
    const onToggle = vi.fn();
    render(<BookmarkToggle paper={paper} bookmarked={false} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button'));
    fireEvent.click(screen.getByRole('button'));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('ignores clicks while a toggle is in flight, and accepts them once it resolves', async () => {
    const pending = deferred();
    const onToggle = vi.fn(() => pending.promise);
    render(<BookmarkToggle paper={paper} bookmarked={false} onToggle={onToggle} />);
    const button = screen.getByRole('button');

    fireEvent.click(button);
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-busy')).toBe('true');

    pending.resolve();
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull());
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('accepts clicks again after a toggle fails', async () => {
    const pending = deferred();
    const onToggle = vi.fn(() => pending.promise);
    render(<BookmarkToggle paper={paper} bookmarked={false} onToggle={onToggle} />);
    const button = screen.getByRole('button');

    fireEvent.click(button);
    pending.reject(new Error('storage failed'));
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull());
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('names itself with a title containing HTML literally', () => {
    const { container } = render(<BookmarkToggle paper={makePaper({ title: HTML_TITLE })} bookmarked={false} onToggle={() => {}} />);
    expect(screen.getByRole('button', { name: `Bookmark: ${HTML_TITLE}` })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
