import type { Paper } from '../paper';
import { readArxivAbstractPage } from './arxiv-abstract-page';
import { ownPage, page, sharedFixturesPresent, sharedPage, without } from './test-pages';

const withoutCitationMeta = (document: Document): Document => without(document, 'meta[name^="citation_"]');

describe.skipIf(!sharedFixturesPresent('arxiv-abs'))('readArxivAbstractPage on saved arXiv pages', () => {
  const savedPage = (file: string): Document => sharedPage(`arxiv-abs/${file}`);

  const attention: Paper = {
    key: '1706.03762',
    arxivId: '1706.03762',
    title: 'Attention Is All You Need',
    authors: [
      'Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit',
      'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin',
    ],
    abstract:
      'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks ' +
      'in an encoder-decoder configuration. The best performing models also connect the encoder and decoder through ' +
      'an attention mechanism. We propose a new simple network architecture, the Transformer, based solely on ' +
      'attention mechanisms, dispensing with recurrence and convolutions entirely. Experiments on two machine ' +
      'translation tasks show these models to be superior in quality while being more parallelizable and requiring ' +
      'significantly less time to train. Our model achieves 28.4 BLEU on the WMT 2014 English-to-German translation ' +
      'task, improving over the existing best results, including ensembles by over 2 BLEU. On the WMT 2014 ' +
      'English-to-French translation task, our model establishes a new single-model state-of-the-art BLEU score of ' +
      '41.8 after training for 3.5 days on eight GPUs, a small fraction of the training costs of the best models ' +
      'from the literature. We show that the Transformer generalizes well to other tasks by applying it ' +
      'successfully to English constituency parsing both with large and limited training data.',
    date: '2017-06-12',
    categories: ['cs.CL', 'cs.LG'],
    links: [],
    url: 'https://arxiv.org/abs/1706.03762',
  };

  const worldModels: Paper = {
    key: '2106.09608',
    arxivId: '2106.09608',
    version: 'v2',
    title: 'Learning Knowledge Graph-based World Models of Textual Environments',
    authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
    abstract:
      "World models improve a learning agent's ability to efficiently operate in interactive and situated " +
      'environments. This work focuses on the task of building world models of text-based game environments. ' +
      'Text-based games, or interactive narratives, are reinforcement learning environments in which agents ' +
      'perceive and interact with the world using textual natural language. These environments contain long, ' +
      'multi-step puzzles or quests woven through a world that is filled with hundreds of characters, locations, ' +
      'and objects. Our world model learns to simultaneously: (1) predict changes in the world caused by an ' +
      "agent's actions when representing the world as a knowledge graph; and (2) generate the set of contextually " +
      'relevant natural language actions required to operate in the world. We frame this task as a Set of ' +
      'Sequences generation problem by exploiting the inherent structure of knowledge graphs and actions and ' +
      'introduce both a transformer-based multi-task architecture and a loss function to train it. A zero-shot ' +
      'ablation study on never-before-seen textual worlds shows that our methodology significantly outperforms ' +
      'existing textual world modeling techniques as well as the importance of each of our contributions.',
    date: '2021-06-17',
    categories: ['cs.LG', 'cs.AI', 'cs.CL'],
    links: [],
    url: 'https://arxiv.org/abs/2106.09608v2',
  };

  test('reads the 2026 layout (1706.03762) at its unversioned URL, so without a version', () => {
    const url = new URL('https://arxiv.org/abs/1706.03762');
    expect(readArxivAbstractPage(savedPage('arxiv-abs-1706.03762.html'), url)).toEqual(attention);
  });

  test('takes the version from a versioned URL', () => {
    const url = new URL('https://arxiv.org/abs/1706.03762v7');
    expect(readArxivAbstractPage(savedPage('arxiv-abs-1706.03762.html'), url)).toEqual({
      ...attention,
      version: 'v7',
      url: url.href,
    });
  });

  test('reads the 2021 layout (2106.09608v2), whose abstract meta is wrapped over lines', () => {
    const url = new URL('https://arxiv.org/abs/2106.09608v2');
    expect(readArxivAbstractPage(savedPage('arxiv-abs-2106.09608v2.html'), url)).toEqual(worldModels);
  });

  test('reads export.arxiv.org the same way', () => {
    const url = new URL('https://export.arxiv.org/abs/2106.09608v2');
    expect(readArxivAbstractPage(savedPage('arxiv-abs-2106.09608v2.html'), url)).toEqual({ ...worldModels, url: url.href });
  });

  test.each([
    ['arxiv-abs-1706.03762.html', 'https://arxiv.org/abs/1706.03762'],
    ['arxiv-abs-2106.09608v2.html', 'https://arxiv.org/abs/2106.09608v2'],
  ])('reads the same paper from the visible markup of %s when the citation_* tags are gone', (file, href) => {
    const url = new URL(href);
    const fromMeta = readArxivAbstractPage(savedPage(file), url);
    expect(fromMeta).not.toBeNull();
    expect(readArxivAbstractPage(withoutCitationMeta(savedPage(file)), url)).toEqual(fromMeta);
  });

  test('returns null when the URL names another paper than the page shows', () => {
    const url = new URL('https://arxiv.org/abs/2106.09608');
    expect(readArxivAbstractPage(savedPage('arxiv-abs-1706.03762.html'), url)).toBeNull();
  });

  test.each([
    'https://arxiv.org/pdf/1706.03762',
    'https://arxiv.org/html/1706.03762v7',
    'https://ar5iv.org/abs/1706.03762',
    'https://huggingface.co/papers/1706.03762',
    'https://example.org/abs/1706.03762',
    'https://arxiv.org/list/cs.CL/recent',
  ])('returns null at %s, which is not an arXiv abstract page', (href) => {
    expect(readArxivAbstractPage(savedPage('arxiv-abs-1706.03762.html'), new URL(href))).toBeNull();
  });
});

