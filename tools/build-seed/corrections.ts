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

/**
 * Corrections from the review of 40 rows (../shared/data/REVIEW-2026-11-29.md, ids R1–R21), each point
 * verified against the named pages in the stored copies on 29 Nov 2026, and from the follow-up on the
 * remaining low-confidence rows (ids L…). Appended to CORRECTIONS below.
 */
const R = {
  cheongnam: ['https://validasi.infopublik.id/kategori/nasional-sosial-budaya/921757/pemprov-dki-jakarta-dan-chungcheongnam-do-korea-selatan-jalin-kerja-sama-pembangunan-berkelanjutan', 'https://www.merahputih.com/post/read/pemprov-dki-gandeng-chungcheongnam-do-korsel-dorong-pembangunan-berkelanjutan'],
  yamanashi: ['https://www.pref.yamanashi.jp/chiji/kaiken/2811/24.html'],
  tianjin: ['https://aktual.com/terima-delegasi-media-china-berharap-pasokan-produk-pertanian-jatim', 'https://kominfo.jatimprov.go.id/read/umum/jatim-tiongkok-pererat-hubungan-kerjasama', 'http://infopublik.id/read/178831/jawa-timur-terima-penghargaan-dari-pemerintah-tiongkok.html'],
  havana: ['https://ambon.antaranews.com/berita/99770/havana-kuba-ambon-maluku-jajaki-sister-city-patut-diapresiasi', 'https://antaranews.com/berita/2226078/kerja-sama-sister-city-akan-kenalkan-ambon-ke-dunia-internasional'],
  melaka2007: 'http://travel-tourism-melaka.blogspot.com/2007/04/melaka-twin-cities-2007.html',
  moscow: ['https://metro.tempo.co/read/896316/djarot-berkunjung-ke-moskow-ini-kegiatannya', 'https://posberitakota.com/2018/08/02/kunker-ke-moskwa-wagub-sandi-diundang-dubes-ri-sambil-promosi-bisnis/amp', 'https://ano-mcms.ru/?p=1655'],
  moscow2006: 'https://id.russiaislove.com/news/2017/08/04/gubernur-djarot-dki-jakarta-akan-mencontoh-pembangunan-di-moskow_qyx817312',
  diyKorea: ['https://news.republika.co.id/berita/pls2s9291/500-warga-korsel-betah-tinggal-di-diy', 'https://jogja.disway.id/read/659278/20-tahun-diy-korsel-bekerja-sama-kini-lakukan-penjajakan-peluang-baru'],
  liverpool: ['https://kampungberita.id/surabaya-liverpool-tandatangani-mou-sister-city', 'https://www.gov.uk/government/news/vice-mayor-of-liverpool-gary-millar-visit-to-surabaya'],
  bukittinggi1985: ['https://reportaseinvestigasi.com/menelusuri-jejak-perjalanan-bukittinggi-2-sisters-city-bukittinggi-seremban-masih-adakah', 'https://reportaseinvestigasi.com/moment-dan-program-bukittinggi-kota-kembar-bukittinggi-seremban-tinggal-tugu', 'http://thepointofsilence.blogspot.com/2011/10/bukittinggi-seramban.html'],
  bukittinggi1995: 'https://reportaseinvestigasi.com/bukittinggi-dan-seremban-malaysia-buka-kembali-peluang-kerjasama-sister-city',
  adlpipe: 'https://www.adlpipe.com/arsip/274',
  fujian2022: 'http://medan.china-consulate.gov.cn/indo/tpxw_4/202206/t20220627_10710744.htm',
  nanjing: ['https://www.gonanjingchina.com/explore-nanjing-china/nanjing-travel-blog/nanjing-news/nanjing-and-three-foreign-cities-have-established-friendly-and-cooperative-relationship', 'https://kilasdaerah.kompas.com/semarang/read/2025/05/17/201811278/jalin-kerja-sama-pendidikan-dengan-kota-nanjing-pemkot-semarang-buka'],
  gyeongnam: ['https://sedaily.com/NewsView/1HLEAVSHAM'],
  vungtau: ['https://www.gonews.co/berita/baca/2016/06/01/muaro-lasak-dan-monumen-perdamaian-turut-jadi-saksi-kerjasama-padang-sister-city-dengan-ba-ria-vung', 'https://bvu.edu.vn/web/en/news/-/asset_publisher/FRulJs3IG3J6/content/welcome-the-mayor-of-padang-city-mr-mahyeldi-ansharullah-to-ba-ria-vung-tau-university', 'https://mediahukumindonesia.com/2017/05/kota-padang-provinsi-ba-ria-vung-tau.html', 'https://m.bandasapuluah.com/berita/b-6895/perkuat-hubungan-diplomatik-pemko-padang-resmikan-ba-ria-vung-tau-corner-di-gedung-youth-center'],
  vungtau2013: 'https://m.gosumbar.com/berita/baca/2015/12/28/dprd-pertanyakan-mou-sister-city-padang-vung-tau-karena-tahun-2013-sudah-ditandatangani',
  beitLahia: ['https://regional.kompas.com/read/2021/05/22/142745878/cerita-manisnya-hubungan-sumbar-palestina-bantuan-gempa-dibalas-ambulans', 'https://suluah.cekricek.id/selain-ambulans-padang-punya-kota-kembar-di-palestina/', 'https://detakgroup.blogspot.com/2019/03/bahas-kerjasama-utusan-khusus-palestina.html'],
  kremenchuk: ['https://telegraf.in.ua/kremenchug/10027353-goroda-pobratimy-kremenchuga.html', 'https://www.telegraf.in.ua/kremenchug/10065515-u-kremenchuka-mozhe-buti-msto-pobratim-na-ostrov-bal.html'],
  osaki: ['http://www.city.osaki.miyagi.jp/index.cfm/10,209,27,108,html'],
  siak: ['https://jurnalmadani.com/berita/detail/458/2017/05/17/kerjasama-dengan-malaysia,-siak-menuju-kota-warisan-dunia', 'http://koranriau.co/2019/11/gubri-penetapan-sister-city-akan.html', 'http://msdesk.mbmb.gov.my/twincities/glance.cfm'],
};
const WIKI_ASIA = 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Asia';
const swapWiki = (row: SharedRow, page: string): void => { row.urls = row.urls.map((u) => (u === WIKI_ASIA ? page : u)); };

