/**
 * The domain model of Kota Kembar: plain data, no I/O. Every store returns these
 * shapes, every analysis reads them, every GraphQL type maps from them.
 * Glossary: docs/glossary.md.
 */

/** Level of a government. Indonesian governments use PROVINCE, CITY (kota) or REGENCY (kabupaten). */
export const GOVERNMENT_LEVELS = [
  'PROVINCE', // Indonesian provinsi (incl. DKI Jakarta, DI Yogyakarta), or a foreign province (China, Korea's do, Thailand, ...)
  'CITY', // Indonesian kota, or a foreign city
  'REGENCY', // Indonesian kabupaten
  'CAPITAL_AUTHORITY', // Otorita Ibu Kota Nusantara
  'SPECIAL_CITY', // Seoul, Kaohsiung, Taoyuan
  'METROPOLITAN_CITY', // Korean gwangyeoksi, Ankara, Istanbul
  'METROPOLITAN_MUNICIPALITY',
  'PREFECTURE', // Japan (incl. Tokyo Metropolis)
  'STATE', // US, Australian, Malaysian states and territories of that rank
  'REGION', // Wallonia, Souss-Massa
  'DISTRICT', // Korean gu, Turkish ilce, Chinese district
  'COUNTY',
  'MUNICIPALITY',
  'AGGLOMERATION',
  'TERRITORY',
  'OTHER',
] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/** The three levels the Indonesian side is counted by (research counts 47 city and 16 province governments). */
export const INDONESIAN_LEVELS = ['PROVINCE', 'CITY', 'REGENCY'] as const;
export type IndonesianLevel = (typeof INDONESIAN_LEVELS)[number];

export const PARTNERSHIP_TYPES = [
  'SISTER_CITY',
  'SISTER_PROVINCE',
  'FRIENDSHIP_CITY', // friendship / friendly-exchange agreement, also used province-to-province
  'MOU', // memorandum of understanding (not, or not yet, a sister tie)
  'LETTER_OF_INTENT',
  'OTHER', // e.g. municipal development partnerships
] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const PARTNERSHIP_STATUSES = ['ACTIVE', 'DORMANT', 'ENDED', 'UNKNOWN'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const CONFIDENCES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Rank of a confidence grade, for `minConfidence` filters: LOW 0 < MEDIUM 1 < HIGH 2. */
export function confidenceRank(c: Confidence): number {
  return CONFIDENCES.indexOf(c);
}

export interface Country {
  /** ISO 3166-1 alpha-2, upper case ("ID", "KR"). */
  code: string;
  /** English short name ("Korea, Republic of" is written "South Korea"). */
  name: string;
  /** Indonesian name, where the reference data has it. */
  nameId: string | null;
}

export interface Government {
  /** Stable readable slug with the country code: "id-kota-bandung", "id-prov-jawa-barat", "kr-seoul". */
  id: string;
  name: string;
  level: GovernmentLevel;
  /** The local word for the level: "Kota", "Kabupaten", "Provinsi", "Prefecture", "Special City", ... */
  localType: string;
  /** ISO 3166-1 alpha-2 country code. */
  countryCode: string;
  /** Id of the containing government in this dataset (an Indonesian city's province), or null. */
  parentId: string | null;
  /** Name of the first-level region that contains a foreign government (Kyoto Prefecture, Gyeonggi), or null. */
  admin1: string | null;
  /** Official Kemendagri region code for Indonesian governments ("32", "32.73"), else null. */
  kemendagriCode: string | null;
  lat: number | null;
  lon: number | null;
  /** Other names people search by: Indonesian/English/local-script names, abbreviations ("Jogja", "DKI", "서울"). */
  aliases: string[];
}

/** A year that a source gives for a signing, when sources disagree. */
export interface YearAlternative {
  year: number;
  sourceUrl: string;
  note: string | null;
}

export interface Partnership {
  /** Stable id: "<first party id>--<second party id>" plus a suffix when a pair has more than one agreement. */
  id: string;
  type: PartnershipType;
  status: PartnershipStatus;
  /** Year the agreement of `type` was signed, or null when no source gives it (never inferred). */
  signedYear: number | null;
  /** Years other sources give, kept instead of silently picking one. */
  signedYearAlternatives: YearAlternative[];
  /** Year the partnership ended, or null. */
  endedYear: number | null;
  /** Codes of the controlled field vocabulary (see `Field`). */
  fields: string[];
  confidence: Confidence;
  /** Ids of the parties, at least two, Indonesian first. */
  partyIds: string[];
  /** URLs (or document paths) of the sources, at least one. */
  sourceUrls: string[];
  note: string | null;
  /** Optimistic-concurrency version, starts at 1, bumped by each update. */
  version: number;
}

export interface Program {
  id: string;
  partnershipId: string;
  name: string;
  startYear: number | null;
  endYear: number | null;
  fields: string[];
  summary: string;
  sourceUrls: string[];
  /** Strength of the evidence that the program ran, graded like a partnership's confidence. */
  confidence: Confidence;
}

export type SourceKind = 'WEB' | 'DOCUMENT';

export interface Source {
  /** An http(s) URL, or for the user's documents a repository path like "seed/documents/000_c2af9eb20108e54a.txt". */
  url: string;
  kind: SourceKind;
  /** The work's title as the page shows it, or, when `titleSupplied`, a description in square brackets. */
  title: string | null;
  /**
   * True when the page (or document) has no title of its own and `title` is a description supplied
   * by the editors, as APA 7 and Chicago do for untitled works: in English, in square brackets, and
   * saying only what the page shows (e.g. "[List of Bangkok's sister cities]"). False for a title
   * taken from the page, and for a source without a title.
   */
  titleSupplied: boolean;
  publisher: string | null;
  /** ISO date the source was read, or null. */
  accessed: string | null;
  /** Language of the page or document as a BCP 47 tag ("id", "en", "ko", "zh-Hant"), or null if unknown. */
  language: string | null;
  /** ISO date (YYYY-MM-DD) the page gives as its publication date, or null when it gives none. */
  publishedDate: string | null;
  /** ISO date (YYYY-MM-DD) the citation was last checked against the page (or the stored copy of it). */
  checkedDate: string | null;
  /** What the last check found: where the title came from, or why it could not be verified. */
  checkNote: string | null;
}

/** A field of cooperation in the controlled vocabulary. */
export interface Field {
  code: string; // "urban_planning"
  labelEn: string; // "Urban planning"
  labelId: string; // "Perencanaan kota"
}

/** Everything the dataset holds; what the seed loads and what analysis reads. */
export interface Dataset {
  countries: Country[];
  fields: Field[];
  governments: Government[];
  partnerships: Partnership[];
  programs: Program[];
  sources: Source[];
}

/** A consistent read of the whole dataset, tagged with the data version it was taken at. */
export interface Snapshot extends Dataset {
  dataVersion: number;
}