describe('readArxivAbstractPage on visible markup alone', () => {
  const fixture = ownPage('arxiv-abs-without-citation-meta.html');

  test('reads every field from the page body, writing out the "this https URL" link', () => {
    const url = new URL('https://arxiv.org/abs/2211.05344v1');
    expect(readArxivAbstractPage(fixture, url)).toEqual({
      key: '2211.05344',
      arxivId: '2211.05344',
      version: 'v1',
      title: 'LERT: A Linguistically-motivated Pre-trained Language Model',
      authors: ['Yiming Cui', 'Wanxiang Che', 'Shijin Wang', 'Ting Liu'],
      abstract:
        'Pre-trained Language Model (PLM) has become a representative foundation model in the natural language ' +
        'processing field. Most PLMs are trained with linguistic-agnostic pre-training tasks on the surface form of ' +
        'the text, such as the masked language model (MLM). To further empower the PLMs with richer linguistic ' +
        'features, in this paper, we aim to propose a simple but effective way to learn linguistic features for ' +
        'pre-trained language models. We propose LERT, a pre-trained language model that is trained on three types ' +
        'of linguistic features along with the original MLM pre-training task, using a linguistically-informed ' +
        'pre-training (LIP) strategy. We carried out extensive experiments on ten Chinese NLU tasks, and the ' +
        'experimental results show that LERT could bring significant improvements over various comparable ' +
        'baselines. Furthermore, we also conduct analytical experiments in various linguistic aspects, and the ' +
        'results prove that the design of LERT is valid and effective. Resources are available at ' +
        'https://github.com/ymcui/LERT',
      date: '2022-11-10',
      categories: ['cs.CL', 'cs.LG'],
      links: ['https://github.com/ymcui/LERT'],
      url: url.href,
    });
  });
});

describe('readArxivAbstractPage on edge cases of the markup', () => {
  const abs = (path: string): URL => new URL(`https://arxiv.org/abs/${path}`);

  test('turns "Last[ Suffix], First" authors into "First Last[ Suffix]" and keeps comma-less names', () => {
    const document = page(
      '<meta name="citation_title" content="A paper">' +
        '<meta name="citation_author" content="Smith Jr, John">' +
        '<meta name="citation_author" content="ATLAS Collaboration">' +
        '<meta name="citation_author" content="de la Cruz, María José">',
    );
    expect(readArxivAbstractPage(document, abs('2301.00001'))?.authors).toEqual([
      'John Smith Jr',
      'ATLAS Collaboration',
      'María José de la Cruz',
    ]);
  });

  test('keeps the first of several DOIs, normalised', () => {
    const document = page(
      '<meta name="citation_title" content="A paper">' +
        '<meta name="citation_doi" content="10.1103/PhysRevD.99.012345 10.1000/182">',
    );
    expect(readArxivAbstractPage(document, abs('2301.00001'))?.doi).toBe('10.1103/physrevd.99.012345');
  });

  test('reads an old-style id, its subject and the month in the id when no date is given', () => {
    const document = page(
      '<meta name="citation_title" content="An old paper"><meta name="citation_arxiv_id" content="hep-th/9901001">',
      '<table><tr><td class="tablecell subjects"><span class="primary-subject">High Energy Physics - Theory (hep-th)</span>;' +
        ' Strongly Correlated Electrons (cond-mat.str-el)</td></tr></table>',
    );
    expect(readArxivAbstractPage(document, abs('hep-th/9901001v2'))).toEqual({
      key: 'hep-th/9901001',
      arxivId: 'hep-th/9901001',
      version: 'v2',
      title: 'An old paper',
      authors: [],
      abstract: '',
      date: '1999-01',
      categories: ['hep-th', 'cond-mat.str-el'],
      links: [],
      url: 'https://arxiv.org/abs/hep-th/9901001v2',
    });
  });

  test('finds links written out in the abstract meta and strips their trailing punctuation', () => {
    const document = page(
      '<meta name="citation_title" content="A paper">' +
        '<meta name="citation_abstract" content="Code at https://github.com/a/b. Models at \\url{https://hf.co/c}; see http://old.example/x">',
    );
    expect(readArxivAbstractPage(document, abs('2301.00001'))?.links).toEqual(['https://github.com/a/b', 'https://hf.co/c']);
  });

  test('returns null for a page without a paper, such as arXiv\'s "identifier not recognized" page', () => {
    const document = page('<title>arXiv.org</title>', "<h1>Article identifier '2501.99999' not recognized</h1>");
    expect(readArxivAbstractPage(document, abs('2501.99999'))).toBeNull();
  });

  test('returns null for an invalid id in the URL', () => {
    expect(readArxivAbstractPage(page('<meta name="citation_title" content="A paper">'), abs('2313.12345'))).toBeNull();
  });
});
