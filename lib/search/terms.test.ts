import { bundledPaper } from '../../tests/support/catalogue';
import { authorKey, categoryKey, isGeneric, phrases, stem, terms, typedStem, wordTerms, words } from './terms';

const title = (key: string) => bundledPaper(key).title;
/** What a title is about once generic scholarly words are set aside. */
const subject = (text: string) => terms(text).filter((term) => !isGeneric(term));

describe('word forms meet', () => {
  test('pre-trained, pre-training, pretraining, Pre-Trained and pre-train are one term in real titles', () => {
    const spellings = [
      title('2211.05344'), // LERT: A Linguistically-motivated Pre-trained Language Model
      title('2307.01163'), // … via Pretraining with Active Forgetting
      title('2206.12131'), // MVP: Multi-task Supervised Pre-training …
      title('2202.01771'), // Pre-Trained Language Models for Interactive Decision-Making
      title('2407.09855'), // Building pre-train LLM Dataset …
      title('2110.07143'), // bert2BERT: Towards Reusable Pretrained Language Models
    ];
    for (const text of spellings) expect(terms(text), text).toContain('pretrain');
  });

  test('fine-tuning, Fine-Tuning, finetuning and fine-tuned meet; multi-task and multitask meet', () => {
    expect(terms(title('2303.10464'))).toContain('finetun'); // SPDF: … Dense Fine-tuning …
    expect(terms(title('2210.15042'))).toContain('finetun'); // Privately Fine-Tuning …
    expect(terms('requires finetuning; a fine-tuned model')).toEqual(['requir', 'finetun', 'finetun', 'model']);
    expect(terms(title('2212.07841'))).toContain('multitask'); // MASTER: Multi-task Pre-trained …
    expect(terms('multitask')).toEqual(['multitask']);
  });

  test('plurals, -ed and -ing fold, including irregular scholarly plurals', () => {
    expect(['models', 'modeling', 'modelling', 'model'].map(stem)).toEqual(['model', 'model', 'model', 'model']);
    expect(['masked', 'masking', 'mask'].map(stem)).toEqual(['mask', 'mask', 'mask']);
    expect(['PLMs', 'LLMs'].map((word) => terms(word)[0])).toEqual(['plm', 'llm']);
    expect(['studies', 'studied', 'study'].map(stem)).toEqual(['study', 'study', 'study']);
    expect(['tuning', 'tuned', 'tune'].map(stem)).toEqual(['tun', 'tun', 'tun']);
    // "Diverse Corpora" (Source Prompt) and "Corpus Diversity" (financial PLMs) share the corpus.
    expect(terms(title('2311.09732'))).toContain('corpus');
    expect(terms(title('2310.13312'))).toContain('corpus');
  });

  test('words that only look inflected, short words and words with digits are left alone', () => {
    expect(['need', 'embed', 'string', 'bias', 'corpus', 'analysis', 'gpt3', '7b', 'lao'].map(stem)).toEqual([
      'need', 'embed', 'string', 'bias', 'corpus', 'analysis', 'gpt3', '7b', 'lao',
    ]);
    expect(stem('embeddings')).toBe('embed');
    expect(stem('biases')).toBe('bias');
  });

  test('hyphenated words join only after common prefixes; others split into their parts', () => {
    expect(terms('cross-lingual crosslingual')).toEqual(['crosslingual', 'crosslingual']);
    expect(terms('BERT-based Out-of-Distribution GPT-3')).toEqual(['bert', 'bas', 'out', 'distribution', 'gpt', '3']);
  });

  test('one word alone has the terms it has in a text', () => {
    for (const word of ['BERT-based', 'Out-of-Distribution', 'pre-trained', 'Schlötterer', 'the', 'GPT-3', 'ﬁne-tuning']) {
      expect(wordTerms(word)).toEqual(terms(word));
    }
    expect(wordTerms('the')).toEqual([]);
  });

  test('accents fold, URLs and possessives drop', () => {
    expect(terms('Schlötterer’s PLM, see https://github.com/ymcui/LERT.')).toEqual(['schlotterer', 'plm', 'see']);
    expect(authorKey('Jörg  Schlötterer')).toBe('jorg schlotterer');
  });

  test('a category key is lower case with whitespace folded, so no key holds a line break', () => {
    expect(categoryKey(' cs.CL ')).toBe('cs.cl');
    expect(categoryKey('Computation\nand  Language')).toBe('computation and language');
  });

  test('a word cut while typing is cut back to where its stem ends', () => {
    expect(['trainin', 'maske', 'modeli', 'langu', 'bert'].map(typedStem)).toEqual(['train', 'mask', 'model', 'langu', 'bert']);
    expect('pretrain'.startsWith(typedStem('pretrai'))).toBe(true);
  });
});

