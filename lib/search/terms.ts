/**
 * How text becomes index terms: one tokenizer, stemmer and phrase rule shared by indexing, popup search and
 * relatedness, so a word typed, a word in a title and a word in an abstract always meet.
 *
 * - Words are lower-cased with accents folded; URLs and possessive 's are dropped.
 * - A hyphenated word whose first part is a common prefix is joined (`pre-trained` → `pretrained`), so it meets
 *   the spelling without a hyphen; other hyphenated words split into their parts (`BERT-based` → `bert`, `based`).
 * - A light stemmer folds plural, `-ed` and `-ing` forms (`pretrained`, `pretraining`, `pre-train` → `pretrain`).
 *   Stems are for matching only: whatever is shown to the user is a surface form taken from the text.
 * - Two-word phrases are pairs of neighbouring content words within one clause: punctuation and function words
 *   break them, so "masked language model (MLM)" holds `mask languag` and `languag model`, not `model mlm`.
 */
import { EMPTY_HASH, hashUnit, SurfaceTable } from './surface-table';

/** English function words: they carry no meaning for search or relatedness. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have how if in into is it its ' +
    'itself may might more most much must no nor not of on or our ours over own per so such than that the their them ' +
    'then there these they this those through thus to too under up upon us via was we were what when where whether ' +
    'which while who whom whose why will with within without would yet you your also both each either every few'
  ).split(' '),
);

/** Prefixes written both with and without a hyphen (`pre-training`, `pretraining`; `multi-task`, `multitask`). */
const JOINED_PREFIXES = new Set(
  'pre post re co non multi sub inter intra bi un semi cross fine over under'.split(' '),
);

/**
 * Words every abstract uses whatever its subject: they say how a paper argues, not what it is about, so they never
 * make two papers related. Written as words; compared as stems. Domain words (language, training, data…) are not
 * listed: how common they are in the catalogue already weighs them down, and in another catalogue they may matter.
 */
const GENERIC_WORDS =
  'paper work study propose approach method methodology model framework technique strategy result show shown ' +
  'demonstrate experiment experimental empirical evaluate significant performance perform improve improvement ' +
  'effective effectiveness novel new existing various different several many based use used using achieve ' +
  'outperform state art sota recent current prior previous first second third one two three four five six seven ' +
  'eight nine ten able ability well wide range variety set number way problem issue challenge challenging important ' +
  'key main provide present introduce investigate explore release available furthermore moreover however therefore ' +
  'addition additional finally including include contain further toward towards across among around against since ' +
  'though although despite unlike instead rather whereas common certain given make made take help lead need require ' +
  'remain become allow enable consider aim goal focus lack yield obtain gain effect impact role insight finding find ' +
  'found observe suggest indicate reveal conduct extensive comprehensive thorough promising remarkable impressive ' +
  'substantial considerable particular competitive superior strong better best good great simple easy even still just ' +
  'only whole overall application task apply applied accuracy report technical et al etc vs versus due about other ' +
  'some any between after before all during out less like possible popular successful powerful useful identify ' +
  'establish grow examine examination define treat suffer carry bring equal encourage manner order ever applicable ' +
  'start span choice maintain relationship phenomenon concern real world today similar former latter last ' +
  'kind type level aspect part case example aid procedure guide inform depth together rely original construct ' +
  'corresponding direction field future research literature community practical practice summarize leverage enhance ' +
  'boost revisit rethink measure should always give baseline';

/** Words that only look inflected: `embed` is not the past tense of `emb`. */
const UNINFLECTED = new Set(['embed']);

/** Plurals no suffix rule folds, common in scholarly text. */
const IRREGULAR_PLURALS = new Map([
  ['corpora', 'corpus'],
  ['analyses', 'analysis'],
  ['hypotheses', 'hypothesis'],
  ['phenomena', 'phenomenon'],
  ['criteria', 'criterion'],
  ['indices', 'index'],
  ['matrices', 'matrix'],
]);

/** Nouns that end in -ly like an adverb. */
const LY_NOUNS = new Set(['family', 'anomaly', 'assembly', 'italy', 'butterfly']);

