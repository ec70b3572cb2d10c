/**
 * The figures README.md and docs/ quote about the data and the analysis, computed
 * from the seed through the API itself (a server on an in-memory embedded store
 * loaded with `loadSeed`, queried with GraphQL), so the text says what the API says.
 *
 * A figure lives in a marked block of a Markdown file:
 *
 *   <!-- figures:NAME -->
 *   ...generated text...
 *   <!-- /figures -->
 *
 * `npm run docs:figures` rewrites every block (cli.ts); test/docs/figures.test.ts
 * fails when a file's block differs from what the data gives, or names a block
 * this module does not know.
 */
import 'reflect-metadata';
import assert from 'node:assert';
import path from 'node:path';
import pino from 'pino';
import { ATTRIBUTIONS, DATASET_LICENSE } from '../../src/domain/attribution';
import { createLoaders } from '../../src/graphql/loaders';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { loadSeed } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { REPO_ROOT } from '../../src/paths';

export { REPO_ROOT };

/** The files that hold figure blocks, relative to the repository root. */
export const FIGURE_FILES = ['README.md', 'docs/dataset.md', 'docs/analysis.md', 'ATTRIBUTION.md'];

const BLOCK = /<!-- figures:([a-z0-9-]+) -->\n([\s\S]*?)<!-- \/figures -->/g;

/** Every block of `text`: name and current content. */
export function blocksOf(text: string): Array<{ name: string; content: string }> {
  return [...text.matchAll(BLOCK)].map((m) => ({ name: m[1], content: m[2] }));
}

/** `text` with every block's content replaced by `figures[name]`. @throws for a block name with no figure. */
export function rewriteBlocks(text: string, figures: Record<string, string>): string {
  return text.replace(BLOCK, (_m, name: string) => {
    if (!(name in figures)) throw new Error(`Unknown figure block "${name}"; known: ${Object.keys(figures).join(', ')}.`);
    return `<!-- figures:${name} -->\n${figures[name]}<!-- /figures -->`;
  });
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

async function query(server: KotaKembarServer, store: EmbeddedStore, source: string): Promise<Json> {
  const response = await server.apollo.executeOperation({ query: source }, { contextValue: { loaders: createLoaders(store), requestId: 'docs-figures' } });
  assert(response.body.kind === 'single');
  const { data, errors } = response.body.singleResult;
  if (errors) throw new Error(`Figure query failed: ${errors.map((e) => e.message).join('; ')}\n${source}`);
  return data;
}

/** The README's sample query, shown and run as it is written. */
export const SAMPLE_GOVERNMENTS_QUERY =
  '{ governments(first: 3, where: { countryCodes: ["ID"] }, sort: { field: PARTNER_COUNT, direction: DESC }) { totalCount edges { node { id name level partnerCount } } } }';

/** The worked example's query. */
export const WORKED_EXAMPLE_QUERY = '{ centrality(measure: BETWEENNESS, onlyIndonesian: true, first: 10) { rank score node { id name level } } }';

const n = (v: number) => v.toLocaleString('en-US');
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Every figure block's content, computed from the seed in `seedDir`. */
export async function computeFigures(seedDir = path.join(REPO_ROOT, 'seed')): Promise<Record<string, string>> {
  const store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, seedDir);
  const server = await createServer({ store, logger: pino({ level: 'silent' }) });
  try {
    const stats = (
      await query(
        server,
        store,
        `{ datasetStats {
          governmentCount indonesianGovernmentCount partnershipCount programCount sourceCount countryCount
          coverage { basis { key } cities regencies provinces capitalAuthorities total }
          partnershipsByType { key count } partnershipsByConfidence { key count } partnershipsByDecade { key count }
          citations { sources withTitleAndPublisher withPageTitleAndPublisher withSuppliedTitleAndPublisher withoutTitle withPublisher withPublishedDate withCheckedDate }
          release { id date citation } } }`,
      )
    ).datasetStats;
    const sample = await query(server, store, SAMPLE_GOVERNMENTS_QUERY);
    const worked = await query(
      server,
      store,
      `{ top: centrality(measure: BETWEENNESS, onlyIndonesian: true, first: 10) { rank score node { id name level } }
         all: centrality(measure: BETWEENNESS, onlyIndonesian: true, first: 10, filter: { minConfidence: LOW }) { node { id name } }
         components { size members { id name } }
         allComponents: components(filter: { minConfidence: LOW }) { size }
         basis: analysisBasis { partnershipsCounted leftOut { reason count } }
         asOf: analysisBasis(filter: { asOf: 2010 }) { partnershipsCounted leftOut { reason count } }
         asOfIncluded: analysisBasis(filter: { asOf: 2010, undated: INCLUDE }) { partnershipsCounted } }`,
    );
    const hub = worked.top[0];
    // Partners in the network counted (the default filter), not every partnership on record.
    const hubEgo = (await query(server, store, `{ egoNetwork(id: "${hub.node.id}", radius: 1) { members { distance } } }`)).egoNetwork;
    const hubPartners = hubEgo.members.filter((m: Json) => m.distance === 1).length as number;
    return {
      release: releaseBlock(stats),
      'readme-counts': `${n(stats.partnershipCount)} partnerships between ${n(stats.governmentCount)} governments in ${n(stats.countryCount)} countries, every one with at least one source\nand a confidence grade (\`seed/\`, built and checked as \`docs/dataset.md\` explains; release \`${stats.release.id}\`).\nIndonesian governments with at least one partnership:\n`,
      coverage: coverageTable(stats, ['counting', 'kota', 'kabupaten', 'provinces', 'Nusantara authority'], {
        ALL_TYPES: 'every partnership type',
        EXCLUDING_OTHER: 'excluding `OTHER` (municipal development partnerships and similar)',
        EXCLUDING_OTHER_AND_LOW: 'excluding `OTHER` and `LOW` confidence',
      }),
      'sample-governments': '```json\n' + sampleJson(sample) + '\n```\n',
      'betweenness-top10': betweennessTable(worked.top),
      'betweenness-notes': betweennessNotes(worked, hubPartners),
      'basis-example': basisExample(worked),
      'dataset-counts': `${n(stats.partnershipCount)} partnerships, ${n(stats.governmentCount)} governments (${n(stats.indonesianGovernmentCount)} Indonesian), ${n(stats.programCount)} programs, ${n(stats.sourceCount)} sources, ${n(stats.countryCount)} countries (${n(stats.countryCount - 1)} foreign). Release \`${stats.release.id}\`.\n`,
      'dataset-coverage': coverageTable(stats, ['Indonesian governments with ≥ 1 partnership', 'Kota', 'Kabupaten', 'Provinces', 'Capital authority'], {
        ALL_TYPES: 'All types (incl. `OTHER`), any confidence',
        EXCLUDING_OTHER: 'Excluding `OTHER`',
        EXCLUDING_OTHER_AND_LOW: 'Excluding `OTHER` and `LOW`',
      }),
      'dataset-breakdown': datasetBreakdown(stats),
      'dataset-citations': citationsTable(stats.citations),
      attribution: attributionList(),
    };
  } finally {
    await server.stop();
    await store.close();
  }
}