describe('generic scholarly words', () => {
  test('leave what real titles are about', () => {
    expect(subject(title('2411.09539'))).toEqual(['finetun', 'languag', 'limit', 'data']); // A Practical Guide to Fine-tuning Language Models with Limited Data
    expect(subject(title('2304.07840'))).toEqual(['automat', 'program', 'repair', 'finetun', 'prompt', 'engineer']); // Enhancing Automated Program Repair through …
    expect(subject(title('2212.10233'))).toEqual(['pretrain', 'languag', 'keyphras', 'generation']); // … A Thorough Empirical Study
    expect(subject(title('2507.00994'))).toEqual(['pretrain', 'encoder', 'mask', 'languag']); // Should We Still Pretrain Encoders with Masked Language Modeling?
  });

  test('cover how abstracts argue, adverbs included, but not subjects', () => {
    for (const word of ['proposed', 'results', 'approach', 'paper', 'model', 'significantly', 'continuously', 'novel', 'experiments']) {
      expect(isGeneric(stem(word)), word).toBe(true);
    }
    for (const word of ['forgetting', 'masking', 'multilingual', 'protein', 'family', 'supply', 'privacy', 'code']) {
      expect(isGeneric(stem(word)), word).toBe(false);
    }
  });
});

describe('phrases', () => {
  test('are neighbouring content words of one clause, stemmed', () => {
    expect(phrases('Masked Language Modeling (MLM) for pre-training')).toEqual(['mask languag', 'languag model']);
    expect(phrases(title('2406.14833'))).toEqual(['efficient continual', 'continual pretrain', 'stability gap']);
  });

  test('break at anything between two words but spaces of any kind', () => {
    const starts = (text: string) => words(text).map((word) => word.clauseStart);
    expect(starts('language\u00a0model\u2003training\nrate')).toEqual([true, false, false, false]);
    expect(starts('language\u200bmodel; training—rate')).toEqual([true, true, true, true]);
    // A hyphen with no word after it is punctuation; hyphenated parts never start a clause.
    expect(starts('pre- training x-ray-based')).toEqual([true, true, false, false, false]);
  });

  test('read letters and digits of every script, beyond the 16-bit range too, as words', () => {
    expect(words('𝐁𝐄𝐑𝐓 😀 模型 GPT-4o').map((word) => [word.surface, word.clauseStart])).toEqual([
      ['𝐁𝐄𝐑𝐓', true],
      ['模型', true],
      ['GPT', false],
      ['4o', false],
    ]);
    // A lone surrogate is no letter: it splits the word it stands in.
    expect(words('ab\ud800cd').map((word) => word.surface)).toEqual(['ab', 'cd']);
  });

  test('keep how each word was written', () => {
    expect(words('Continual Pre-training').map((word) => word.surface)).toEqual(['Continual', 'Pre-training']);
    expect(words('models. Pre-training').map((word) => word.clauseStart)).toEqual([true, true]);
    expect(words('Pre-Trained, pre-trained').map((word) => [word.surface, word.term])).toEqual([
      ['Pre-Trained', 'pretrain'],
      ['pre-trained', 'pretrain'],
    ]);
    expect(words('re-re-run non-').map((word) => word.surface)).toEqual(['re-re', 'run', 'non']);
  });
});
