/** Text with the words that matched a search marked, rendered as text (never as HTML). */
import { highlightSegments } from './format';

/**
 * `<mark>`s every word of `text` that starts with one of `terms`.
 *
 * @example
 * <Highlighted text={paper.title} terms={['masked']} />
 */
export function Highlighted({ text, terms = [] }: { text: string; terms?: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}