/** A character of a word: a letter or a digit, of any script. */
const WORD_CHARACTER_CLASS = '[\\p{L}\\p{N}]';
/** A word: letters and digits, maybe joined by hyphens. What `wordTerms` takes. */
export const WORD = new RegExp(`${WORD_CHARACTER_CLASS}+(?:-${WORD_CHARACTER_CLASS}+)*`, 'gu');
const URL = /\bhttps?:\/\/\S+/gi;
const POSSESSIVE = /['’]s\b/gi;

/** What a UTF-16 unit is to the tokenizer: part of a word (`WORD`), a space (`\s`), or anything else. */
const WORD_UNIT = 1;
const SPACE_UNIT = 2;
const OTHER_UNIT = 3;
/** Each unit's class, worked out (by the regular expressions that define them) the first time it is met; 0: not yet. */
const unitClasses = new Uint8Array(0x10000);
/** Whether each character beyond the 16-bit range met so far is part of a word. */
const astralWordCharacters = new Map<number, boolean>();
const WORD_CHARACTER = new RegExp(`^${WORD_CHARACTER_CLASS}$`, 'u');

function unitClass(unit: number): number {
  let found = unitClasses[unit]!;
  if (found === 0) {
    const character = String.fromCharCode(unit);
    // Anything between two words other than spaces ends a phrase (punctuation, brackets, a removed URL).
    found = WORD_CHARACTER.test(character) ? WORD_UNIT : /^\s$/.test(character) ? SPACE_UNIT : OTHER_UNIT;
    unitClasses[unit] = found;
  }
  return found;
}

/** How many UTF-16 units the word character at `i` takes: 1, 2 (beyond the 16-bit range), or 0 when none is there. */
function wordUnitsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const unit = text.charCodeAt(i);
  const point = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
  if (point <= 0xffff) return unitClass(point) === WORD_UNIT ? 1 : 0;
  let isWord = astralWordCharacters.get(point);
  if (isWord === undefined) {
    isWord = WORD_CHARACTER.test(String.fromCodePoint(point));
    astralWordCharacters.set(point, isWord);
  }
  return isWord ? 2 : 0;
}

/** One word of a text: what was written, the term it is indexed as, and whether a phrase may run into it. */
export interface Word {
  /** As written (case kept), hyphen kept in joined words: `Pre-trained`. */
  surface: string;
  /** The stemmed index term: `pretrain`; null for function words. */
  term: string | null;
  /** True when punctuation (or the start of the text) comes before it: no phrase spans this boundary. */
  clauseStart: boolean;
}

/**
 * The words of a text, in order.
 *
 * @example
 * words('Pre-trained models, BERT-based').map((word) => word.term); // ['pretrain', 'model', 'bert', 'bas']
 */
export function words(text: string): Word[] {
  return wordsOfCleaned(text.replace(URL, ' . ').replace(POSSESSIVE, ''));
}

/**
 * The words `WORD` finds, read a character at a time rather than matched: a match, a string and a slice per word
 * were most of the time splitting a large pack's abstracts into words, and a word met before is then the string
 * already kept (see `SurfaceTable`).
 */
function wordsOfCleaned(text: string): Word[] {
  const result: Word[] = [];
  let clauseStart = true;
  for (let i = 0; i < text.length; ) {
    if (wordUnitsAt(text, i) > 0) {
      i = readWord(text, i, clauseStart, result);
      clauseStart = false;
    } else {
      if (unitClass(text.charCodeAt(i)) !== SPACE_UNIT) clauseStart = true;
      i += 1;
    }
  }
  return result;
}

/** Where each part of the hyphenated word being read ends: kept, as most words have one part. */
const partEnds: number[] = [];
const HYPHEN = 0x2d;

/**
 * Reads the word starting at `start` (letters and digits, maybe joined by single hyphens), adds its words to `into`
 * (one, or its parts: see `Surface.joinsNext`) and returns where it ends.
 */
