/** Splits author names into given name, particle, family name and suffix, the one way BibTeX, CSL-JSON and citation keys all use. */
import { normalizeWhitespace } from '../page/text';

/**
 * A person's name in the parts citation formats need, or an organisation's name, which is never split.
 *
 * @example
 * const names: PersonName[] = [{ given: 'Martin Luther', particle: '', family: 'King', suffix: 'Jr.' }, { literal: 'ATLAS Collaboration' }];
 */
export type PersonName = { literal: string } | { given: string; particle: string; family: string; suffix: string };

/**
 * One word of a name; braces in BibTeX protect a word's case, and a protected word is never taken for a particle.
 *
 * @example
 * const words: NameWord[] = [{ text: 'Ludwig', protectedCase: false }, { text: 'van', protectedCase: true }];
 */
export interface NameWord {
  text: string;
  protectedCase: boolean;
}

/** Generational suffixes; `V` is left out because it is far more often an initial. */
const SUFFIX = /^(?:[JjSs]r\.?|JR\.?|SR\.?|II|III|IV)$/;

/** Words that mark a corporate author, whose name must stay whole rather than become "Collaboration, ATLAS". */
const ORGANISATION_WORD =
  /\b(?:collaboration|consortium|team|group|project|committee|initiative|association|society|foundation|institute|university|laboratory|organi[sz]ation|alliance|council|inc|ltd|corporation|llc|gmbh)\b/i;

/**
 * A name split by BibTeX's rules from its comma-separated parts, each a list of words:
 * `First von Last`, `von Last, First` or `von Last, Jr, First`. A trailing `Jr`, `Sr`, `II`, `III` or `IV`
 * is also read as a suffix in the first form (`Guy L. Steele Jr`), where BibTeX would make it the family name.
 *
 * @example
 * const words = (text: string) => text.split(' ').map((word) => ({ text: word, protectedCase: false }));
 * splitName([words('Ludwig van Beethoven')]);          // { given: 'Ludwig', particle: 'van', family: 'Beethoven', suffix: '' }
 * splitName([words('King'), words('Jr.'), words('Martin Luther')]); // { given: 'Martin Luther', particle: '', family: 'King', suffix: 'Jr.' }
 */
export function splitName(parts: readonly (readonly NameWord[])[]): PersonName {
  const nonEmpty = parts.filter((part) => part.length > 0);
  const last = nonEmpty.at(-1);
  // "King, Jr." names the suffix after a comma; it is not a given name.
  if (nonEmpty.length === 2 && last?.length === 1 && SUFFIX.test(last[0]!.text)) {
    return { ...firstVonLast(nonEmpty[0]!), suffix: last[0]!.text };
  }
  const [familyPart, ...rest] = nonEmpty;
  if (!familyPart) return { literal: '' };
  if (rest.length === 0) {
    if (familyPart.length === 1 && familyPart[0]!.protectedCase) return { literal: familyPart[0]!.text };
    const words = [...familyPart];
    const suffix = words.length > 1 && SUFFIX.test(words.at(-1)!.text) ? words.pop()!.text : '';
    return { ...firstVonLast(words), suffix };
  }
  const [particle, family] = splitVonLast(familyPart);
  const givenParts = rest.length === 1 ? rest : rest.slice(1);
  return {
    given: givenParts.map(joinWords).join(', '),
    particle,
    family,
    suffix: rest.length === 1 ? '' : joinWords(rest[0]!),
  };
}

/**
 * A name as Sidenote stores it (`Ludwig van Beethoven`, sometimes `Beethoven, Ludwig van`) split into parts;
 * names of organisations (`The ATLAS Collaboration`) stay whole. Nothing in the text says which word of
 * `Zhang Wei` is the family name, so, as everywhere in BibTeX, the last word is.
 *
 * @example
 * splitDisplayName('Jean de la Fontaine');   // { given: 'Jean', particle: 'de la', family: 'Fontaine', suffix: '' }
 * splitDisplayName('Guy L. Steele Jr.');     // { given: 'Guy L.', particle: '', family: 'Steele', suffix: 'Jr.' }
 * splitDisplayName('The ATLAS Collaboration'); // { literal: 'The ATLAS Collaboration' }
 */
export function splitDisplayName(name: string): PersonName {
  const text = normalizeWhitespace(name);
  if (ORGANISATION_WORD.test(text)) return { literal: text };
  return splitName(text.split(',').map((part) => part.split(' ').filter(Boolean).map((word) => ({ text: word, protectedCase: false }))));
}

/**
 * The name as Sidenote shows and stores it: given name first, organisations as written.
 *
 * @example
 * displayName({ given: 'Ludwig', particle: 'van', family: 'Beethoven', suffix: '' }); // 'Ludwig van Beethoven'
 * displayName({ literal: 'ATLAS Collaboration' });                                   // 'ATLAS Collaboration'
 */
export function displayName(name: PersonName): string {
  if ('literal' in name) return name.literal;
  return [name.given, name.particle, name.family, name.suffix].filter(Boolean).join(' ');
}

function firstVonLast(words: readonly NameWord[]): { given: string; particle: string; family: string } {
  const beforeLast = words.slice(0, -1);
  const vonStart = beforeLast.findIndex(isLowerCase);
  if (vonStart === -1) return { given: joinWords(beforeLast), particle: '', family: joinWords(words.slice(-1)) };
  const [particle, family] = splitVonLast(words.slice(vonStart));
  return { given: joinWords(words.slice(0, vonStart)), particle, family };
}

/** BibTeX's "von Last": the particle runs up to the last lower-case word before the final one. */
function splitVonLast(words: readonly NameWord[]): [particle: string, family: string] {
  const vonEnd = words.slice(0, -1).findLastIndex(isLowerCase);
  return [joinWords(words.slice(0, vonEnd + 1)), joinWords(words.slice(vonEnd + 1))];
}

function isLowerCase(word: NameWord): boolean {
  return !word.protectedCase && /^\p{Ll}/u.test(word.text);
}

function joinWords(words: readonly NameWord[]): string {
  return words.map((word) => word.text).join(' ');
}
