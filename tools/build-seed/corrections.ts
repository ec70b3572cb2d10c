/**
 * The corrections applied to the researched table, each verified against the
 * cited pages (NOTES.md §5 audit C1–C13, later review S1–S5, §8 follow-ups (F1), and
 * a few year fixes found while verifying). Every entry is written to
 * seed/CHANGES.md by the build, so the log cannot drift from what was done.
 */
import type { SharedRow } from './shared-rows';

export interface Correction {
  id: string;
  /** The row the correction applies to: (id_party, id_level, foreign_party). */
  pair: [string, SharedRow['idLevel'], string];
  what: string;
  why: string;
  /** URLs that support the change (also added to the row's sources where relevant). */
  sources: string[];
  /** Mutates the row; returns 'drop' to remove it from the seed. */
  apply: (row: SharedRow) => void | 'drop';
}

const addUrls = (row: SharedRow, urls: string[]): void => {
  for (const u of urls) if (!row.urls.includes(u)) row.urls.push(u);
};
const addNote = (row: SharedRow, text: string): void => {
  row.note = row.note ? `${row.note}. ${text}` : text;
};

const NCA = [
  'https://www.jpnn.com/news/kerja-sama-otorita-ikn-canberra-dinilai-menguntungkan-indonesia-australia',
  'https://rmol.id/bisnis/read/2024/02/27/611071/otorita-ibu-kota-australia-teken-mou-untuk-dukung-pembangunan-ikn',
];
const NTB = ['https://biroadpim.ntbprov.go.id/gubernur-tandatangani-mou-antara-pemerintah-provinsi-ntb-dan-pemerintah-wilayah-australia-utara/'];
const MANADO = [
  'https://manado.antaranews.com/amp/berita/28578/kemenlu-kemendagri-ingatkan-kaji-kerja-sama-kota-kembar',
  'https://xpost.co.id/walikota-andrei-eratkan-sister-city-manado-qingdao-di-asean-china-event-of-economicd-and-trade-co/',
];
const DARWIN = [
  'https://forumkeadilanbali.com/teken-mou-dengan-wali-kota-darwin-australia-jaya-negara-jalin-kerjasama-bidang-sdm-dan-pariwisata/',
  'https://siaranbali.com/?p=3971',
];
const JABAR_3264 = 'https://www.jabarprov.go.id/En/index.php/news/3264/In_Harbin_West_Java_Has_Completed_The_Signing_MoU_With_Four_Provinces_of_China';
const WALLONIA = [
  'https://www.jabarprov.go.id/En/index.php/news/717/West_Java_and_Wallonia_Signs_the_Letter_of_Intent',
  'http://pemksm.jabarprov.go.id/Berita/Berita-Kerja-Sama/provinsi-jawa-barat-gali-potensi-pasar-dan-kerja-sama-dengan-belgia',
];
const PARIS = ['https://adhikusumaputra.wordpress.com/2007/01/31/190/'];
const BATAM = [
  'https://happylibus.com/doc/737198/%E3%83%90%E3%82%BF%E3%83%A0%E5%B8%82%E3%81%A8%E3%81%AE%E6%8A%80%E8%A1%93%E5%8D%94%E5%8A%9B%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B%E8%A6%9A%E6%9B%B8%E7%B7%A0%E7%B5%90%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6',
  'https://indonesia-news.biz/?p=16696',
  'https://jakartashimbun.com/free/detail/25626.html',
];
const HAMYANG = ['http://haninpost.com/archives/26090', 'http://www.shinailbo.co.kr/news/articleView.html?idxno=1190381'];
const MOSSEL = [
  'https://regional.kompas.com/read/2019/12/02/11194151/kerja-sama-sister-city-akan-ada-nama-jalan-denpasar-di-afrika-selatan',
  'https://www.medcom.id/internasional/asean/RkjMqP9b-makin-akrab-kota-denpasar-dan-mossel-bay-perpanjang-mou-sister-city',
  'https://www.inews.id/amp/news/internasional/wow-denpasar-bakal-diabadikan-jadi-nama-jalan-di-afrika-selatan',
];
const KITAKYUSHU = [
  'https://www.city.kitakyushu.lg.jp/kankyou/00500034.html',
  'https://www.mofa.go.jp/mofaj/gaiko/local/page24_001127.html',
  'https://jakartashimbun.com/free/detail/7645.html',
];
const EUNPYEONG = ['https://member.newspim.com/news/view/20240611000338', 'http://www.newsstep.co.kr/news/view/1065568534083801'];
const JAKARTA_1994 = 'https://jawawa.id/newsitem/jakarta-and-nsw-sign-sister-provinces-accord-1447893297';
const BORNEO_POST = 'https://www.theborneopost.com/2023/02/18/sibu-council-singkawang-ink-loi-to-enhance-friendship/';

