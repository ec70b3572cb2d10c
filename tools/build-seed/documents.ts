/**
 * What the user's five thesis abstracts (seed/documents/) add: their sources,
 * the fields they name for three Jakarta ties, the Bandung–Seoul tie (known only
 * from document 004), and the programs they study. Everything here is read off
 * the abstracts; nothing is inferred (e.g. "37 years" is not turned into a year).
 */
import type { Program, Source } from '../../src/domain/model';
import type { SharedRow } from './shared-rows';

const D = 'seed/documents/';
export const DOC = {
  seoulTraining: `${D}000_c2af9eb20108e54a.txt`,
  tokyoExchange: `${D}001_dbb36d5fa763e961.txt`,
  beijingYouth: `${D}002_ebaaee7951700626.txt`,
  tokyoTraining: `${D}003_5176a3d3a5f97083.txt`,
  bandungSeoul: `${D}004_546c20ebb42e0014.txt`,
};

/** How the documents' citations were checked: against the files themselves, which are in the repository. */
const DOC_CHECK = { language: 'id', publishedDate: null, checkedDate: '2026-11-29' } as const;

export const DOCUMENT_SOURCES: Source[] = [
  { url: DOC.seoulTraining, kind: 'DOCUMENT', title: '[Thesis abstract (Indonesian) on the Jakarta–Seoul sister city and the Seoul Vocational Training program, 2018–2020]', titleSupplied: true, publisher: null, accessed: null, ...DOC_CHECK, checkNote: "The user's document: an Indonesian thesis abstract without a title line, so the title is a supplied description of what it studies. No publisher, author or date in the text" },
  { url: DOC.tokyoExchange, kind: 'DOCUMENT', title: '[Thesis abstract (Indonesian) on the Jakarta–Tokyo sister city and the government labour exchange program]', titleSupplied: true, publisher: null, accessed: null, ...DOC_CHECK, checkNote: "The user's document: an Indonesian thesis abstract without a title line, so the title is a supplied description of what it studies. No publisher, author or date in the text" },
  { url: DOC.beijingYouth, kind: 'DOCUMENT', title: 'Kerja Sama Sister City Kota Jakarta dengan Kota Beijing terkait Youth Exchange Program pada Tahun 2017-2019', titleSupplied: false, publisher: null, accessed: null, ...DOC_CHECK, checkNote: "The user's document: an Indonesian thesis abstract; title from its first line. No publisher, author or date in the text" },
  { url: DOC.tokyoTraining, kind: 'DOCUMENT', title: 'Manfaat kerjasama "Sister City" terhadap pembangunan sosial ; Studi kasus Program Pelatihan Tenaga Kerja Kerjasama Jakarta-Tokyo (Orrada Sinurat)', titleSupplied: false, publisher: 'Perpustakaan Universitas Indonesia (lib.ui.ac.id)', accessed: null, ...DOC_CHECK, checkNote: "The user's document: an abstract copied from the Universitas Indonesia library catalogue (lib.ui.ac.id, record 72071); title and author from its header" },
  { url: DOC.bandungSeoul, kind: 'DOCUMENT', title: 'Implementasi Kerja sama Sister City Bandung - Seoul di Bidang Ekonomi Perkotaan (Dewi Purbaningrum)', titleSupplied: false, publisher: null, accessed: null, ...DOC_CHECK, checkNote: "The user's document: an Indonesian thesis abstract; title and author from its header. No publisher or date in the text" },
];

interface DocumentFacts {
  pair: [string, SharedRow['idLevel'], string];
  urls: string[];
  rawFields: string[];
  note: string;
}

/** Facts the documents add to rows of the researched table. */
export const DOCUMENT_FACTS: DocumentFacts[] = [
  {
    pair: ['Jakarta', 'province', 'Seoul'], urls: [DOC.seoulTraining],
    rawFields: ['urban planning', 'public transportation', 'employment', 'culture', 'tourism promotion', 'education', 'training'],
    note: 'Document 000 says the tie had lasted 37 years at the time of the study and lists the Joint Communiqué fields (urban planning, public transport, employment, culture and tourism promotion, education and training)',
  },
  {
    pair: ['Jakarta', 'province', 'Tokyo'], urls: [DOC.tokyoExchange, DOC.tokyoTraining], rawFields: ['employment', 'vocational training'],
    note: 'Documents 001 and 003 describe labour exchange and training programs under the tie; document 001 places it after Indonesia–Japan relations began with the April 1958 treaties',
  },
  {
    pair: ['Jakarta', 'province', 'Beijing'], urls: [DOC.beijingYouth],
    rawFields: ['youth', 'sports', 'urban planning', 'arts and culture', 'transport', 'tourism', 'waste management', 'environment'],
    note: 'Document 002 says the tie had lasted about 30 years at the time of the study (no signing year given) and lists the MoU fields',
  },
];

