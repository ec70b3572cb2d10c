/**
 * Labels for every enum-like value the API returns, in English and Bahasa
 * Indonesia: agreement types, statuses, government levels, confidence grades,
 * centrality measures and the reasons a basis gives for leaving partnerships out.
 * The `vocabulary` query, the explorer and the reports all read these tables.
 * (Fields of cooperation are data: their labels live in seed/fields.tsv.)
 */
import {
  CONFIDENCES,
  GOVERNMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  type Confidence,
  type GovernmentLevel,
  type PartnershipStatus,
  type PartnershipType,
} from '../domain/model';

export interface Label {
  en: string;
  id: string;
}

export const AGREEMENT_TYPE_LABELS: Record<PartnershipType, Label> = {
  SISTER_CITY: { en: 'Sister city', id: 'Kota kembar' },
  SISTER_PROVINCE: { en: 'Sister province', id: 'Provinsi bersaudara' },
  FRIENDSHIP_CITY: { en: 'Friendship city', id: 'Kota persahabatan' },
  MOU: { en: 'Memorandum of understanding', id: 'Nota kesepahaman' },
  LETTER_OF_INTENT: { en: 'Letter of intent', id: 'Surat pernyataan kehendak' },
  OTHER: { en: 'Other agreement', id: 'Perjanjian lainnya' },
};

export const STATUS_LABELS: Record<PartnershipStatus, Label> = {
  ACTIVE: { en: 'Active', id: 'Aktif' },
  DORMANT: { en: 'Dormant', id: 'Tidak aktif' },
  ENDED: { en: 'Ended', id: 'Berakhir' },
  UNKNOWN: { en: 'Unknown', id: 'Tidak diketahui' },
};

export const LEVEL_LABELS: Record<GovernmentLevel, Label> = {
  PROVINCE: { en: 'Province', id: 'Provinsi' },
  CITY: { en: 'City', id: 'Kota' },
  REGENCY: { en: 'Regency', id: 'Kabupaten' },
  CAPITAL_AUTHORITY: { en: 'Capital authority', id: 'Otorita ibu kota' },
  SPECIAL_CITY: { en: 'Special city', id: 'Kota khusus' },
  METROPOLITAN_CITY: { en: 'Metropolitan city', id: 'Kota metropolitan' },
  METROPOLITAN_MUNICIPALITY: { en: 'Metropolitan municipality', id: 'Munisipalitas metropolitan' },
  PREFECTURE: { en: 'Prefecture', id: 'Prefektur' },
  STATE: { en: 'State', id: 'Negara bagian' },
  REGION: { en: 'Region', id: 'Wilayah' },
  DISTRICT: { en: 'District', id: 'Distrik' },
  COUNTY: { en: 'County', id: 'County (setara kabupaten)' },
  MUNICIPALITY: { en: 'Municipality', id: 'Munisipalitas' },
  AGGLOMERATION: { en: 'Agglomeration', id: 'Aglomerasi' },
  TERRITORY: { en: 'Territory', id: 'Teritori' },
  OTHER: { en: 'Other', id: 'Lainnya' },
};

/** The government named as a body: "Pemerintah Provinsi", "Pemerintah Kota", "Pemerintah Kabupaten". */
export const INDONESIAN_GOVERNMENT_LABELS: Record<'PROVINCE' | 'CITY' | 'REGENCY', Label> = {
  PROVINCE: { en: 'Provincial government', id: 'Pemerintah Provinsi' },
  CITY: { en: 'City government', id: 'Pemerintah Kota' },
  REGENCY: { en: 'Regency government', id: 'Pemerintah Kabupaten' },
};

export const CONFIDENCE_LABELS: Record<Confidence, Label> = {
  HIGH: { en: 'High', id: 'Tinggi' },
  MEDIUM: { en: 'Medium', id: 'Sedang' },
  LOW: { en: 'Low (lead)', id: 'Rendah (petunjuk)' },
};

export const MEASURE_KEYS = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export const MEASURE_LABELS: Record<MeasureKey, Label> = {
  degree: { en: 'Degree centrality', id: 'Sentralitas derajat' },
  betweenness: { en: 'Betweenness centrality', id: 'Sentralitas keperantaraan' },
  closeness: { en: 'Closeness centrality', id: 'Sentralitas kedekatan' },
  harmonic: { en: 'Harmonic closeness', id: 'Kedekatan harmonik' },
  pagerank: { en: 'PageRank', id: 'PageRank' },
  eigenvector: { en: 'Eigenvector centrality', id: 'Sentralitas eigenvektor' },
};

/** Why a basis leaves partnerships out; plural noun phrases ("12 leads", "3 undated"). */
export const LEFT_OUT_LABELS: Record<string, Label> = {
  LOW_CONFIDENCE: { en: 'leads (low evidence)', id: 'petunjuk (bukti lemah)' },
  UNDATED: { en: 'undated', id: 'tanpa tahun' },
  ENDED: { en: 'ended', id: 'sudah berakhir' },
  NOT_YET_SIGNED: { en: 'not yet signed', id: 'belum ditandatangani' },
  FILTERED: { en: 'outside the filter', id: 'di luar filter' },
  OUT_OF_SCOPE: { en: 'outside the scope', id: 'di luar cakupan' },
};

/** Every enum the vocabulary labels, with its codes in the API's order. */
export const LABELLED_ENUMS = {
  agreementTypes: { codes: PARTNERSHIP_TYPES, labels: AGREEMENT_TYPE_LABELS },
  statuses: { codes: PARTNERSHIP_STATUSES, labels: STATUS_LABELS },
  levels: { codes: GOVERNMENT_LEVELS, labels: LEVEL_LABELS },
  confidences: { codes: CONFIDENCES, labels: CONFIDENCE_LABELS },
} as const;