export const CORRECTIONS: Correction[] = [
  {
    id: 'C1', pair: ['Nusantara', 'province', 'Canberra'],
    what: 'Dropped the row.',
    why: 'The counterpart of the 27 Feb 2024 MoU is the National Capital Authority, a Commonwealth (federal) agency, not the ACT government; the note "ACT government MoU" was wrong, and a national agency is not a local-government partner.',
    sources: NCA, apply: () => 'drop',
  },
  {
    id: 'C2', pair: ['Nusa Tenggara Barat', 'province', 'Northern Territory'],
    what: 'agreement_type sister_province → MOU; added the NTB governor\'s office page; noted the 28 Mar 2022 LoI and 10 Jul 2023 MoU.',
    why: 'The July 2023 document is an MoU on sister-province cooperation (NT News: "a step towards a sister province agreement"); no separate sister-province agreement is on record, which the convention types as MOU.',
    sources: NTB,
    apply: (r) => { r.type = 'mou'; addUrls(r, NTB); addNote(r, 'LoI on a twin-province tie signed 28 Mar 2022; MoU on sister-province cooperation signed 10 Jul 2023 (NTB governor\'s office); typed MOU because no separate sister-province agreement is on record'); },
  },
  {
    id: 'C3', pair: ['Manado', 'city', 'Qingdao'],
    what: 'LoI 2014 → MOU 2015, status unknown → active; added two sources.',
    why: 'Antara (29 Nov 2015) reports the MoU signed by Mayor Vicky Lumentut covering five fields; in 2024 the mayor says the sister-city tie "has existed since 2015".',
    sources: MANADO,
    apply: (r) => { r.type = 'mou'; r.year = 2015; r.status = 'active'; addUrls(r, MANADO); addNote(r, 'MoU signed by Mayor Vicky Lumentut in 2015 (Antara, 29 Nov 2015) after the 2014 LoI; fields tourism, culture, health, education, trade'); r.rawFields.push('tourism', 'culture', 'health', 'education', 'trade'); },
  },
  {
    id: 'C4', pair: ['Denpasar', 'city', 'Darwin'],
    what: 'LoI 2021 → MOU 2022; confidence medium → high; added two reports of the signing.',
    why: 'The MoU was signed in Denpasar on Monday 13 June 2022 by Mayor Jaya Negara and Lord Mayor Kon Vatskalis, reported with names and date.',
    sources: DARWIN,
    apply: (r) => { r.type = 'mou'; r.year = 2022; r.confidence = 'high'; addUrls(r, DARWIN); addNote(r, 'MoU signed in Denpasar on 13 June 2022 by Mayor I Gusti Ngurah Jaya Negara and Darwin Lord Mayor Kon Vatskalis'); },
  },
  {
    id: 'C5', pair: ['Jawa Barat', 'province', 'Chongqing'],
    what: 'year_signed empty → 2017; Chongqing (and the other province-level municipalities Beijing, Shanghai, Tianjin) get level PROVINCE instead of CITY.',
    why: 'West Java\'s news of 10 May 2017 says the Chongqing sister-province MoU had just been signed, before Heilongjiang; a province-level municipality is a first-level unit, which the row\'s own type (sister_province) implies.',
    sources: [JABAR_3264],
    apply: (r) => { r.year = 2017; addNote(r, 'MoU signed in May 2017, before the Heilongjiang signing of 10 May 2017 (jabarprov news 3264)'); },
  },
  {
    id: 'C6', pair: ['Jawa Barat', 'province', 'Wallonia'],
    what: 'year_signed empty → 2016 (LoI of 17 Mar 2016); added the LoI fields and two sources.',
    why: 'The LoI was signed on 17 Mar 2016 by Vice-Governor Deddy Mizwar and Wallonia Vice-President Jean-Claude Marcourt. A Nov 2018 provincial page speaks of a sister-province tie made "one year ago", so a later upgrade is possible but no signed sister-province document was found; the type stays LETTER_OF_INTENT.',
    sources: WALLONIA,
    apply: (r) => { r.year = 2016; addUrls(r, WALLONIA); r.rawFields.push('education', 'economy and trade', 'health', 'environment', 'science and technology'); addNote(r, 'LoI signed 17 Mar 2016 in Bandung; a Nov 2018 provincial page calls it a sister-province tie made a year earlier (no signed document found)'); },
  },
  {
    id: 'C7', pair: ['Jakarta', 'province', 'Paris'],
    what: 'Kept 1995; added the Kompas report (11 Sep 1995) that gives it, and its fields.',
    why: 'No cited source gave 1995. Kompas reports the MoU signed in Paris by Governor Surjadi Soedirdja and Mayor Jean Tiberi after an LoI of 8 Dec 1994.',
    sources: PARIS,
    apply: (r) => { addUrls(r, PARIS); r.rawFields.push('city planning', 'transport', 'environment', 'administration', 'staff training', 'culture', 'sports'); addNote(r, 'MoU signed in Paris by Governor Surjadi Soedirdja and Mayor Jean Tiberi (Kompas, 11 Sep 1995), after an LoI of 8 Dec 1994'); },
  },
  {
    id: 'C8', pair: ['Jawa Barat', 'province', 'Ulsan'],
    what: 'confidence medium → low; note says the signing is announced, not confirmed.',
    why: 'Both sources report the LoI signing only in advance (scheduled for 21 Dec 2022); no report after that date was found.',
    sources: [], apply: (r) => { r.confidence = 'low'; addNote(r, 'Announced, signing unconfirmed: no report after the scheduled date was found'); },
  },
  {
    id: 'C9', pair: ['Sigli', 'city', 'Pendik'],
    what: 'Indonesian party Kota Sigli → Kabupaten Pidie (regency).',
    why: 'There is no Kota Sigli government: Sigli is the seat of Pidie Regency, which is the only government that can be party to the tie.',
    sources: [], apply: (r) => { r.idParty = 'Pidie'; r.idLevel = 'regency'; addNote(r, 'Listed as "Sigli", the seat of Pidie Regency; filed under Kabupaten Pidie'); },
  },
  {
    id: 'C10', pair: ['Palembang', 'city', 'Malacca City'],
    what: 'Dropped the row (kept as a lead in LEADS.md).',
    why: 'Its only source is a forum thread that could not be checked, and the Melaka City Council\'s own twinning list omits Palembang.',
    sources: [], apply: () => 'drop',
  },
  {
    id: 'C11', pair: ['Pontianak', 'city', 'Kuching'],
    what: 'Removed the Borneo Post URL; noted that Kuching has two councils.',
    why: 'The Borneo Post article is about Sibu–Singkawang and says a Sibu–Pontianak LoI was "yet to be inked"; it says nothing about Kuching.',
    sources: [], apply: (r) => { r.urls = r.urls.filter((u) => u !== BORNEO_POST); addNote(r, 'Kuching has two councils (Kuching North City Hall, Kuching South City Council); the list does not say which; Kuching\'s own rows in the same data list only Jeddah'); },
  },
  {
    id: 'C12a', pair: ['Surabaya', 'city', 'Kaohsiung'],
    what: 'Kept at low confidence with an "unconfirmed" note.',
    why: 'Kaohsiung\'s own rows in the Hekman data and Surabaya\'s twin-city page omit the pair; low rows are not counted in the strict coverage figure.',
    sources: [], apply: (r) => addNote(r, 'Unconfirmed: the partner side of the same data and Surabaya\'s twin-city page omit the pair'),
  },
  {
    id: 'C12b', pair: ['Jakarta', 'province', 'Athens'],
    what: 'Kept at low confidence with an "unconfirmed" note.',
    why: 'Athens\' rows in the Hekman data and the Jakarta government\'s list of 21 omit the pair.',
    sources: [], apply: (r) => addNote(r, 'Unconfirmed: Athens\' side of the same data and the 2019 Jakarta list omit the pair'),
  },
  {
    id: 'C13a', pair: ['Makassar', 'city', 'Gold Coast'],
    what: 'year_signed empty → 2019.',
    why: 'SBS reports the LoI signed in Makassar right after the IA-CEPA had "just been signed" (March 2019); the Makassar mayor later recalls meeting the Gold Coast mayor "around 2019".',
    sources: ['https://www.sbs.com.au/language/indonesian/en/article/gold-coast-and-makassar-work-towards-becoming-sister-cities/v8m0uuby0'],
    apply: (r) => { r.year = 2019; },
  },
  {
    id: 'C13b', pair: ['Singkawang', 'city', 'Sibu'],
    what: 'Cleared the fields; noted that the signatory is the Sibu Municipal Council.',
    why: 'The listed fields (public health, works, traffic) were the study trip\'s topics, not the LoI\'s content.',
    sources: [BORNEO_POST], apply: (r) => { r.rawFields = []; addNote(r, 'Signatory: Sibu Municipal Council (Majlis Perbandaran Sibu); fields not given for the LoI'); },
  },
  {
    id: 'C13c', pair: ['Surakarta', 'city', "Xi'an"],
    what: 'Noted that the MoU stage rests on the Chinese ambassador\'s remark alone.',
    why: 'No signed MoU or date is reported (voi.id, 12 May 2023), and the mayor said the cooperation had stopped.',
    sources: [], apply: (r) => addNote(r, 'The MoU stage rests on the Chinese ambassador\'s remark alone (12 May 2023); no signed MoU or date is reported'),
  },
  {
    id: 'S1', pair: ['Batam', 'city', 'Yokohama'],
    what: 'agreement_type other → MOU; confidence medium → high; added the Yokohama council paper and two reports.',
    why: 'A technical-cooperation MoU (バタム市との技術協力に関する覚書) was signed in May 2015 (Yokohama council committee paper of 26 May 2015).',
    sources: BATAM,
    apply: (r) => { r.type = 'mou'; r.confidence = 'high'; addUrls(r, BATAM); addNote(r, 'Technical-cooperation MoU signed May 2015 (Yokohama council paper of 26 May 2015)'); },
  },
  {
    id: 'S2', pair: ['Bogor', 'regency', 'Hamyang County'],
    what: 'LoI → FRIENDSHIP_CITY (year stays 2019); added two Korean reports.',
    why: 'A friendship exchange agreement (우호교류 협약) was signed at the Hamyang county office on 27 Sep 2019 by Seo Chun-soo and Ade Yasin, after the July 2019 LoI.',
    sources: HAMYANG,
    apply: (r) => { r.type = 'friendship_city'; addUrls(r, HAMYANG); addNote(r, 'Friendship exchange agreement signed 27 Sep 2019 at the Hamyang county office'); },
  },
  {
    id: 'S3', pair: ['Denpasar', 'city', 'Mossel Bay'],
    what: 'sister_city → MOU; confidence medium → high; added three reports.',
    why: 'The sister-city MoU was signed on 27 Nov 2019 in Mossel Bay and renewed for five years in Jan–Feb 2023; no separate sister-city agreement is on record.',
    sources: MOSSEL,
    apply: (r) => { r.type = 'mou'; r.confidence = 'high'; addUrls(r, MOSSEL); r.rawFields.push('culture', 'tourism', 'creative economy', 'street naming'); addNote(r, 'Sister-city MoU signed 27 Nov 2019 in Mossel Bay, renewed for five years in Jan–Feb 2023'); },
  },
  {
    id: 'S4', pair: ['Surabaya', 'city', 'Kitakyushu'],
    what: 'year empty → 2012, other → MOU, confidence medium → high; 1997 kept as an alternative year.',
    why: 'Kitakyushu and the Japanese foreign ministry give a strategic environmental partnership joint statement (March 2011) and a "green sister city" MoU (November 2012, signed on the 13th); a blog dates the start to 1997, when Surabaya joined Kitakyushu\'s Asian environmental network.',
    sources: KITAKYUSHU,
    apply: (r) => {
      r.year = 2012; r.type = 'mou'; r.confidence = 'high'; addUrls(r, KITAKYUSHU);
      r.yearAlternatives.push({ year: 1997, sourceUrl: 'https://gurumuda.net/sister-city-kota-surabaya-dengan-kota-kitakyushu.htm', note: 'blog dates the tie to 1997 (Asian environmental network)' });
      addNote(r, 'Joint statement on a strategic environmental partnership March 2011; green sister city MoU 13 Nov 2012');
    },
  },
  {
    id: 'F1', pair: ['Sumedang', 'regency', 'Eunpyeong District'],
    what: 'LoI 2023 → FRIENDSHIP_CITY 2024 (the 2023 LoI kept in the note); added two Korean reports.',
    why: 'A friendship exchange agreement (우호교류 협약) was signed at the Eunpyeong district office on 10 Jun 2024, on a Sumedang delegation\'s return visit about ten months after the district\'s Aug 2023 visit to Indonesia (Newspim and Newsstep, 11 Jun 2024, from the district office), as NOTES.md §8 recommended; the Aug 2023 LoI was the first step.',
    sources: EUNPYEONG,
    apply: (r) => { r.type = 'friendship_city'; r.year = 2024; addUrls(r, EUNPYEONG); addNote(r, 'Friendship exchange agreement (우호교류 협약) signed on 10 Jun 2024 in the Eunpyeong district office, on a Sumedang delegation\'s return visit about ten months after the Aug 2023 visit (Newspim; Newsstep, 11 Jun 2024, from the district office); typed friendship city from 2024, the 2023 LoI being the first step'); },
  },
  {
    id: 'D1', pair: ['Denpasar', 'city', 'Spassky District'],
    what: 'Dropped the row (kept as a lead in LEADS.md).',
    why: 'Its only source is the Wikipedia-derived list, which names no region: Russia has several Spassky Districts (Primorsky Krai, Ryazan, Penza, Tatarstan...), so the counterpart cannot be identified or placed.',
    sources: [], apply: () => 'drop',
  },
  ...yearAlternativeCorrections(),
  {
    id: 'E1', pair: ['Jakarta', 'province', 'New South Wales'],
    what: 'year_signed empty → 1994; added The Jakarta Post report.',
    why: 'The Jakarta Post (31 May 1994) reports the sister-province MoU signed the day before by Governor Surjadi Soedirdja and Premier John Fahey.',
    sources: [JAKARTA_1994], apply: (r) => { r.year = 1994; addUrls(r, [JAKARTA_1994]); },
  },
  {
    id: 'E3', pair: ['Padang', 'city', 'Suzhou (Anhui)'],
    what: 'year_signed empty → 2015; confidence low → medium; added a 2025 report.',
    why: 'Padang\'s deputy mayor, receiving a Chinese embassy counsellor on 25 Feb 2025, says the Padang–Suzhou (Anhui) sister-city tie was first signed in 2015 (pasbana.com). One press report of an official statement, so medium, not high.',
    sources: ['https://pasbana.com/2025/02/pemko-padang-dan-kedubes-tiongkok-jajaki-penguatan-kerjasama-sister-city-dengan-suzhou.html'],
    apply: (r) => { r.year = 2015; r.confidence = 'medium'; r.status = 'active'; r.urls.push('https://pasbana.com/2025/02/pemko-padang-dan-kedubes-tiongkok-jajaki-penguatan-kerjasama-sister-city-dengan-suzhou.html'); r.note = `${r.note}. Padang's deputy mayor (Feb 2025) says the sister-city tie was first signed in 2015 and is being followed up`; },
  },
  {
    id: 'E2', pair: ['Jakarta', 'province', 'Arkansas'],
    what: 'year_signed empty → 1994; added The Jakarta Post report.',
    why: 'The same report (31 May 1994) calls NSW the second such tie "this year, after forging sister-province ties with ... Arkansas".',
    sources: [JAKARTA_1994], apply: (r) => { r.year = 1994; addUrls(r, [JAKARTA_1994]); },
  },
];

