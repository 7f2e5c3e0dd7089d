/** A small form that renames a tag across the whole library. */
import { useState } from 'preact/hooks';
import './theme.css';
import './options.css';

/** Props of {@link TagRename}. */
export interface TagRenameProps {
  tags: { tag: string; count: number }[];
  /** Resolves to the number of bookmarks changed. */
  onRename: (from: string, to: string) => Promise<number>;
}

/** A "Tag to rename" choice, a "New name" field and a "Rename tag" button; says how many bookmarks changed. */
export function TagRename({ tags, onRename }: TagRenameProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [done, setDone] = useState('');
  if (tags.length === 0) return null;
  const source = from || tags[0]!.tag;
  return (
    <form
      class="sn-options__rename"
      onSubmit={(event) => {
        event.preventDefault();
        void onRename(source, to).then((changed) => {
          setDone(`Renamed “${source}” to “${to.trim().toLowerCase()}” on ${changed} ${changed === 1 ? 'bookmark' : 'bookmarks'}.`);
          setFrom('');
          setTo('');
        });
      }}
    >
      <select aria-label="Tag to rename" value={source} onChange={(event) => setFrom(event.currentTarget.value)}>
        {tags.map(({ tag, count }) => (
          <option key={tag} value={tag}>
            {tag} ({count})
          </option>
        ))}
      </select>
      <input type="text" aria-label="New name" required value={to} onInput={(event) => setTo(event.currentTarget.value)} />
      <button type="submit" class="sn-button">
        Rename tag
      </button>
      <p role="status" class="sn-options__help">
        {done}
      </p>
    </form>
  );
}
