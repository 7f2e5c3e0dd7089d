import { readLatexmlPaper } from './latexml';
import { page } from './test-pages';

const url = new URL('https://arxiv.org/html/2401.00001v2');
const arxivId = { id: '2401.00001', version: 'v2' };

/** A LaTeXML article with the given title and author markup, and an optional abstract. */
function latexml(title: string, authors: string, abstract = ''): Document {
  return page(
    '<title>A paper</title>',
    `<div class="ltx_page_main"><article class="ltx_document">${title}<div class="ltx_authors">${authors}</div>${abstract}</article></div>`,
  );
}

function creator(personName: string, notes = ''): string {
  return `<span class="ltx_creator ltx_role_author"><span class="ltx_personname">${personName}</span>${notes}</span>`;
}

const TITLE = '<h1 class="ltx_title ltx_title_document">A paper</h1>';

describe('readLatexmlPaper', () => {
  test('reads title, authors and abstract, keyed and dated by the arXiv id', () => {
    const document = latexml(
      '<h1 class="ltx_title ltx_title_document">Sparse Heads:<br class="ltx_break">A Study' +
        '<span class="ltx_note ltx_role_thanks"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer">' +
        '<span class="ltx_note_content">Work done at Example Lab.</span></span></span></h1>',
      creator('Ada Example') + '<span class="ltx_author_before">\u2003</span>' + creator('Grace Placeholder'),
      '<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6>' +
        '<p class="ltx_p">Attention costs <math alttext="O(n^{2})" display="inline"><semantics><mi>O</mi>' +
        '<annotation encoding="application/x-tex">O(n^{2})</annotation></semantics></math> time' +
        '<span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">2</sup><span class="ltx_note_outer">' +
        '<span class="ltx_note_content">In the worst case.</span></span></span>.</p>' +
        '<p class="ltx_p">Code: <a class="ltx_ref ltx_url" href="https://github.com/example/heads">https://github.com/example/heads</a>.</p></div>',
    );
    expect(readLatexmlPaper(document, url, arxivId)).toEqual({
      key: '2401.00001',
      arxivId: '2401.00001',
      version: 'v2',
      title: 'Sparse Heads: A Study',
      authors: ['Ada Example', 'Grace Placeholder'],
      abstract: 'Attention costs $O(n^{2})$ time. Code: https://github.com/example/heads.',
      date: '2024-01',
      categories: [],
      links: ['https://github.com/example/heads'],
      url: url.href,
    });
  });

  test.each<[string, string, string[]]>([
    [
      'the first line of a person name, without affiliation, e-mail and notes',
      creator(
        'Ashish Vaswani<span class="ltx_note ltx_role_footnotemark"><sup class="ltx_note_mark">1</sup></span>' +
          '<br class="ltx_break">Google Brain<br class="ltx_break"><span class="ltx_text ltx_font_typewriter">avaswani@google.com</span>',
        '<span class="ltx_author_notes"><span class="ltx_contact ltx_role_affiliation">Google Brain</span></span>',
      ),
      ['Ashish Vaswani'],
    ],
    [
      'affiliations and e-mails marked as contacts inside the person name',
      creator(
        'Niki Parmar<span class="ltx_contact ltx_role_affiliation">Google Research</span>' +
          '<span class="ltx_contact ltx_role_email"><a href="mailto:nikip@google.com">nikip@google.com</a></span>',
      ),
      ['Niki Parmar'],
    ],
    [
      'several names in one \\author, split at wide spaces, commas and "and"',
      creator('Alice Smith<sup>1</sup>, Bob Jones<sup>2</sup> and Carol White\u2003Dan Brown<br class="ltx_break">' +
        '<sup>1</sup>MIT, <sup>2</sup>CMU'),
      ['Alice Smith', 'Bob Jones', 'Carol White', 'Dan Brown'],
    ],
    [
      'names set in bold, wherever the line breaks fall, without the affiliations between them',
      creator(
        '<span class="ltx_text ltx_font_bold">Jan Betley<sup class="ltx_sup">1</sup></span> \u2003' +
          '<span class="ltx_text ltx_font_bold">James Chua<sup class="ltx_sup">1</sup>\n<br class="ltx_break">Owain Evans</span>' +
          '<br class="ltx_break"><sup class="ltx_sup">1</sup><em class="ltx_emph ltx_font_italic">Truthful AI</em>',
      ),
      ['Jan Betley', 'James Chua', 'Owain Evans'],
    ],
    [
      'an author tabular written with spans, row by row',
      creator(
        '<span class="ltx_tabular"><span class="ltx_tr"><span class="ltx_td">Alice Smith</span><span class="ltx_td">Bob Jones</span></span>' +
          '<span class="ltx_tr"><span class="ltx_td">MIT</span><span class="ltx_td">CMU</span></span></span>',
      ),
      ['Alice Smith', 'Bob Jones'],
    ],
    [
      'an author tabular written as a table',
      creator(
        '<table class="ltx_tabular"><tr class="ltx_tr"><td class="ltx_td">Alice Smith</td><td class="ltx_td">Bob Jones</td></tr>' +
          '<tr class="ltx_tr"><td class="ltx_td">MIT</td><td class="ltx_td">CMU</td></tr></table>',
      ),
      ['Alice Smith', 'Bob Jones'],
    ],
    [
      'person names without ltx_creator around them',
      '<span class="ltx_personname">Ada Example</span>, <span class="ltx_personname">Grace Placeholder</span>',
      ['Ada Example', 'Grace Placeholder'],
    ],
  ])('reads %s', (_, authors, names) => {
    expect(readLatexmlPaper(latexml(TITLE, authors), url, arxivId)?.authors).toEqual(names);
  });

  test('takes a document title LaTeXML wrote without ltx_title_document', () => {
    const document = latexml('<h1 class="ltx_title">An untyped title</h1>', creator('Ada Example'));
    expect(readLatexmlPaper(document, url, arxivId)?.title).toBe('An untyped title');
  });

  test('gives an empty abstract and no authors where the document has none', () => {
    const paper = readLatexmlPaper(page('', `<article class="ltx_document">${TITLE}</article>`), url, arxivId);
    expect(paper).toMatchObject({ title: 'A paper', authors: [], abstract: '', links: [] });
  });

  test('gives null for a document without a LaTeXML title, such as an error page', () => {
    expect(readLatexmlPaper(page('<title>No HTML</title>', '<h1>HTML is not available for the source.</h1>'), url, arxivId)).toBeNull();
  });

  test('gives null for a document whose canonical link names another paper', () => {
    const document = latexml(TITLE, creator('Ada Example'));
    document.head.insertAdjacentHTML('beforeend', '<link rel="canonical" href="https://ar5iv.labs.arxiv.org/html/2310.08560">');
    expect(readLatexmlPaper(document, url, arxivId)).toBeNull();
  });
});
