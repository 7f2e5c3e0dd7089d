import type { Paper } from '../paper';
import { readAclAnthologyPage } from './acl-anthology-page';
import { sharedFixturesPresent, sharedPage } from './test-pages';

describe.skipIf(!sharedFixturesPresent('acl-anthology'))('readAclAnthologyPage on saved ACL Anthology pages', () => {
  const promptWorth: Paper = {
    key: 'doi:10.18653/v1/2021.naacl-main.208',
    doi: '10.18653/v1/2021.naacl-main.208',
    title: 'How many data points is a prompt worth?',
    // citation_author gives the middle initial that og:description ("Alexander Rush") leaves out.
    authors: ['Teven Le Scao', 'Alexander M. Rush'],
    abstract:
      'When fine-tuning pretrained models for classification, researchers either use a generic model head or a ' +
      'task-specific prompt for prediction. Proponents of prompting have argued that prompts provide a method for ' +
      'injecting task-specific guidance, which is beneficial in low-data regimes. We aim to quantify this benefit ' +
      'through rigorous testing of prompts in a fair setting: comparing prompted and head-based fine-tuning in equal ' +
      'conditions across many tasks and data sizes. By controlling for many sources of advantage, we find that ' +
      'prompting does indeed provide a benefit, and that this benefit can be quantified per task. Results show that ' +
      'prompting is often worth 100s of data points on average across classification tasks.',
    // citation_publication_date "2021/6".
    date: '2021-06',
    categories: [],
    links: [],
    url: 'https://aclanthology.org/2021.naacl-main.208/',
  };

  test('reads 2021.naacl-main.208: title, authors, DOI and the abstract card', () => {
    const url = new URL('https://aclanthology.org/2021.naacl-main.208/');
    expect(readAclAnthologyPage(sharedPage('acl-anthology/acl-2021.naacl-main.208.html'), url)).toEqual(promptWorth);
  });

  test('reads N04-1001, which has neither abstract nor DOI and only a year, keyed by its title', () => {
    const url = new URL('https://aclanthology.org/N04-1001/');
    expect(readAclAnthologyPage(sharedPage('acl-anthology/acl-N04-1001.html'), url)).toEqual({
      key: 'title:a-statistical-model-for-multilingual-entity-detection-and-tracking',
      title: 'A Statistical Model for Multilingual Entity Detection and Tracking',
      authors: [
        'Radu Florian', 'H. Hassan', 'Abe Ittycheriah', 'Hongyan Jing', 'Nanda Kambhatla', 'Xiaoqiang Luo',
        'Nicolas Nicolov', 'Salim Roukos',
      ],
      // Not the og:description, which is a citation line ("R. Florian, H. Hassan, … 2004.").
      abstract: '',
      categories: [],
      links: [],
      url: url.href,
    });
  });

  test('reads a paper URL without its trailing slash', () => {
    const url = new URL('https://aclanthology.org/2021.naacl-main.208');
    expect(readAclAnthologyPage(sharedPage('acl-anthology/acl-2021.naacl-main.208.html'), url)).toEqual({ ...promptWorth, url: url.href });
  });

  test.each([
    'https://aclanthology.org/2021.naacl-main.208.pdf',
    'https://aclanthology.org/volumes/2021.naacl-main/',
    'https://aclanthology.org/people/teven-le-scao/unverified/',
    'https://aclanthology.org/',
    'https://example.org/2021.naacl-main.208/',
  ])('gives null at %s, which is no paper page', (href) => {
    expect(readAclAnthologyPage(sharedPage('acl-anthology/acl-2021.naacl-main.208.html'), new URL(href))).toBeNull();
  });
});