function releaseBlock(stats: Json): string {
  const left = stats.partnershipsByConfidence.find((c: Json) => c.key === 'LOW').count;
  return [
    `Current release: \`${stats.release.id}\` (${stats.release.date}; \`seed/RELEASES.md\` lists every release and what changed).`,
    `Cite it as: ${stats.release.citation}`,
    '',
    `By default no figure counts the ${n(left)} \`LOW\`-confidence rows (leads resting on a list or a blog); \`minConfidence: LOW\` counts them.`,
    '',
  ].join('\n');
}

function coverageTable(stats: Json, header: string[], labels: Record<string, string>): string {
  const rows = stats.coverage.map((c: Json) => `| ${labels[c.basis.key]} | ${c.cities} | ${c.regencies} | ${c.provinces} | ${c.capitalAuthorities} |`);
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows, ''].join('\n');
}

function sampleJson(sample: Json): string {
  const g = sample.governments;
  const edges = g.edges.map((e: Json) => `  ${JSON.stringify({ node: e.node })}`).join(',\n');
  return `{"data":{"governments":{"totalCount":${g.totalCount},"edges":[\n${edges}]}}}`;
}

function betweennessTable(top: Json[]): string {
  return ['| rank | government | betweenness |', '|---|---|---|', ...top.map((s) => `| ${s.rank} | ${s.node.name} | ${s.score.toFixed(4)} |`), ''].join('\n');
}

