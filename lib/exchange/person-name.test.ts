import { displayName, splitDisplayName, splitName, type PersonName } from './person-name';

const words = (text: string) => text.split(' ').map((word) => ({ text: word, protectedCase: false }));
const person = (given: string, particle: string, family: string, suffix = ''): PersonName => ({ given, particle, family, suffix });

describe('splitName', () => {
  test.each<[string, string[][], PersonName]>([
    ['First Last', [['Ashish Vaswani']], person('Ashish', '', 'Vaswani')],
    ['First von Last', [['Jean de la Fontaine']], person('Jean', 'de la', 'Fontaine')],
    ['First von Last Last', [['Charles de la Vallée Poussin']], person('Charles', 'de la', 'Vallée Poussin')],
    ['von Last, First', [['van der Hoeven'], ['Joris']], person('Joris', 'van der', 'Hoeven')],
    ['von Last, Jr, First', [['King'], ['Jr.'], ['Martin Luther']], person('Martin Luther', '', 'King', 'Jr.')],
    ['Last, Jr (suffix after a comma)', [['Martin Luther King'], ['Jr.']], person('Martin Luther', '', 'King', 'Jr.')],
    ['First Last Jr', [['Guy L. Steele Jr']], person('Guy L.', '', 'Steele', 'Jr')],
    ['one word', [['Plato']], person('', '', 'Plato')],
    ['lower-case name', [['danah boyd']], person('', 'danah', 'boyd')],
  ])('%s', (_, parts, expected) => {
    expect(splitName(parts.map(([part]) => words(part!)))).toEqual(expected);
  });

  test('a single braced word is a name kept whole', () => {
    expect(splitName([[{ text: 'ATLAS Collaboration', protectedCase: true }]])).toEqual({ literal: 'ATLAS Collaboration' });
  });

  test('a braced lower-case word is not a particle', () => {
    expect(splitName([[...words('Ludwig'), { text: 'van', protectedCase: true }, ...words('Beethoven')]])).toEqual(person('Ludwig van', '', 'Beethoven'));
  });
});

describe('splitDisplayName', () => {
  test.each<[string, PersonName]>([
    ['Ludwig van Beethoven', person('Ludwig', 'van', 'Beethoven')],
    ['Beethoven, Ludwig van', person('Ludwig van', '', 'Beethoven')],
    ['Martin Luther King, Jr.', person('Martin Luther', '', 'King', 'Jr.')],
    ['Kurt  Gödel ', person('Kurt', '', 'Gödel')],
    ['Zhang Wei', person('Zhang', '', 'Wei')],
    ['李华', person('', '', '李华')],
    ['The ATLAS Collaboration', { literal: 'The ATLAS Collaboration' }],
    ['Google DeepMind Team', { literal: 'Google DeepMind Team' }],
  ])('%s', (name, expected) => {
    expect(splitDisplayName(name)).toEqual(expected);
  });
});

describe('displayName', () => {
  test.each(['Ludwig van Beethoven', 'Martin Luther King Jr.', 'Jean de la Fontaine', 'Plato', 'danah boyd', 'The ATLAS Collaboration'])(
    'shows %s as it was stored',
    (name) => {
      expect(displayName(splitDisplayName(name))).toBe(name);
    },
  );
});