/** Bandung–Seoul: in no list of the researched table; known from document 004 only. */
export const DOCUMENT_ROWS: Omit<SharedRow, 'yearAlternatives'>[] = [
  {
    origin: `${DOC.bandungSeoul}`, idParty: 'Bandung', idLevel: 'city', idProvince: 'Jawa Barat', foreignParty: 'Seoul',
    foreignLevel: 'special_city', foreignAdmin1: '', country: 'KR', year: null, type: 'sister_city',
    rawFields: ['urban economy', 'smart city', 'capacity building', 'regional revenue management'], status: 'unknown',
    urls: [DOC.bandungSeoul],
    note: 'Known only from document 004 (a thesis abstract), which calls it a sister-city cooperation between the two city governments focused on smart-city development and urban economy; no signing year given. The study found it not running optimally (different government levels, language, lack of budget, COVID-19)',
    confidence: 'medium',
  },
];

/**
 * Programs from the documents, keyed by the pair they run under; ids are `<partnership id>--<suffix>`.
 * Confidence: each program is known from one thesis abstract (a single secondary account, no
 * official page seen), which the dataset's grades call MEDIUM.
 */
export const DOCUMENT_PROGRAMS: { pair: [string, string]; suffix: string; program: Omit<Program, 'id' | 'partnershipId'>; rawFields: string[] }[] = [
  {
    pair: ['Jakarta', 'Seoul'], suffix: 'seoul-vocational-training', rawFields: ['employment', 'vocational training', 'capacity building'],
    program: {
      name: 'Seoul Vocational Training', startYear: 2018, endYear: 2020, fields: [], sourceUrls: [DOC.seoulTraining],
      confidence: 'MEDIUM',
      summary: 'Vocational training with the Seoul Metropolitan Government (SMG), the realisation of the employment field of the Joint Communiqué; Jakarta is described as the side that absorbs more knowledge and direct and indirect assistance; government, community and educational foundations took part.',
    },
  },
  {
    pair: ['Jakarta', 'Tokyo'], suffix: 'labour-exchange', rawFields: ['labour exchange', 'on-the-job training', 'public services'],
    program: {
      name: 'Government labour exchange program', startYear: 1990, endYear: null, fields: [], sourceUrls: [DOC.tokyoExchange],
      confidence: 'MEDIUM',
      summary: 'Exchange of workers within the two city governments, officially realised in 1990 to raise Jakarta\'s public-service standards to an international level; participants took on-the-job training; the study judges it effective in knowledge and field experience rather than material outcomes.',
    },
  },
  {
    pair: ['Jakarta', 'Tokyo'], suffix: 'labour-training', rawFields: ['on-the-job training'],
    program: {
      name: 'Labour training program (on-the-job training in Tokyo)', startYear: null, endYear: null, fields: [], sourceUrls: [DOC.tokyoTraining],
      confidence: 'MEDIUM',
      summary: 'Training of DKI Jakarta workers through internships (on-the-job training) in Tokyo under the sister-city cooperation, most of its cost borne by Tokyo; the thesis finds gains in knowledge, skills and productivity, and in participants\' positions and pay.',
    },
  },
  {
    pair: ['Jakarta', 'Beijing'], suffix: 'youth-exchange', rawFields: ['youth exchange'],
    program: {
      name: 'Youth Exchange Program', startYear: 2017, endYear: 2019, fields: [], sourceUrls: [DOC.beijingYouth],
      confidence: 'MEDIUM',
      summary: 'Youth exchange under the youth field of the sister-city MoU; the study covers participant selection, activities, obstacles and benefits, especially for Jakarta.',
    },
  },
  {
    pair: ['Bandung', 'Seoul'], suffix: 'revenue-capacity-building', rawFields: ['capacity building', 'regional revenue management', 'urban economy'],
    program: {
      name: 'Capacity building in regional revenue management', startYear: 2016, endYear: 2017, fields: [], sourceUrls: [DOC.bandungSeoul],
      confidence: 'MEDIUM',
      summary: 'Raising the capacity of Bandung city government staff in regional revenue management, under cooperation in urban economy. Obstacles found by the study: different government levels, language, lack of budget and the COVID-19 pandemic.',
    },
  },
];
