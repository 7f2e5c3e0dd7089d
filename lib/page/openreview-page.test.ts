import type { Paper } from '../paper';
import { readOpenReviewPage } from './openreview-page';
import { ownPage } from './test-pages';

const url = new URL('https://openreview.net/forum?id=YicbFdNTTy');
const fixture = (): Document => ownPage('openreview-forum.html');

const vit: Paper = {
  key: 'title:an-image-is-worth-16x16-words-transformers-for-image-recognition-at-scale',
  // The full title, not the 70-character og:title.
  title: 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale',
  authors: [
    'Alexey Dosovitskiy', 'Lucas Beyer', 'Alexander Kolesnikov', 'Dirk Weissenborn', 'Xiaohua Zhai', 'Thomas Unterthiner',
    'Mostafa Dehghani', 'Matthias Minderer', 'Georg Heigold', 'Sylvain Gelly', 'Jakob Uszkoreit', 'Neil Houlsby',
  ],
  // The abstract, not the TL;DR that og:description and description carry.
  abstract:
    'While the Transformer architecture has become the de-facto standard for natural language processing tasks, its ' +
    'applications to computer vision remain limited. In vision, attention is either applied in conjunction with ' +
    'convolutional networks, or used to replace certain components of convolutional networks while keeping their ' +
    'overall structure in place. We show that this reliance on CNNs is not necessary and a pure transformer applied ' +
    'directly to sequences of image patches can perform very well on image classification tasks. When pre-trained on ' +
    'large amounts of data and transferred to multiple mid-sized or small image recognition benchmarks (ImageNet, ' +
    'CIFAR-100, VTAB, etc.), Vision Transformer (ViT) attains excellent results compared to state-of-the-art ' +
    'convolutional networks while requiring substantially fewer computational resources to train.',
  date: '2021-01-13',
  categories: [],
  links: [],
  url: url.href,
};

describe('readOpenReviewPage', () => {
  test('reads the citation_* tags, keyed by the title for want of a DOI', () => {
    expect(readOpenReviewPage(fixture(), url)).toEqual(vit);
  });

  test('reads a forum URL that also selects a note', () => {
    const withNote = new URL('https://openreview.net/forum?id=YicbFdNTTy&noteId=Jk1yBFW6dx');
    expect(readOpenReviewPage(fixture(), withNote)).toEqual({ ...vit, url: withNote.href });
  });

  test('gives null while the document still holds another forum\'s metadata', () => {
    expect(readOpenReviewPage(fixture(), new URL('https://openreview.net/forum?id=rkgNKkHtvB'))).toBeNull();
  });

  test.each([
    'https://openreview.net/forum',
    'https://openreview.net/pdf?id=YicbFdNTTy',
    'https://openreview.net/group?id=ICLR.cc/2021/Conference',
    'https://openreview.net/',
  ])('gives null at %s, which is no forum', (href) => {
    expect(readOpenReviewPage(fixture(), new URL(href))).toBeNull();
  });
});