/** Conflicting years from NOTES.md §4 whose source URL is known, kept as alternatives. */
function yearAlternativeCorrections(): Correction[] {
  const alt = (id: string, pair: Correction['pair'], year: number, url: string, note: string, why: string): Correction => ({
    id, pair, what: `Kept the year; recorded ${year} as a signed-year alternative.`, why, sources: [url],
    apply: (r) => { r.yearAlternatives.push({ year, sourceUrl: url, note }); },
  });
  return [
    alt('A1', ['Surabaya', 'city', 'Seattle'], 1991, 'https://seattle.gov/oir/sister-cities/seattles-sister-cities/surabaya', 'Seattle dates the tie to 1991',
      'Seattle dates the tie to 1991; the MoU was signed in Sept 1992.'),
    alt('A2', ['Bali', 'province', 'Yunnan'], 2013, 'https://m.fx361.com/news/2021/0730/8629713.html', 'digest of The Diplomat gives 2013 (start of economic cooperation)',
      'The Diplomat digest gives 2013; the Yunnan profile dates the friendship-province agreement to 22 Nov 2003.'),
    alt('A3', ['Jawa Tengah', 'province', 'Fujian'], 2014, 'https://hmguojiribao.com/79642/', 'Chinese consul in Surabaya (2023) dates the tie to 2014',
      'Central Java and most sources give 2003; a Chinese consul (2023) and a 2024 report give 2014.'),
  ];
}