function readWord(text: string, start: number, clauseStart: boolean, into: Word[]): number {
  let i = start;
  let hash = EMPTY_HASH;
  let parts = 0;
  for (;;) {
    for (let units = wordUnitsAt(text, i); units > 0; units = wordUnitsAt(text, i)) {
      for (const next = i + units; i < next; i += 1) hash = hashUnit(hash, text.charCodeAt(i));
    }
    const last = text.charCodeAt(i) !== HYPHEN || wordUnitsAt(text, i + 1) === 0;
    if (last && parts === 0) {
      into.push(wordAt(surfaces.find(text, start, i, hash), clauseStart));
      return i;
    }
    partEnds[parts] = i;
    parts += 1;
    if (last) break;
    hash = hashUnit(hash, HYPHEN);
    i += 1;
  }
  // Few words are hyphenated: their parts are hashed again rather than every word's as it is read.
  let part = 0;
  if (surfaces.description(surfaces.findRange(text, start, partEnds[0]!)).joinsNext) {
    into.push(wordAt(surfaces.findRange(text, start, partEnds[1]!), clauseStart));
    part = 2;
  }
  for (; part < parts; part += 1) {
    const partStart = part === 0 ? start : partEnds[part - 1]! + 1;
    into.push(wordAt(surfaces.findRange(text, partStart, partEnds[part]!), clauseStart && part === 0));
  }
  return i;
}

function wordAt(entry: number, clauseStart: boolean): Word {
  return { surface: surfaces.surface(entry), term: surfaces.description(entry).term, clauseStart };
}

/** A paper's title and abstract, each split into words: for work that reads them more than once. */
export interface PaperWords {
  title: Word[];
  abstract: Word[];
}

/**
 * @example
 * paperWords({ title: 'Pre-trained models', abstract: 'We study BERT.' }).title.map((word) => word.term); // ['pretrain', 'model']
 */
export function paperWords({ title, abstract }: { title: string; abstract: string }): PaperWords {
  return { title: words(title), abstract: words(abstract) };
}

/** What the tokenizer works out once per different word it meets. */
interface Surface {
  /** The word's index term; null for a function word. */
  term: string | null;
  /** Whether, as the first part of a hyphenated word, it joins the part after it (`pre-trained`). */
  joinsNext: boolean;
}

/**
 * Words already seen. A catalogue's words repeat endlessly while folding accents and stemming cost regular
 * expressions each: indexing a large pack spent most of its time on them. Bounded, so a stream of rare words cannot
 * grow it without end.
 */
const surfaces = new SurfaceTable<Surface>(200_000, (surface) => {
  const folded = fold(surface);
  const joined = folded.replaceAll('-', '');
  return { term: STOP_WORDS.has(joined) ? null : stem(joined), joinsNext: JOINED_PREFIXES.has(folded) };
});

/**
 * The index terms of a text: stemmed, function words dropped.
 *
 * @example
 * terms('Attention is all you need'); // ['attention', 'all', 'need']
 * terms('pre-trained, pretraining'); // ['pretrain', 'pretrain']
 */
export function terms(text: string): string[] {
  return termsIn(words(text));
}

/**
 * The index terms of words already split (see `words`), for a text whose words serve more than once.
 *
 * @example
 * termsIn(words('Attention is all you need')); // ['attention', 'all', 'need']
 */
export function termsIn(list: readonly Word[]): string[] {
  const found: string[] = [];
  for (const word of list) if (word.term) found.push(word.term);
  return found;
}

/**
 * The index terms of one word as `words` finds it in a text (a run of letters and digits, maybe hyphenated): what
 * `terms` gives for it, without reading it again as a text. For work that walks a text's words itself.
 *
 * @example
 * wordTerms('BERT-based'); // ['bert', 'bas']
 * wordTerms('the'); // []
 */
export function wordTerms(word: string): string[] {
  return termsIn(wordsOfCleaned(word));
}

/** A word of what the user typed, `prefix` when it is the word still being typed. */
export interface TypedWord extends Word {
  prefix: boolean;
}

/**
 * The words of what the user typed. When `typing`, the last word is still being typed: its term is cut back to where
 * its stem may end (`typedStem`) and it is marked to match as a prefix. A function word being typed is dropped like
 * any other, so `masked language model for` asks for the complete `model`.
 *
 * @example
 * typedWords('masked langu', true).map(({ term, prefix }) => [term, prefix]); // [['mask', false], ['langu', true]]
 */
export function typedWords(text: string, typing: boolean): TypedWord[] {
  const list = words(text);
  return list.map((word, i) => {
    const prefix = typing && i === list.length - 1 && word.term !== null;
    return { ...word, term: prefix ? typedStem(fold(word.surface).replaceAll('-', '')) : word.term, prefix };
  });
}