export const REVIEW_CORRECTIONS: Correction[] = [
  {
    id: 'R1', pair: ['Jakarta', 'province', 'Chungcheongnam-do'],
    what: 'sister_province → LETTER_OF_INTENT (year stays 2025); confidence medium → high; added InfoPublik and MerahPutih and the LoI\'s fields.',
    why: 'InfoPublik (27 May 2025, from the DKI press release) and MerahPutih (28 May 2025) report a Letter of Intent signed at Jakarta City Hall on Tue 27 May 2025 by Governors Pramono Anung and Kim Tae-heum, covering trade, economy, culture, sports and student exchange; no sister-province agreement is reported, so SISTER_PROVINCE overstated it.',
    sources: R.cheongnam,
    apply: (r) => { r.type = 'loi'; r.confidence = 'high'; addUrls(r, R.cheongnam); r.rawFields.push('trade', 'economy', 'culture', 'sports', 'student exchange'); addNote(r, 'Letter of Intent signed 27 May 2025 at Jakarta City Hall by Governors Pramono Anung and Kim Tae-heum (InfoPublik, MerahPutih); no sister-province agreement seen'); },
  },
  {
    id: 'R2', pair: ['DI Yogyakarta', 'province', 'Yamanashi Prefecture'],
    what: 'other → MOU, year empty → 2016; confidence medium → high; added the Yamanashi governor\'s press conference page and its fields.',
    why: 'The governor of Yamanashi\'s press conference of 24 Nov 2016 (pref.yamanashi.jp) announces the memorandum on friendly cooperation (友好協力に係る覚書) just signed with Governor Hamengku Buwono X, covering culture, agriculture, education and tourism: an official page of one side.',
    sources: R.yamanashi,
    apply: (r) => { r.type = 'mou'; r.year = 2016; r.confidence = 'high'; addUrls(r, R.yamanashi); r.rawFields.push('culture', 'agriculture', 'education'); addNote(r, 'MoU on friendly cooperation signed 24 Nov 2016 by the two governors (Yamanashi governor\'s press conference of that day); the 2014 sister-state list predates it'); },
  },
  {
    id: 'R3', pair: ['Jawa Timur', 'province', 'Tianjin'],
    what: 'other → SISTER_PROVINCE, year empty → 2012 (confidence stays medium); added three reports.',
    why: 'A deputy director of Tianjin\'s international relations office told an East Java media delegation (Aktual, May 2017) that the two governments confirmed a sister-province tie (provinsi kembar) in 2012; East Java\'s own newsroom (2018) lists Tianjin among its six Chinese partner provinces and a Tianjin–East Java exchange centre, and InfoPublik (2016) reports the CPAFFC award for the East Java–Tianjin cooperation. The year rests on one second-hand statement, so medium.',
    sources: R.tianjin,
    apply: (r) => { r.type = 'sister_province'; r.year = 2012; addUrls(r, R.tianjin); addNote(r, 'Sister province since 2012 according to a Tianjin foreign-affairs official (Aktual, 19 May 2017); East Java lists Tianjin among its six Chinese partners (Jatim Newsroom, Sep 2018)'); },
  },
  {
    id: 'R4', pair: ['Ambon', 'city', 'Havana'],
    what: 'confidence medium → low; added the two Antara reports; note says no signing was found.',
    why: 'Antara (21–22 Jun 2021) describes exploration only: the Indonesian ambassador to Cuba says an MoU on an Ambon–Havana sister city "will" be made, and the mayor speaks of "penjajakan" (exploring). The Tempo listing (2022) is the only source calling it a twinning and names no document; exploration is a lead, not a partnership.',
    sources: R.havana,
    apply: (r) => { r.confidence = 'low'; addUrls(r, R.havana); addNote(r, 'Antara (June 2021) reports exploration only, with an MoU still planned; no signing found, so a lead'); },
  },
  {
    id: 'R5', pair: ['Padang Panjang', 'city', 'Malacca City'],
    what: 'confidence high → medium; added the 2007 copy of Melaka\'s list; note says the sister-city type is unconfirmed.',
    why: 'The Melaka council page lists Padang Panjang (2004) among ties of "twinning relationship and cooperation" without saying which are twinnings and which friendships; a 2007 copy of Melaka\'s list marks its other 2004 Indonesian tie (Sawahlunto) and Changsha as "Friendship City" and does not list Padang Panjang. The tie rests on the partner\'s list alone and its type is unconfirmed.',
    sources: [R.melaka2007],
    apply: (r) => { r.confidence = 'medium'; addUrls(r, [R.melaka2007]); addNote(r, 'Type unconfirmed: Melaka\'s 2007 list marks its 2004 Indonesian tie with Sawahlunto as Friendship City and omits Padang Panjang'); },
  },
  {
    id: 'R6', pair: ['Jakarta', 'province', 'Moscow'],
    what: 'year_signed empty → 2007, with 2006 as a signed-year alternative; added three reports (programmes 2008–2011 and 2017–2019; a 2022 joint workshop).',
    why: 'Jakarta\'s head of regional and foreign cooperation dates the tie to 2007 (Tempo, 1 Aug 2017; Pos Berita Kota, 2 Aug 2018, with three-year programmes 2008–2011 and 2017–2019); Russia Beyond (4 Aug 2017) says 2006. A Moscow delegation held a "Moscow–Jakarta" workshop in Jakarta at the U20 summit (Aug 2022), so the status stays active.',
    sources: [...R.moscow, R.moscow2006],
    apply: (r) => { r.year = 2007; r.yearAlternatives.push({ year: 2006, sourceUrl: R.moscow2006, note: 'Russia Beyond (Indonesian edition) dates the tie to 2006' }); addUrls(r, R.moscow); addNote(r, 'Tie dated 2007 by the DKI cooperation bureau (programmes 2008–2011 and 2017–2019); Moscow–Jakarta workshop at the U20 summit in Aug 2022'); },
  },
  {
    id: 'R7', pair: ['Jakarta', 'province', 'Islamabad'],
    what: 'status active → DORMANT.',
    why: 'The cited PakTribune page says the 1984 agreement "had remained largely dormant for years" and that the federal government only now (2025) instructed the CDA to revive it with proposals still being drafted; no joint activity is reported.',
    sources: ['https://paktribune.com/islamabad-and-jakarta-reignite-historic-city-partnership'],
    apply: (r) => { r.status = 'dormant'; addNote(r, 'Dormant for years per PakTribune (2025); a revival was only being prepared'); },
  },
  {
    id: 'R8', pair: ['Banda Aceh', 'city', 'Higashimatsushima'],
    what: 'Note: the day of the MoU differs between the sources (2 June 2014 in NHK Tohoku\'s report of that day; 22 June 2014 in MerahPutih, Dec 2014); both kept.',
    why: 'NHK Tohoku\'s report dated 2 June 2014 (archived 3 June) says the memorandum was signed that day by video link; MerahPutih\'s December 2014 article on the tsunami photo exhibition quotes the mayor as saying the MoU was signed on 22 June 2014. The year agrees; the day does not, and neither source corrects the other, so the note keeps both instead of choosing.',
    sources: ['https://megalodon.jp/ref/2014-0603-0624-28/www3.nhk.or.jp/tohoku-news/20140602/4860621.html', 'https://www.merahputih.com/post/read/mengenang-10-tahun-tsunami-aceh'],
    apply: (r) => { addNote(r, 'MerahPutih (Dec 2014) quotes the mayor dating the MoU 22 June 2014; the sources disagree on the day, not the year'); },
  },
  {
    id: 'R8', pair: ['DI Yogyakarta', 'province', 'Chungcheongnam-do'],
    what: 'Kept (high, status unknown); added two later reports and a note that they omit Chungcheongnam-do.',
    why: 'The 2009 embassy release (kemlu.go.id) is an official source naming Chungcheongnam-do as a DIY twin province, so the row stays; but the Korean ambassadors in Jan 2019 (Republika) and Nov 2023 (Disway Jogja, from the DIY government) name only Gangwon and Gyeongsangbuk-do as DIY\'s partner provinces. Nothing says the tie lapsed, so the status stays unknown rather than dormant.',
    sources: R.diyKorea,
    apply: (r) => { addUrls(r, R.diyKorea); addNote(r, 'Possibly lapsed: the Korean ambassadors in 2019 and 2023 name only Gangwon and Gyeongsangbuk-do as DIY\'s Korean partner provinces'); },
  },
  {
    id: 'R9', pair: ['Bali', 'province', 'Hainan'],
    what: 'sister_province → MOU (year stays 2015); note records the Feb 2023 statement of intent and that no 2023–24 MoU was found.',
    why: 'The 1 Aug 2015 document is a memorandum of understanding on sister-province cooperation (Kabar24, Metrobali); in Feb 2023 the two governments signed a statement of intent "on establishing" sister-province cooperation (pembentukan kerja sama provinsi bersaudara), to be followed by an MoU within a year (Bali Post), so no sister-province agreement was in place; the convention types an MoU with no separate sister agreement as MOU. Searches for a 2023–24 Bali–Hainan MoU found only the Bali–Jiangxi MoU of April 2024.',
    sources: ['https://www.balipost.com/news/2023/02/20/324260/Presiden-China-Xi-Jinping-Instruksikan...html'],
    apply: (r) => { r.type = 'mou'; addNote(r, 'Statement of intent on establishing sister-province cooperation signed 19 Feb 2023 (Governor Koster and Hainan party secretary Shen Xiaoming), promising an MoU within a year; no such MoU found'); },
  },
  {
    id: 'R10', pair: ['Surabaya', 'city', 'Liverpool'],
    what: 'Added the report of the 2018 signing and the 2018 UK government release; note names the 2018 and 2024 signatories.',
    why: 'The sister-city MoU was signed at Surabaya City Hall on 19 Mar 2018 by Mayors Tri Rismaharini and Joe Anderson of Liverpool City Council (Kampung Berita); the 2024 renewal cited by the row was signed by Steve Rotheram, Mayor of the Liverpool City Region Combined Authority, a different body (Eyeon). The 17 May 2017 LoI named by the review was not found in the stored pages, so it is not recorded.',
    sources: R.liverpool,
    apply: (r) => { addUrls(r, R.liverpool); addNote(r, 'MoU signed 19 Mar 2018 by Mayor Tri Rismaharini and Liverpool City Council mayor Joe Anderson; the 2024 five-year renewal was signed by the Liverpool City Region Combined Authority (Mayor Steve Rotheram), not the city council'); },
  },
  {
    id: 'R11', pair: ['Bukittinggi', 'city', 'Seremban'],
    what: 'year_signed empty → 1985, with 1995 as a signed-year alternative; removed adlpipe.com; added three pages on the 1985 letter.',
    why: 'Reportase Investigasi (two articles, quoting the city archive) and a 2011 blog transcribing the founding text date the twin-city designation to the West Sumatra governor\'s letter of 18 Jan 1985 (No. 650/356/Bintal-85), kept in the Bukittinggi archive; the row\'s other Reportase article says 1995. adlpipe.com is a gambling-spam mirror ("KUBET") that gives 1986: not a citation, so it is removed and its date is not kept as an alternative.',
    sources: [...R.bukittinggi1985, R.bukittinggi1995],
    apply: (r) => { r.year = 1985; r.urls = r.urls.filter((u) => u !== R.adlpipe); addUrls(r, R.bukittinggi1985); r.yearAlternatives.push({ year: 1995, sourceUrl: R.bukittinggi1995, note: 'Reportase Investigasi (2023) dates the tie to 1995' }); addNote(r, 'Designated by the West Sumatra governor\'s letter of 18 Jan 1985 (No. 650/356/Bintal-85), kept in the city archive; programmes ran for about 20 years, now only a monument remains'); },
  },
  {
    id: 'R12', pair: ['Kepulauan Riau', 'province', 'Fujian'],
    what: 'Kept the year empty; added the Jun 2022 consulate page; note brackets the LoI between 27 Jun 2022 and 20 Apr 2023.',
    why: 'The Chinese consulate in Medan reports on 27 Jun 2022 that Fujian hoped to establish the tie and the governor welcomed it (no document yet), and on 20 Apr 2023 that both governors had signed a letter of intent: the signing falls between the two dates, so no single year can be given.',
    sources: [R.fujian2022],
    apply: (r) => { addUrls(r, [R.fujian2022]); addNote(r, 'LoI signed between 27 Jun 2022 (only proposed) and 20 Apr 2023 (reported signed)'); },
  },
  {
    id: 'R13', pair: ['Semarang', 'city', 'Nanjing'],
    what: 'confidence medium → high, status unknown → active; added the 23 Oct 2016 LoI to the note and two sources.',
    why: 'Nanjing\'s own tourism site reports a letter of intent on a sister-city relationship signed with Semarang\'s deputy mayor on 23 Oct 2016; Kompas (17 May 2025, from the Semarang city government) confirms the 2016 LoI and 2018 MoU and reports a Nanjing delegation\'s visit in May 2025; with the Antara report of the 2018 signing this is corroborated.',
    sources: R.nanjing,
    apply: (r) => { r.confidence = 'high'; r.status = 'active'; addUrls(r, R.nanjing); addNote(r, 'Letter of intent signed in Nanjing on 23 Oct 2016 by deputy mayor Hevearita Gunaryanti Rahayu; Nanjing delegation visited in May 2025'); },
  },
  {
    id: 'R14', pair: ['Kepulauan Riau', 'province', 'Gyeongsangnam-do'],
    what: 'Fields: "marine industry" (mapped to fisheries) replaced by the source\'s shipbuilding/offshore industry; confidence medium → high; added Seoul Economic Daily.',
    why: 'The agreement\'s fields are shipbuilding and offshore (조선해양) industry, aviation, culture and arts, urban development and tourism; fisheries are not named. The signing (10 Feb 2015, Governor Muhammad Sani and Vice-Governor Yoon Han-hong) is reported with names and date by Hanin Post and Seoul Economic Daily from the Gyeongnam press release.',
    sources: R.gyeongnam,
    apply: (r) => { r.rawFields = r.rawFields.filter((f) => f !== 'marine industry'); r.confidence = 'high'; addUrls(r, R.gyeongnam); },
  },
  {
    id: 'R15', pair: ['Padang', 'city', 'Bà Rịa–Vũng Tàu'],
    what: 'LOW → HIGH; sister_city → MOU, year empty → 2016 with 2013 as a signed-year alternative; status unknown → active; added five sources and the fields.',
    why: 'GoNews (1 Jun 2016, from the city\'s press office) reports the sister-city MoU signed on 31 May 2016 at the peace monument in Padang by Mayor Mahyeldi and Vice-Chairman Le Tuan Quoc; Ba Ria–Vung Tau University confirms the date and contacts since 2012; a 2017 plan of action implements it; a BRVT corner opened in Padang in Aug 2023. A 2015 council debate (GoSumbar) says an MoU was already signed in 2013 under Mayor Fauzi Bahar. No separate sister-city agreement, so MOU.',
    sources: [...R.vungtau, R.vungtau2013],
    apply: (r) => {
      r.type = 'mou'; r.year = 2016; r.confidence = 'high'; r.status = 'active'; addUrls(r, R.vungtau);
      r.yearAlternatives.push({ year: 2013, sourceUrl: R.vungtau2013, note: 'Padang council members say an MoU was signed in 2013 under Mayor Fauzi Bahar' });
      r.rawFields.push('fisheries', 'agriculture', 'tourism', 'trade and investment', 'education', 'sports', 'culture');
      r.note = 'Sister-city MoU signed 31 May 2016 in Padang by Mayor Mahyeldi and BRVT Vice-Chairman Le Tuan Quoc; plan of action 2017–2021; contacts since 2012; BRVT corner opened in Padang Aug 2023. Formerly known only from the Wikipedia-derived list';
    },
  },
  {
    id: 'R16', pair: ['Padang', 'city', 'Beit Lahia'],
    what: 'LOW → MEDIUM; year empty → 2009; added three reports.',
    why: 'Kompas (22 May 2021) reports that Padang established a sister-city tie with Beit Lahia in 2009, and that the Beit Lahia mayor brought aid after the Sept 2009 earthquake; Suluah (2021) tells the same story; in Jan 2019 a Palestinian health-ministry envoy met the mayor of Padang, who said the cooperation "will be renewed". Press reports of officials\' statements, no signed text or date: medium.',
    sources: R.beitLahia,
    apply: (r) => { r.year = 2009; r.confidence = 'medium'; addUrls(r, R.beitLahia); r.note = 'Sister-city tie since 2009 (Kompas, 2021); the Beit Lahia mayor brought aid after the Sept 2009 Padang earthquake; in 2019 the mayor of Padang said the cooperation would be renewed. Formerly known only from the Wikipedia-derived list'; },
  },
  {
    id: 'R17', pair: ['Sidoarjo', 'regency', 'Kremenchuk'],
    what: 'Kept low; cites Wikipedia\'s Ukraine list instead of the Asia list; note says Kremenchuk\'s own list omits Sidoarjo.',
    why: 'Kremenchuk\'s list of 13 twin cities (Telegraf, 2017) has no Indonesian city, and an Oct 2017 report speaks only of a possible twin "on the island of Bali"; the Wikipedia-derived row comes from Wikipedia\'s Ukraine page, not the Asia page it cited. Nothing else supports the pair.',
    sources: R.kremenchuk,
    apply: (r) => { swapWiki(r, 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Ukraine'); addNote(r, 'Kremenchuk\'s own list of twin cities (2017) omits Sidoarjo, and nothing else supports the pair'); },
  },
  {
    id: 'R18', pair: ['Depok', 'city', 'Ōsaki'],
    what: 'Kept low; note says Ōsaki\'s own list omits Depok.',
    why: 'The mayor of Ōsaki (Miyagi)\'s page lists its overseas exchanges as Dublin, Middletown and Jinshui District (Zhengzhou); no Depok; the 2018 CLAIR count of Japan–Indonesia ties does not include it either (NOTES.md §6).',
    sources: R.osaki,
    apply: (r) => addNote(r, 'Ōsaki\'s own list of overseas exchanges (Dublin, Middletown, Zhengzhou Jinshui) omits Depok, and nothing else supports the pair'),
  },
  {
    id: 'R19', pair: ['Siak', 'regency', 'Malacca City'],
    what: 'Kept low; note says only a DMDI agreement in principle exists and Melaka\'s list omits Siak.',
    why: 'In May 2017 the Siak regent spoke of a twin-city "idea" (wacana) with Melaka agreed in principle through the Dunia Melayu Dunia Islam forum; in Nov 2019 the Riau governor said Melaka–Siak was still one option under discussion; the Melaka City Council\'s twinning list omits Siak. No signed document.',
    sources: R.siak,
    apply: (r) => addNote(r, 'Only an agreement in principle through the DMDI forum (2017), still under discussion in 2019; Melaka\'s twinning list omits Siak'),
  },
  {
    id: 'R20', pair: ['Aceh', 'province', 'Kahramanmaraş'],
    what: 'Kept low; cites Wikipedia\'s Turkey list instead of the Asia list; note on the ambiguous parties.',
    why: 'The Wikipedia-derived row comes from Wikipedia\'s Turkey page; "Aceh" may mean the city of Banda Aceh (which signed a goodwill protocol with Ödemiş, not Kahramanmaraş), and Kahramanmaraş is both a province and a metropolitan municipality. A search of Turkish and Indonesian pages found nothing on the pair.',
    sources: [],
    apply: (r) => { swapWiki(r, 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Turkey'); addNote(r, '"Aceh" may mean Banda Aceh; nothing in Turkish or Indonesian sources supports the pair'); },
  },
  {
    id: 'R21a', pair: ['Surabaya', 'city', 'Monterrey'],
    what: 'Kept low; note says nothing independent was found.',
    why: 'Searches of Spanish and Indonesian pages found no Monterrey or Surabaya source for the pair; Surabaya\'s own twin-city reporting names other partners.',
    sources: [],
    apply: (r) => addNote(r, 'Nothing independent of the Wikipedia-derived list found (Spanish and Indonesian pages searched)'),
  },
  {
    id: 'R21b', pair: ['Palembang', 'city', 'Iloilo City'],
    what: 'Kept low; note says nothing independent was found.',
    why: 'Iloilo City\'s reports on its sister cities (2018–2024: Qingdao, Guangzhou, Wuhan, Dobong-gu, its 21 international sister cities) name no Palembang tie; nothing else supports the pair.',
    sources: [],
    apply: (r) => addNote(r, 'Nothing independent of the Wikipedia-derived list found; Iloilo\'s sister-city reports (2018–2024) do not name Palembang'),
  },
];

const L = {
  commewijne: ['https://warta.jogjakota.go.id/detail/index/14647', 'https://warta.jogjakota.go.id/detail/index/14619'],
  incheon: ['https://www.incheon.go.kr/jp/JP020101', 'https://ajunews.com/view/20090914000168'],
  chiangMai: ['https://www.medcom.id/internasional/asean/0k8a9d9K-kunjungan-dubes-ri-ke-chiang-mai-perkuat-kerja-sama-indonesia-thailand', 'https://rejogja.republika.co.id/berita/rxnv2d291/diy-dorong-aktifkan-kembali-kerja-sama-dengan-chiang-mai'],
  chiangMai2003: 'http://khirivoyages.com/index.php?route=module/news/detail&id=12',
  shanghai: ['https://www.shine.cn/news/metro/2309205622/'],
  jakarta21: 'https://desain.beritajakarta.id/read/66251/21-kota-di-dunia-jalin-kerja-sama-sister-city-dengan-jakarta',
  qingdao2014: 'https://finance.detik.com/berita-ekonomi-bisnis/d-2624677/manado-jalin-kerja-sama-dengan-kota-dari-tiongkok-ini',
  zamboanga: ['https://namipueblo.webnode.page/news/celso-shares-zambos-best-practices-to-baguio-', 'https://qa.philstar.com/nation/2015/09/15/1500118/zambo-forge-sisterhood-pact-2-chinese-cities/amp', 'https://www.mindanews.com/top-stories/2021/07/zambo-davao-sign-sisterhood-pact/'],
  bandung2008: 'https://bandungdailyphotos.blogspot.com/search/label/Theme%20Day?m=0',
  bandaAcehOdemis: 'https://www.haber24.com/ozel-haber/odemis-ten-endonezya-ya-dostluk-koprusu-h417926.html',
  kremenchukNone: 'https://telegraf.in.ua/kremenchug/10027353-goroda-pobratimy-kremenchuga.html',
};

/** A low row kept as a lead: the searches found no primary or official source. */
const unsupported = (id: string, pair: Correction['pair'], searched: string, finding: string, sources: string[] = []): Correction => ({
  id, pair,
  what: 'Kept low; the note says what was searched and that nothing supports the pair.',
  why: `Searched the stored pages (29 Nov 2026) in ${searched}: ${finding}`,
  sources,
  apply: (r) => addNote(r, `Checked 29 Nov 2026: ${finding.replace(/\.$/, '')}`),
});

/** The remaining low-confidence rows, each searched for a primary or official source (ids L1…). */
export const LOW_ROW_CORRECTIONS: Correction[] = [
  {
    id: 'L1', pair: ['Yogyakarta', 'city', 'Commewijne'],
    what: 'LOW → HIGH; sister_city → MOU, year empty → 2011; status unknown → active; added two Yogyakarta city news pages and the fields.',
    why: 'The Yogyakarta city government\'s own news (Apr 2021) says the city and Commewijne District signed a sister-city letter of intent in Yogyakarta in 2009 and an MoU in Paramaribo in 2011 on culture, tourism, education, health and agriculture, and that a new MoU was offered as the old one was about to expire: an official page of one side. No separate sister-city agreement, so MOU.',
    sources: L.commewijne,
    apply: (r) => { r.type = 'mou'; r.year = 2011; r.confidence = 'high'; r.status = 'active'; addUrls(r, L.commewijne); r.rawFields.push('culture', 'tourism', 'education', 'health', 'agriculture'); r.note = 'Sister-city LoI signed in Yogyakarta in 2009 and MoU signed in Paramaribo in 2011 (Yogyakarta city news, Apr 2021); a new MoU was proposed in 2021 as the old one neared its end. Formerly known only from the Wikipedia-derived list'; },
  },
  {
    id: 'L2', pair: ['Yogyakarta', 'city', 'Paramaribo'],
    what: 'Kept low; note says Yogyakarta names Commewijne, not Paramaribo, as its Surinamese partner.',
    why: 'Yogyakarta\'s own news (Apr 2021) names Commewijne District as its sister-city partner in Suriname; Paramaribo appears only as the place where the 2011 MoU was signed. Nothing supports a Yogyakarta–Paramaribo tie; the list entry may confuse the two.',
    sources: L.commewijne,
    apply: (r) => addNote(r, 'Yogyakarta\'s own news (2021) names Commewijne District as its Surinamese partner, the MoU being signed in Paramaribo; nothing supports a tie with Paramaribo itself'),
  },
  {
    id: 'L3', pair: ['Banten', 'province', 'Incheon'],
    what: 'LOW → HIGH; sister_city → SISTER_PROVINCE, year empty → 2009; added Incheon\'s list of sister cities and the report of the signing.',
    why: 'Incheon Metropolitan City\'s own list of sister cities gives Banten Province, 14 Sep 2009; Aju News (14 Sep 2009) reports the signing at Songdo Convensia by Mayor Ahn Sang-soo and Governor Ratu Atut Chosiyah. Both parties are first-level units, so SISTER_PROVINCE. The earlier note\'s doubt (a mislabel of the 2017 West Java LoI) is unfounded: these are two different ties.',
    sources: L.incheon,
    apply: (r) => { r.type = 'sister_province'; r.year = 2009; r.confidence = 'high'; addUrls(r, L.incheon); r.note = 'Sister tie signed 14 Sep 2009 at Songdo Convensia by Incheon Mayor Ahn Sang-soo and Banten Governor Ratu Atut Chosiyah (Aju News); listed by Incheon among its sister cities with that date. Distinct from the 2017 Incheon–West Java LoI. Formerly known only from the Wikipedia-derived list'; },
  },
  {
    id: 'L4', pair: ['DI Yogyakarta', 'province', 'Chiang Mai Province'],
    what: 'LOW → HIGH; year empty → 2007 with 2003 as a signed-year alternative; status unknown → dormant; added two reports.',
    why: 'The Indonesian ambassador\'s visit to the Chiang Mai governor (Jan 2023, from the foreign ministry\'s site, Medcom) and the DIY governor (Jul 2023, Republika) both date the sister-province MoU to 2007 and call for its revitalisation; the Sultan says the cooperation has been "less active". The Thai travel site the row cited speaks of a signing in Sept 2003, kept as an alternative year.',
    sources: [...L.chiangMai, L.chiangMai2003],
    apply: (r) => { r.year = 2007; r.confidence = 'high'; r.status = 'dormant'; addUrls(r, L.chiangMai); r.yearAlternatives.push({ year: 2003, sourceUrl: L.chiangMai2003, note: 'a Thai travel site speaks of a signing by officials in Sept 2003' }); addNote(r, 'Sister-province MoU dated 2007 by the Indonesian embassy (Jan 2023) and the DIY governor (Jul 2023), who both call for reactivating it'); },
  },
  {
    id: 'L5', pair: ['Jakarta', 'province', 'Shanghai'],
    what: 'LOW → MEDIUM; added the Shanghai Daily report.',
    why: 'Shanghai\'s mayor, receiving Indonesia\'s vice-president (Shanghai Daily, 20 Sep 2023), says Shanghai has sister-city relations with East Java and the Jakarta Capital Region and a friendly-exchange relationship with Yogyakarta: a statement of the partner government in state media, no date or document, so medium. Jakarta\'s 2019 list of 21 sister cities omits Shanghai, which the note keeps.',
    sources: L.shanghai,
    apply: (r) => { r.confidence = 'medium'; addUrls(r, L.shanghai); addNote(r, 'Shanghai\'s mayor (Sep 2023) names Jakarta among Shanghai\'s sister cities; no year or document found'); },
  },
  {
    id: 'L6', pair: ['Jawa Timur', 'province', 'Shanghai'],
    what: 'other → SISTER_PROVINCE (confidence stays medium); added the Shanghai Daily report.',
    why: 'The same Shanghai Daily report (20 Sep 2023) has Shanghai\'s mayor naming East Java Province as a sister-city partner of Shanghai; East Java lists Shanghai among its six Chinese partner provinces (Jatim Newsroom, 2018). A partner\'s statement without a year or document: medium.',
    sources: L.shanghai,
    apply: (r) => { r.type = 'sister_province'; addUrls(r, L.shanghai); addNote(r, 'Shanghai\'s mayor (Sep 2023) names East Java among Shanghai\'s sister-city partners'); },
  },
  unsupported('L7', ['Makassar', 'city', 'Qingdao'], 'Indonesian and Chinese', 'a Qingdao foreign-affairs official said in June 2014 that Qingdao had 64 twin cities and none in Indonesia, and Makassar\'s own statements (2017) name Lismore as its sister city; nothing supports the pair.', [L.qingdao2014]),
  unsupported('L8', ['Manado', 'city', 'Zamboanga City'], 'English and Indonesian', 'Zamboanga\'s reports on its sister cities (2009–2021: Baguio, Trece Martires, Zhoushan, Guigang, Davao, Sandakan) do not name Manado; only the forum list does (Davao, also on that list, does name Manado, a separate row).', L.zamboanga),
  unsupported('L9', ['Semarang', 'city', 'Beihai'], 'Indonesian, Chinese and English', 'only copies of Wikipedia list the pair; no Chinese or Indonesian source found.'),
  unsupported('L10', ['Pidie', 'regency', 'Pendik'], 'Turkish and Indonesian', 'no Turkish or Indonesian page mentions a Pendik–Sigli or Pendik–Pidie tie.'),
  unsupported('L11', ['Banda Aceh', 'city', 'Pendik'], 'Turkish and Indonesian', 'Banda Aceh\'s reported Turkish step is a goodwill protocol with Ödemiş (İzmir), not Pendik; nothing supports the pair.', [L.bandaAcehOdemis]),
  unsupported('L12', ['Bandung', 'city', 'Yingkou'], 'Indonesian and Chinese', 'Bandung\'s mayor (2023) says the city has three Chinese sister cities without naming them; no page names Yingkou.'),
  unsupported('L13', ['Bandung', 'city', 'Cuenca'], 'Indonesian and Spanish', 'no page names a Bandung–Cuenca tie; Bandung\'s 2008 list of six formal sister cities omits it.', [L.bandung2008]),
  unsupported('L14', ['Bandung', 'city', 'Hannover'], 'Indonesian and German', 'nothing beyond the forum post; Bandung\'s German partner in every official source is Braunschweig.'),
  unsupported('L15', ['Bandung', 'city', 'Bari'], 'Indonesian and Italian', 'only the 2008 blog lists Bari among Bandung\'s six formal sister cities; no Bari or Bandung government page found.'),
  unsupported('L16', ['Bogor', 'city', 'Nanning'], 'Indonesian and Chinese', 'Bogor\'s reported Chinese contacts are Chongzuo (2016) and Dongxing (2019) visits; nothing names Nanning.'),
  unsupported('L17', ['Bogor', 'city', 'Gödöllő'], 'Indonesian and Hungarian', 'no page names a Bogor–Gödöllő tie.'),
  unsupported('L18', ['Malang', 'city', 'Fuqing'], 'Indonesian and Chinese', 'no page names a Malang–Fuqing tie.'),
  unsupported('L19', ['Palembang', 'city', 'Venice'], 'Indonesian and Italian', 'only copies of Wikipedia and the mailing-list copy of an old Wikipedia list name the pair.'),
  unsupported('L20', ['Pontianak', 'city', 'Kuching'], 'Indonesian and English', 'no page from either Kuching council or Pontianak names the pair.'),
  unsupported('L21', ['Singkawang', 'city', 'Taoyuan'], 'Indonesian, Chinese and English', 'no Taoyuan or Singkawang page names the pair.'),
  unsupported('L22', ['Surabaya', 'city', 'Kaohsiung'], 'Chinese and Indonesian', 'Kaohsiung\'s reports on its sister cities (to 2025, 43 partners) name no Indonesian city.'),
  unsupported('L23', ['Yogyakarta', 'city', 'Huế'], 'Indonesian and Vietnamese', 'no page names a Yogyakarta–Huế tie.'),
  unsupported('L24', ['Jakarta', 'province', 'Athens'], 'Indonesian and English', 'the Jakarta government\'s 2019 list of its 21 sister cities omits Athens, and nothing else supports the pair.', [L.jakarta21]),
  unsupported('L25', ['Jakarta', 'province', 'Mumbai'], 'Indonesian and English', 'the Jakarta government\'s 2019 list of its 21 sister cities omits Mumbai, and nothing else supports the pair.', [L.jakarta21]),
  unsupported('L26', ['Jakarta', 'province', 'Malacca City'], 'Indonesian and Malay', 'the Jakarta government\'s 2019 list of its 21 sister cities and Melaka\'s own twinning list both omit the pair.', [L.jakarta21, 'http://msdesk.mbmb.gov.my/twincities/glance.cfm']),
  unsupported('L27', ['Jawa Barat', 'province', 'Ulsan'], 'Korean and Indonesian', 'no Ulsan or West Java report after the scheduled signing date (21 Dec 2022) was found.'),
  unsupported('L28', ['Makassar', 'city', 'Kuala Terengganu'], 'Indonesian and Malay', 'the 2019 report shows Makassar only exploring the tie; no later signing found.'),
];
