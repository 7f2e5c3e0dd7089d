/** How text becomes index terms: one tokenizer and term filter shared by indexing, search and relatedness. */

/** English function words: they carry no meaning for search or relatedness. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have how if in into is it its ' +
    'itself may might more most much must no nor not of on or our ours over own per so such than that the their them ' +
    'then there these they this those through thus to too under up upon us via was we were what when where whether ' +
    'which while who whom whose why will with within without would yet you your also both each either every few'
  ).split(' '),
);

const SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * Splits text into lower-case terms, dropping English function words.
 *
 * @example
 * terms('Attention is all you need'); // ['attention', 'all', 'need']
 */
export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(SPLIT)
    .filter((term) => term !== '' && !STOP_WORDS.has(term));
}

/**
 * MiniSearch's `processTerm`: lower case, and function words dropped.
 *
 * @example
 * new MiniSearch({ fields: ['title'], processTerm: indexTerm });
 */
export function indexTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower === '' || STOP_WORDS.has(lower) ? null : lower;
}