/**
 * The two-word phrases of a text as `first second` stems, in order (repeats kept).
 *
 * @example
 * phrases('masked language model (MLM) for pre-training'); // ['mask languag', 'languag model']
 */
export function phrases(text: string): string[] {
  return phrasesIn(words(text));
}

/**
 * The two-word phrases of words already split (see `words`).
 *
 * @example
 * phrasesIn(words('masked language model')); // ['mask languag', 'languag model']
 */
export function phrasesIn(list: readonly Word[]): string[] {
  return wordPairs(list).map(([first, second]) => `${first.term} ${second.term}`);
}

/**
 * The pairs of neighbouring content words of one clause among `list`: the words of its two-word phrases.
 *
 * @example
 * wordPairs(words('continual pre-training')).map(([a, b]) => `${a.surface} ${b.surface}`); // ['continual pre-training']
 */
export function wordPairs<W extends Word>(list: readonly W[]): [W, W][] {
  return list.flatMap((word, i): [W, W][] => {
    const previous = list[i - 1];
    return previous && continuesPhrase(previous, word) ? [[previous, word]] : [];
  });
}

/**
 * Whether `word` and the word before it make a two-word phrase: both content words, within one clause.
 *
 * @example
 * const [masked, language] = words('masked language');
 * continuesPhrase(masked, language); // true
 */
export function continuesPhrase(previous: Word | undefined, word: Word): boolean {
  return Boolean(previous?.term) && Boolean(word.term) && !word.clauseStart;
}

/**
 * A light English stemmer: folds plurals, `-ed`, `-ing` and a final `e`, so word forms meet; leaves short words
 * and words with digits (`gpt3`, `7b`) alone. Not a linguistic root: `language` → `languag`.
 *
 * @example
 * ['pretrained', 'pretraining', 'pretrain'].map(stem); // ['pretrain', 'pretrain', 'pretrain']
 * ['modelling', 'models', 'studies'].map(stem); // ['model', 'model', 'study']
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || UNINFLECTED.has(word)) return word;
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ias)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  // `need`, `speed`, `proceed` end in -eed without being past tenses.
  else if (/[^e]ed$/.test(w) && isStem(w.slice(0, -2))) w = w.slice(0, -2);
  else if (w.endsWith('ing') && isStem(w.slice(0, -3))) w = w.slice(0, -3);

  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // `modelling` → `modell` → `model`; applied to every word alike, so `class` and `classes` still meet.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * The stem to prefix-match for a word still being typed: a word cut inside its ending (`trainin`, `maske`)
 * is cut back to where its stem ends, so it still finds the stem the complete word is indexed under.
 *
 * @example
 * typedStem('trainin'); // 'train' (prefix of the indexed 'train')
 * typedStem('langu'); // 'langu'
 */
export function typedStem(word: string): string {
  const stemmed = stem(word);
  if (stemmed !== word) return stemmed;
  const cut = word.replace(/(in|i|e)$/, '');
  return cut.length >= 3 ? cut : word;
}

/**
 * Whether a stem says how a paper argues rather than what it is about (`propos`, `result`, `model`). Adverbs
 * (`continuously`, `significantly`) count as generic too: they qualify a claim, they do not name a subject.
 *
 * @example
 * isGeneric(stem('proposed')); // true
 * isGeneric(stem('forgetting')); // false
 */
export function isGeneric(term: string): boolean {
  return GENERIC_TERMS.has(term) || (term.length >= 6 && term.endsWith('ly') && !term.endsWith('ply') && !LY_NOUNS.has(term));
}

const GENERIC_TERMS = new Set(GENERIC_WORDS.split(' ').map(stem));

/**
 * An author as a matching key: accents folded, lower case, punctuation dropped.
 *
 * @example
 * authorKey('Jörg  Schlötterer'); // 'jorg schlotterer'
 */
export function authorKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A category as a matching key; any run of whitespace in it is one space, as in author keys.
 *
 * @example
 * categoryKey('cs.CL'); // 'cs.cl'
 */
export function categoryKey(category: string): string {
  return category.trim().toLowerCase().replace(/\s+/g, ' ');
}

function isStem(candidate: string): boolean {
  return candidate.length >= 3 && /[aeiouy]/.test(candidate);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

