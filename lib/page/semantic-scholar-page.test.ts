import type { Paper } from '../paper';
import { readSemanticScholarPage } from './semantic-scholar-page';
import { page, sharedFixturesPresent, sharedPage } from './test-pages';

const CROSSWALK_URL =
  'https://www.semanticscholar.org/paper/Where-the-Crosswalk-Ends%3A-Mapping-Crosswalk-via-in-Moran/704dde842312c5eabb8c76ecf86b48e9fe68e4fe';
const MEOW_URL =
  'https://www.semanticscholar.org/paper/What%E2%80%99s-in-a-Meow-A-Study-on-Human-Classification-of-Prato-Previde-Cannas/d1de4343d4076843583ca5826f345be6cb5cd75c';

describe.skipIf(!sharedFixturesPresent('semantic-scholar'))('readSemanticScholarPage on saved Semantic Scholar pages', () => {
  const crosswalk = (): Document => sharedPage('semantic-scholar/s2-704dde842312c5eabb8c76ecf86b48e9fe68e4fe.html');
  const meow = (): Document => sharedPage('semantic-scholar/s2-d1de4343d4076843583ca5826f345be6cb5cd75c.html');

  const crosswalkPaper: Paper = {
    key: 'doi:10.1177/23998083221081530',
    doi: '10.1177/23998083221081530',
    // citation_title, not og:title ("… | Semantic Scholar").
    title: 'Where the Crosswalk Ends: Mapping Crosswalk Coverage via Satellite Imagery in San Francisco',
    authors: ['Marcel E. Moran'],
    // The JSON-LD abstract in full; the page body shows it cut after "a dense, walkable city…".
    abstract:
      'Marked crosswalks are the primary means of safeguarding pedestrian travel at intersections in American cities. ' +
      'In the face of decades-high pedestrian fatalities nationwide, the provision of adequate crosswalks is highly ' +
      'salient. Though, how they are spatially distributed across an entire city, and vary by neighborhood, has drawn ' +
      'little academic scrutiny. Given that, this study utilizes satellite imagery to map the presence of marked ' +
      'crosswalks throughout San Francisco, a dense, walkable city that has struggled to reach its pedestrian-safety ' +
      'goals. For the first time, this allows for a calculation of “crosswalk coverage” for the city as a whole. Manual ' +
      'review of satellite imagery documents that crosswalks are present at 58% of San Francisco’s roughly 6,400 ' +
      'intersections, though they are not evenly distributed across neighborhoods. Both hotspot analysis and comparing ' +
      'crosswalk coverage by Census tracts demonstrates that northern neighborhoods—even outside of the downtown ' +
      'core—maintain higher percentages of intersections with crosswalks than those in the southern half. ' +
      'Intersections exhibit crosswalk “corridor effects,” in that crosswalks often cluster along certain streets, ' +
      'including (but not limited to) commercial areas. In addition, crosswalks in four neighborhoods were analyzed to ' +
      'a deeper extent, including category (e.g., ladder, continental, and standard), condition, and “completeness” or ' +
      'the number of adjacent blocks with a connecting crosswalk. Across these roughly 1,000 intersections, coverage ' +
      'varied from 51% in the Bayview (a historic African American community) to 83% in Pacific Heights (a ' +
      'high-income, majority-white neighborhood). Though these patterns track somewhat with local pedestrian and ' +
      'automobile volumes, crosswalk coverage diverges from these data in many ways, indicating other factors at play ' +
      'in their distribution. Overall, satellite imagery can be used to identify marked crosswalks at scale, evaluate ' +
      'their quality, and probe geographic variation. Armed with such granular data, planners can consider the ways in ' +
      'which crosswalks are present throughout cities—and where notable gaps exist—in their pursuit of Vision Zero goals.',
    // JSON-LD "4 April 2022"; citation_publication_date says only "2022".
    date: '2022-04-04',
    categories: [],
    links: [],
    url: CROSSWALK_URL,
  };

  test('reads the crosswalk paper: citation_* title and author, JSON-LD abstract and date, the DOI link', () => {
    expect(readSemanticScholarPage(crosswalk(), new URL(CROSSWALK_URL))).toEqual(crosswalkPaper);
  });

  test('reads the meow paper without the TLDR that Semantic Scholar writes in front of its abstract', () => {
    expect(readSemanticScholarPage(meow(), new URL(MEOW_URL))).toEqual({
      key: 'doi:10.3390/ani10122390',
      // From the DOI link and JSON-LD sameAs; its citation_pdf_url is a Semantic Scholar PDF.
      doi: '10.3390/ani10122390',
      title: 'What’s in a Meow? A Study on Human Classification and Interpretation of Domestic Cat Vocalizations',
      // As the page lists them, initials included; only the BibTeX block spells out the given names.
      authors: [
        'E. Prato-Previde', 'Simona Cannas', 'C. Palestrini', 'Sara Ingraffia', 'M. Battini', 'L. A. Ludovico',
        'S. Ntalampiras', 'G. Presti', 'S. Mattiello',
      ],
      // MDPI abstracts carry their "Simple Summary" and "Abstract" section headings inside the text; Semantic Scholar keeps them.
      abstract:
        'Simple Summary Cat–human communication is a core aspect of cat–human relationships and has an impact on ' +
        'domestic cats’ welfare. Meows are the most common human-directed vocalizations and are used in different ' +
        'everyday contexts to convey emotional states. This work investigates adult humans’ capacity to recognize meows ' +
        'emitted by cats during waiting for food, isolation, and brushing. We also assessed whether participants’ gender ' +
        'and level of empathy toward animals in general, and toward cats in particular, positively affect the ' +
        'recognition of cat meows. Participants were asked to complete an online questionnaire designed to assess their ' +
        'knowledge of cats and to evaluate their empathy toward animals. In addition, they listened to cat meows ' +
        'recorded in different situations and tried to identify the context in which they were emitted and their ' +
        'emotional valence. Overall, we found that, although meowing is mainly a human-directed vocalization and should ' +
        'represent a useful tool for cats to communicate emotional states to their owners, humans are not good at ' +
        'extracting precise information from cats’ vocalizations and show a limited capacity of discrimination based ' +
        'mainly on their experience with cats and influenced by gender and empathy toward them. Abstract Although the ' +
        'domestic cat (Felis catus) is probably the most widespread companion animal in the world and interacts in a ' +
        'complex and multifaceted way with humans, the human–cat relationship and reciprocal communication have ' +
        'received far less attention compared, for example, to the human–dog relationship. Only a limited number of ' +
        'studies have considered what people understand of cats’ human-directed vocal signals during daily cat–owner ' +
        'interactions. The aim of the current study was to investigate to what extent adult humans recognize cat ' +
        'vocalizations, namely meows, emitted in three different contexts: waiting for food, isolation, and brushing. ' +
        'A second aim was to evaluate whether the level of human empathy toward animals and cats and the participant’s ' +
        'gender would positively influence the recognition of cat vocalizations. Finally, some insights on which ' +
        'acoustic features are relevant for the main investigation are provided as a serendipitous result. Two ' +
        'hundred twenty-five adult participants were asked to complete an online questionnaire designed to assess ' +
        'their knowledge of cats and to evaluate their empathy toward animals (Animal Empathy Scale). In addition, ' +
        'participants had to listen to six cat meows recorded in three different contexts and specify the context in ' +
        'which they were emitted and their emotional valence. Less than half of the participants were able to ' +
        'associate cats’ vocalizations with the correct context in which they were emitted; the best recognized meow ' +
        'was that emitted while waiting for food. Female participants and cat owners showed a higher ability to ' +
        'correctly classify the vocalizations emitted by cats during brushing and isolation. A high level of empathy ' +
        'toward cats was significantly associated with a better recognition of meows emitted during isolation. ' +
        'Regarding the emotional valence of meows, it emerged that cat vocalizations emitted during isolation are ' +
        'perceived by people as the most negative, whereas those emitted during brushing are perceived as most ' +
        'positive. Overall, it emerged that, although meowing is mainly a human-directed vocalization and in principle ' +
        'represents a useful tool for cats to communicate emotional states to their owners, humans are not ' +
        'particularly able to extract precise information from cats’ vocalizations and show a limited capacity of ' +
        'discrimination based mainly on their experience with cats and influenced by empathy toward them.',
      date: '2020-12-01',
      categories: [],
      links: [],
      url: MEOW_URL,
    });
  });

  test('reads a paper URL without the title slug', () => {
    const short = new URL('https://www.semanticscholar.org/paper/704dde842312c5eabb8c76ecf86b48e9fe68e4fe');
    expect(readSemanticScholarPage(crosswalk(), short)).toEqual({ ...crosswalkPaper, url: short.href });
  });

  test('falls back to og:description for the abstract when the JSON-LD is missing', () => {
    const withoutJsonLd = crosswalk();
    withoutJsonLd.querySelector('script[type="application/ld+json"]')!.remove();
    const paper = readSemanticScholarPage(withoutJsonLd, new URL(CROSSWALK_URL));
    expect(paper).toEqual({ ...crosswalkPaper, date: undefined });
  });

  test('gives null while the app still shows another paper (its canonical link names that one)', () => {
    expect(readSemanticScholarPage(meow(), new URL(CROSSWALK_URL))).toBeNull();
  });
});

