/**
 * The world layer's match table: the rules on the traps NOTES.md names (Ōsaki, the
 * several Suzhou, Kota Tua), and the committed files being what `npm run world:match` writes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Government } from '../../src/domain/model';
import { readDataset } from '../../src/seed/read-dataset';
import { parseCsv } from '../../src/seed/world/csv';
import { countryCodeOf, pagesOf } from '../../src/seed/world/countries';
import { baseName, matchWorld, type MatchResult } from '../../src/seed/world/match';
import { formatPlaces, formatTies, readOverrides, readWorldLayer } from '../../src/seed/world/world-files';

const SEED = path.join(__dirname, '..', '..', 'seed');
const WORLD = path.join(SEED, 'world');

function gov(id: string, name: string, level: Government['level'], countryCode: string, lat: number, lon: number, aliases: string[] = []): Government {
  return { id, name, level, localType: level, countryCode, parentId: null, admin1: null, kemendagriCode: null, lat, lon, aliases };
}

const rows = (lines: string[]) => lines.map((l, i) => ({ line: i + 2, cells: parseCsv(l)[0] }));
const place = (r: MatchResult, name: string) => r.places.find((p) => p.name === name)!;

describe('world match rules', () => {
  const governments = [
    gov('jp-osaki', 'Ōsaki', 'CITY', 'JP', 38.58866, 140.973),
    gov('jp-osaki-kagoshima', 'Ōsaki (Kagoshima)', 'MUNICIPALITY', 'JP', 31.425, 131.02167, ['Ōsaki']),
    gov('cn-suzhou-anhui', 'Suzhou (Anhui)', 'CITY', 'CN', 33.63611, 116.97889, ['Suzhou']),
    gov('id-prov-dki-jakarta', 'DKI Jakarta', 'PROVINCE', 'ID', -6.21462, 106.84513, ['Jakarta']),
    gov('id-kota-bogor', 'Kota Bogor', 'CITY', 'ID', -6.59444, 106.78917, ['Bogor']),
    gov('id-kab-bogor', 'Kabupaten Bogor', 'REGENCY', 'ID', -6.48167, 106.85417, ['Bogor']),
    gov('jp-pref-kyoto', 'Kyoto Prefecture', 'PREFECTURE', 'JP', 35.0, 135.75, ['Kyoto']),
  ];
  const result = matchWorld(
    rows([
      'Depok,Indonesia,-6.394,106.8225,Ōsaki,Japan,38.5777,140.9557',
      'Padang,Indonesia,-0.95,100.3531,Suzhou,China,31.3,120.6194',
      '"Suzhou, Anhui",China,33.648,116.964,Padang,Indonesia,-0.95,100.3531',
      'Riesa,Germany,51.3081,13.2939,Wuzhong (Suzhou),China,31.2655,120.6279',
      'Dubbo,Australia,-32.2569,148.6011,Suzhou – Wujiang,China,31.1723,120.629',
      'Malacca City,Malaysia,2.1944,102.2486,Kota Tua (Jakarta),Indonesia,-6.135,106.8131',
      'Jakarta,Indonesia,-6.175,106.8275,Berlin,Germany,52.52,13.405',
      'Bogor,Indonesia,-6.5967,106.7972,St. Louis,United States,38.627,-90.1994',
      'Kyoto,Japan,35.0117,135.7683,Paris,France,48.8567,2.3508',
      'Berlin,Germany,52.52,13.405,Jakarta,Indonesia,-6.175,106.8275',
    ]),
    governments,
    [],
    [{ name: 'Kota Tua (Jakarta)', country: 'Indonesia', decision: 'EXCLUDE', governmentId: null, reason: 'a heritage district, not a government' }],
  );

  it('matches Ōsaki in Miyagi by distance and never merges it with Ōsaki in Kagoshima', () => {
    expect(place(result, 'Ōsaki')).toMatchObject({ status: 'MATCHED', governmentId: 'jp-osaki' });
    expect(result.places.some((p) => p.governmentId === 'jp-osaki-kagoshima')).toBe(false);
  });

  it('keeps the several Suzhou apart: Jiangsu is not Anhui, districts are not their city', () => {
    expect(place(result, 'Suzhou')).toMatchObject({ status: 'FAR', governmentId: null });
    expect(place(result, 'Suzhou, Anhui')).toMatchObject({ status: 'MATCHED', governmentId: 'cn-suzhou-anhui' });
    expect(place(result, 'Wuzhong (Suzhou)').governmentId).toBeNull();
    expect(place(result, 'Suzhou – Wujiang').governmentId).toBeNull();
    expect(baseName('Suzhou – Wujiang')).toEqual({ base: 'Wujiang', qualifier: 'Suzhou' });
  });

  it('excludes Kota Tua (Jakarta), a district, with its tie, and does not merge it into Jakarta', () => {
    expect(place(result, 'Kota Tua (Jakarta)')).toMatchObject({ status: 'EXCLUDED', governmentId: null });
    expect(result.ties.some((t) => t.a.includes('kota-tua') || t.b.includes('kota-tua'))).toBe(false);
    expect(place(result, 'Jakarta')).toMatchObject({ status: 'MATCHED', governmentId: 'id-prov-dki-jakarta' });
  });

  it('reads a bare Indonesian name as the kota when a kabupaten shares it, and reports the alternative', () => {
    expect(place(result, 'Bogor')).toMatchObject({ status: 'MATCHED', governmentId: 'id-kota-bogor' });
    expect(place(result, 'Bogor').note).toContain('id-kab-bogor');
  });

  it('never matches a city to the prefecture of the same name', () => {
    expect(place(result, 'Kyoto')).toMatchObject({ status: 'OTHER_LEVEL', governmentId: null });
  });

  it('merges a pair listed from both sides into one tie citing both pages', () => {
    const tie = result.ties.find((t) => t.id === 'w-de-berlin--w-id-jakarta')!;
    expect(tie.continents).toEqual(['Asia', 'Europe']);
    expect(result.ties.filter((t) => t.id === 'w-de-berlin--w-id-jakarta')).toHaveLength(1);
  });

  it('reads the list’s country spellings and says when a page is uncertain', () => {
    expect(countryCodeOf('England, United Kingdom')).toBe('GB');
    expect(countryCodeOf('Georgia (country)')).toBe('GE');
    expect(countryCodeOf('Brandenburg, Germany')).toBe('DE');
    expect(pagesOf('ID')).toEqual({ continents: ['Asia'], unsure: null });
    expect(pagesOf('TR').unsure).toMatch(/unsure/);
  });
});

describe('the committed world layer', () => {
  it('is what npm run world:match writes from the shipped seed and list', async () => {
    const { dataset } = await readDataset(SEED);
    const csv = parseCsv(readFileSync(path.join(WORLD, 'twin_cities_geocoded.csv'), 'utf8'));
    const result = matchWorld(csv.slice(1).map((cells, i) => ({ line: i + 2, cells })), dataset.governments, dataset.partnerships, await readOverrides(WORLD));
    expect(formatPlaces(result.places)).toBe(readFileSync(path.join(WORLD, 'places.tsv'), 'utf8'));
    expect(formatTies(result.ties)).toBe(readFileSync(path.join(WORLD, 'ties.tsv'), 'utf8'));
  });

  it('names only governments of the seed, cites a Wikipedia page on every tie and leaves excluded places out', async () => {
    const { dataset } = await readDataset(SEED);
    const ids = new Set(dataset.governments.map((g) => g.id));
    const layer = await readWorldLayer(WORLD);
    for (const p of layer.places) if (p.governmentId) expect(ids.has(p.governmentId)).toBe(true);
    expect(layer.ties.every((t) => t.pages.length > 0 && t.pages.every((u) => u.startsWith('https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_')))).toBe(true);
    expect(layer.places.some((p) => p.name === 'Kota Tua (Jakarta)')).toBe(false);
    const osaki = layer.places.find((p) => p.name === 'Ōsaki' && p.countryCode === 'JP')!;
    expect(osaki.governmentId).toBe('jp-osaki');
  });
});