/** Recommendations from NOTES.md that were checked and not applied, with why (written to CHANGES.md). */
export const NOT_APPLIED: { id: string; pair: string; why: string }[] = [
  { id: 'C13d', pair: 'Bali (province) – Yunnan', why: 'No change to the row: the model has no FRIENDSHIP_PROVINCE, so FRIENDSHIP_CITY is documented (docs/dataset.md) as covering province-level friendship ties.' },
  { id: 'S5', pair: 'Jawa Tengah (province) – Fujian', why: 'No change recommended; the 2014 date is recorded as a signed-year alternative (A3).' },
  { id: '§8', pair: 'Padang (city) – Hildesheim', why: 'The row already gives 20 June 1988 and already cites the 2023 source; nothing to change.' },
  { id: '§8', pair: 'Bukittinggi (city) – Seremban', why: 'Year stays empty as recommended; the sources\' dates (1980s/1986, 1995, 18 Jan 1985) are in the note, not as signed-year alternatives, because the table does not say which URL gives which date.' },
  { id: '§8', pair: 'Padang (city) – Fremantle', why: 'NOTES.md names no URL for the second source dating the LoI to 3 May 2017; the row already says May 2017.' },
  { id: '§8', pair: 'Semarang (city) – Fuzhou', why: 'The note already records the 2004 LoI and its 2016 renewal.' },
  { id: '§4', pair: 'DI Yogyakarta (province) – Gangwon', why: 'The Korean envoy\'s 2010 date is kept in the note only: the table does not say which cited URL gives it.' },
];