function betweennessNotes(worked: Json, hubPartners: number): string {
  const hub = worked.top[0];
  const components: Array<{ size: number; members: Array<{ id: string; name: string }> }> = worked.components;
  const hubComponent = components.findIndex((c) => c.members.some((m) => m.id === hub.node.id));
  const outside = worked.top.filter((s: Json) => !components[hubComponent].members.some((m) => m.id === s.node.id)).map((s: Json) => s.node.name);
  const topIds = new Set(worked.top.map((s: Json) => s.node.id));
  const onlyWithLeads = worked.all.filter((s: Json) => !topIds.has(s.node.id)).map((s: Json) => s.node.name);
  const low = worked.basis.leftOut.find((l: Json) => l.reason === 'LOW_CONFIDENCE').count;
  const lines = [
    `${hub.node.name} sits on about ${pct(hub.score)} of the shortest chains, with ${hubPartners} partners.`,
    `The network counted here has ${components.length} components, the largest with ${components[0].size} governments` +
      (hubComponent === 0 ? ` (${hub.node.name}'s).` : `; ${hub.node.name} is in one of ${components[hubComponent].size}.`),
  ];
  if (outside.length > 0)
    lines.push(`${list(outside)} ${outside.length === 1 ? 'lies' : 'lie'} outside ${hub.node.name}'s component, so ${outside.length === 1 ? 'its score measures' : 'their scores measure'} brokerage within ${outside.length === 1 ? 'its' : 'their'} own group only.`);
  lines.push(
    `These are MEDIUM and HIGH confidence partnerships only (${n(worked.basis.partnershipsCounted)} counted, ${n(low)} \`LOW\` leads left out);` +
      ` with \`filter: { minConfidence: LOW }\` the network has ${worked.allComponents.length} components` +
      (onlyWithLeads.length > 0 ? ` and ${list(onlyWithLeads)} ${onlyWithLeads.length === 1 ? 'enters' : 'enter'} the top 10.` : ' and the same top 10.'),
  );
  return lines.map((l) => `- ${l}`).join('\n') + '\n';
}

function basisExample(worked: Json): string {
  const left = (b: Json) =>
    b.leftOut
      .filter((l: Json) => l.count > 0)
      .map((l: Json) => `${n(l.count)} ${l.reason}`)
      .join(', ');
  return [
    `On the shipped seed, \`analysisBasis\` with no filter counts ${n(worked.basis.partnershipsCounted)} partnerships (left out: ${left(worked.basis)}).`,
    `With \`asOf: 2010\` it counts ${n(worked.asOf.partnershipsCounted)} (left out: ${left(worked.asOf)});` +
      ` with \`asOf: 2010, undated: INCLUDE\` it counts ${n(worked.asOfIncluded.partnershipsCounted)}.`,
    '',
  ].join('\n');
}

function datasetBreakdown(stats: Json): string {
  const names: Record<string, string> = {
    SISTER_CITY: 'sister city', SISTER_PROVINCE: 'sister province', FRIENDSHIP_CITY: 'friendship', MOU: 'MoU', LETTER_OF_INTENT: 'letter of intent', OTHER: 'other',
  };
  const types = stats.partnershipsByType.map((c: Json) => `${n(c.count)} ${names[c.key] ?? c.key}`).join(', ');
  const conf = [...stats.partnershipsByConfidence].reverse().map((c: Json) => `${n(c.count)} ${c.key.toLowerCase()}`).join(', ');
  const undated = stats.partnershipsByDecade.find((d: Json) => d.key === null)?.count ?? 0;
  return `Partnerships by type: ${types}; by confidence: ${conf}; ${n(undated)} with no known signing year.\n`;
}

function citationsTable(c: Json): string {
  const row = (label: string, count: number) => `| ${label} | ${n(count)} | ${pct(count / c.sources)} |`;
  return [
    '| Sources with | Count | Share |',
    '|---|---|---|',
    row('a title and a publisher', c.withTitleAndPublisher),
    row("— the page's own title", c.withPageTitleAndPublisher),
    row('— a supplied description, in brackets (page found, no title of its own)', c.withSuppliedTitleAndPublisher),
    row('no title (stored copy not found; the check note says what was searched)', c.withoutTitle),
    row('a publisher', c.withPublisher),
    row('a publication date (only where the page gives one)', c.withPublishedDate),
    row('a checked date', c.withCheckedDate),
    `| all sources | ${n(c.sources)} | |`,
    '',
  ].join('\n');
}

function attributionList(): string {
  return [
    `The dataset: ${DATASET_LICENSE}.`,
    '',
    '| source | licence | credit line |',
    '|---|---|---|',
    ...ATTRIBUTIONS.map((a) => `| [${a.name}](${a.url}) | ${a.license} | ${a.credit} |`),
    '',
  ].join('\n');
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