describe('readSemanticScholarPage on other pages', () => {
  test.each([
    'https://www.semanticscholar.org/search?q=crosswalk&sort=relevance',
    'https://www.semanticscholar.org/author/Marcel-E.-Moran/32690314',
    'https://www.semanticscholar.org/',
    'https://www.semanticscholar.org/paper/not-a-paper-id',
  ])('gives null at %s', (href) => {
    const search = page('<title>crosswalk | Semantic Scholar</title><meta name="citation_title" content="Crosswalk">');
    expect(readSemanticScholarPage(search, new URL(href))).toBeNull();
  });

  test('reads an arXiv id from the JSON-LD links of a paper that is an arXiv preprint', () => {
    const arxivPaper = page(
      '<meta name="citation_title" content="Attention Is All You Need"><meta name="citation_author" content="Ashish Vaswani">' +
        '<script type="application/ld+json">{"@graph":[[{"@type":"Article","sameAs":"https://doi.org/10.48550/arXiv.1706.03762",' +
        '"mainEntity":"https://arxiv.org/pdf/1706.03762.pdf","abstract":"The dominant sequence transduction models …"}]]}</script>' +
        '<script type="application/ld+json">{ broken</script>',
    );
    const url = new URL('https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776');
    expect(readSemanticScholarPage(arxivPaper, url)).toMatchObject({
      key: '1706.03762', arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', date: '2017-06',
      abstract: 'The dominant sequence transduction models …',
    });
  });
});
