/**
 * Country names as the world list writes them ("England", "Georgia (country)",
 * "Réunion, France") → ISO 3166-1 alpha-2, and the Wikipedia continental list page a
 * country is listed on.
 */
import countries from 'i18n-iso-countries';

/** Names i18n-iso-countries does not know, or knows differently, as the list spells them. */
const ALIASES: Record<string, string> = {
  england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'united kingdom': 'GB',
  'georgia (country)': 'GE', georgia: 'GE',
  'republic of ireland': 'IE', ireland: 'IE',
  syria: 'SY', laos: 'LA', moldova: 'MD', moldavia: 'MD', brunei: 'BN', 'east timor': 'TL',
  micronesia: 'FM', 'federated states of micronesia': 'FM', macau: 'MO',
  'são tomé and príncipe': 'ST', 'northern cyprus': 'CY', 'west bank': 'PS',
  'bosnia and hercegovina': 'BA', surinam: 'SR', madagaskar: 'MG', grece: 'GR', kazakhstah: 'KZ',
  island: 'IS', 'in italy': 'IT', 'cook islands': 'CK', 'falkland islands': 'FK',
};

/** ISO2 of a country name from the list, or null when it cannot be told. */
export function countryCodeOf(raw: string): string | null {
  const name = raw.trim();
  if (name === '') return null;
  const direct = (n: string): string | null => ALIASES[n.toLowerCase()] ?? countries.getAlpha2Code(n, 'en') ?? null;
  const whole = direct(name);
  if (whole) return whole;
  // "Réunion, France", "Brandenburg, Germany", "England, United Kingdom": the first part
  // when it is a country or territory of its own, else the last part.
  const parts = name.split(',').map((p) => p.trim());
  return direct(parts[0]) ?? direct(parts[parts.length - 1]) ?? null;
}

export const CONTINENT_PAGES = {
  Africa: 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Africa',
  Asia: 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Asia',
  Europe: 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Europe',
  'North America': 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_North_America',
  'South America': 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_South_America',
  Oceania: 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Oceania',
} as const;
export type Continent = keyof typeof CONTINENT_PAGES;

const BY_CONTINENT: Record<Continent, string> = {
  Africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW',
  Asia:
    'AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE',
  Europe:
    'AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA AX',
  'North America': 'AG BS BB BZ BM CA CR CU DM DO SV GL GD GP GT HT HN JM MQ MX NI PA PR KN LC VC TT US',
  'South America': 'AR BO BR CL CO EC FK GF GY PY PE SR UY VE',
  Oceania: 'AU CK FJ PF GU KI MH FM NR NC NZ MP PW PG WS SB TO TV VU',
};

/** Countries Wikipedia may list on the Europe page or the Asia page: which one is not certain. */
const EUROPE_OR_ASIA = new Set(['AM', 'AZ', 'CY', 'GE', 'KZ', 'RU', 'TR']);

const CONTINENT_OF = new Map<string, Continent>();
for (const [continent, codes] of Object.entries(BY_CONTINENT) as [Continent, string][])
  for (const code of codes.split(' ')) CONTINENT_OF.set(code, continent);

/**
 * The continental page(s) a pair listed under a place of `countryCode` came from.
 * `unsure` is set when two pages are possible or the country is on no known page.
 */
export function pagesOf(countryCode: string): { continents: Continent[]; unsure: string | null } {
  if (EUROPE_OR_ASIA.has(countryCode))
    return { continents: ['Europe', 'Asia'], unsure: `${countryCode} may be listed on the Europe or the Asia page (or the country page they link to); unsure which` };
  const c = CONTINENT_OF.get(countryCode);
  if (!c) return { continents: [], unsure: `no continental page known for ${countryCode}` };
  return { continents: [c], unsure: null };
}
