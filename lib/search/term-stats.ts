/** Document frequencies of title and abstract terms, so relatedness can weigh a term by how rare it is. */
import type { Paper } from '../paper';
import { terms } from './terms';

/**
 * How many indexed papers contain each term; kept beside the index and updated with it.
 *
 * @example
 * const stats = TermStats.of(papers);
 * stats.idf('transformer'); // high for rare terms, near 0 for terms in every paper
 */
export class TermStats {
  private constructor(
    private documents: number,
    private readonly frequency: Map<string, number>,
  ) {}

  /** Statistics over a set of papers. */
  static of(papers: Iterable<Paper>): TermStats {
    const stats = new TermStats(0, new Map());
    for (const paper of papers) stats.add(paper);
    return stats;
  }

  /** Statistics restored from `toJSON()`. */
  static fromJSON(json: string): TermStats {
    const { documents, frequency } = JSON.parse(json) as { documents: number; frequency: [string, number][] };
    return new TermStats(documents, new Map(frequency));
  }

  add(paper: Paper): void {
    this.documents += 1;
    for (const term of distinctTerms(paper)) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
  }

  remove(paper: Paper): void {
    this.documents -= 1;
    for (const term of distinctTerms(paper)) {
      const left = (this.frequency.get(term) ?? 1) - 1;
      if (left > 0) this.frequency.set(term, left);
      else this.frequency.delete(term);
    }
  }

  /** Number of papers containing the term. */
  documentFrequency(term: string): number {
    return this.frequency.get(term) ?? 0;
  }

  /** Inverse document frequency, 0 for a term no paper has (it cannot relate two papers). */
  idf(term: string): number {
    const frequency = this.documentFrequency(term);
    return frequency === 0 ? 0 : Math.log(1 + this.documents / frequency);
  }

  toJSON(): string {
    return JSON.stringify({ documents: this.documents, frequency: [...this.frequency] });
  }
}

function distinctTerms(paper: Paper): Set<string> {
  return new Set(terms(`${paper.title} ${paper.abstract}`));
}
