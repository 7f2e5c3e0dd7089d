/**
 * Invented papers the catalogue lacks, for the page kinds whose own identifiers it never has: an old-style arXiv
 * id and a bioRxiv preprint. Each is on a topic near the catalogue's, so related papers exist; tests check that
 * they stay outside it.
 */
import type { ArxivPaperRecord } from './arxiv-site';
import type { PreprintRecord } from './biorxiv';

/** arXiv's pre-2007 form, archive and number: the id has a slash in it, in every URL that names it. */
export const OLD_STYLE_ID_PAPER: ArxivPaperRecord = {
  arxivId: 'hep-th/9901001',
  version: 1,
  title: 'Statistical Language Models over Lattice Gauge Configurations',
  authors: ['Rosalind E. Franklin', 'Niels H. Abel'],
  abstract:
    'We train statistical language models on sequences read off lattice gauge configurations and show that ' +
    'n-gram perplexity tracks the confinement transition. The pre-trained model transfers to unseen couplings ' +
    'with little fine-tuning, which suggests that language model pre-training captures the order parameter.',
  published: '1999-01-04',
  categories: ['hep-th'],
};

export const PROTEIN_PREPRINT: PreprintRecord = {
  doi: '10.1101/2025.03.14.643219',
  version: 2,
  title: 'Evolution-aware Masking for Pre-training Protein Language Models',
  authors: ['Dorothy C. Hodgkin', 'Frederick Sanger', 'Barbara McClintock'],
  abstract:
    'Protein language models are pre-trained with masked language modelling on sequences alone. We propose ' +
    'evolution-aware masking, which masks the residues that vary most across homologous sequences, and pre-train ' +
    'protein language models of three sizes with it. Evolution-aware masking improves contact prediction and ' +
    'fitness prediction over uniform masking, and lets smaller models match larger ones on protein design tasks.',
  published: '2025-03-17',
};
