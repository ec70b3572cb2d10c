/** GraphQL enums of the analysis API, registered from the analysis layer's closed unions. */
import { registerEnumType } from 'type-graphql';
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../../analysis/centrality';
import { CLUSTERING_PROJECTIONS, type ClusteringProjection } from '../../analysis/analysis-service';
import { LEVEL_TIERS, type LevelTier } from '../../analysis/level-asymmetry';
import { LEFT_OUT_REASONS, NETWORK_SCOPES, type LeftOutReason, type NetworkScope } from '../../analysis/basis';
import { UNDATED_POLICIES, type UndatedPolicy } from '../../analysis/filter';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const CentralityMeasureEnum = enumObject<CentralityMeasure>(CENTRALITY_MEASURES);
registerEnumType(CentralityMeasureEnum, {
  name: 'CentralityMeasure',
  description: 'A centrality measure. All are unweighted (a pair with several agreements counts as one tie) and follow networkx conventions.',
  valuesConfig: {
    DEGREE: { description: 'Share of all other governments a government is partnered with: degree / (n - 1) (networkx degree_centrality; 1 in a one-node network).' },
    BETWEENNESS: {
      description:
        'Share of shortest partnership chains between other pairs that pass through the government, normalised by (n-1)(n-2)/2 (networkx betweenness_centrality, normalized=True). Pairs in different components count 0.',
    },
    CLOSENESS: {
      description:
        'Inverse average distance to the governments it can reach, times the share of the network it can reach (Wasserman–Faust; networkx closeness_centrality, wf_improved=True). Isolated governments score 0.',
    },
    HARMONIC: {
      description: 'Sum of 1/distance to every other government, unreachable ones adding 0. NOT normalised: ranges from 0 to n-1 (networkx harmonic_centrality).',
    },
    PAGERANK: {
      description: 'Long-run share of a random walk along partnerships with damping 0.85 and uniform jumps; scores sum to 1 (networkx pagerank, alpha=0.85, weight=None).',
    },
    EIGENVECTOR: {
      description:
        'Leading-eigenvector centrality computed separately in each connected component and scaled to length 1 within it (networkx eigenvector_centrality on each component). Scores from different components are not comparable; see NodeScore.component.',
    },
  },
});

export const ProjectionEnum = enumObject<ClusteringProjection>(CLUSTERING_PROJECTIONS);
registerEnumType(ProjectionEnum, {
  name: 'Projection',
  description: 'Which network clustering is measured on.',
  valuesConfig: {
    TWO_MODE: {
      description:
        'The partnership network itself (Indonesian ↔ foreign, so without triangles): Latapy "dot" clustering per government (networkx bipartite.clustering mode="dot"); transitivity is the Robins–Alexander 4-cycle coefficient.',
    },
    INDONESIAN_BY_SHARED_PARTNER: {
      description: 'Indonesian governments, linked when they share a foreign partner. Edge weight: number of shared partners (not used by clustering).',
    },
    INDONESIAN_BY_SHARED_COUNTRY: {
      description: 'Indonesian governments, linked when they have partners in a common foreign country. Edge weight: number of shared countries (not used by clustering).',
    },
    FOREIGN_BY_SHARED_PARTNER: {
      description: 'Foreign governments, linked when they share an Indonesian partner. Edge weight: number of shared Indonesian partners (not used by clustering).',
    },
  },
});

export const LevelTierEnum = enumObject<LevelTier>(LEVEL_TIERS);
registerEnumType(LevelTierEnum, {
  name: 'LevelTier',
  description: 'A coarse tier of government used to compare partners across countries.',
  valuesConfig: {
    PROVINCE: {
      description:
        'First-level governments: provinces, prefectures, states, regions, territories, the capital authority, and cities ranked as provinces (special and metropolitan cities such as Seoul and Busan, Turkish metropolitan municipalities).',
    },
    CITY: { description: 'Cities and municipalities (kota; foreign cities, municipalities, agglomerations).' },
    REGENCY: { description: 'Regencies (kabupaten) and counties.' },
    DISTRICT: { description: 'Districts inside a city (Korean gu, Chinese district).' },
    OTHER: { description: 'Any other kind of government.' },
  },
});

export const UndatedPolicyEnum = enumObject<UndatedPolicy>(UNDATED_POLICIES);
registerEnumType(UndatedPolicyEnum, {
  name: 'UndatedPolicy',
  description: 'What `asOf` does with partnerships whose signing year is unknown. Without `asOf` it changes nothing.',
  valuesConfig: {
    EXCLUDE: { description: 'Leave them out (the default): nothing says they existed in that year. `basis.leftOut` counts them as UNDATED.' },
    INCLUDE: { description: 'Keep them, unless they are known to have ended by then.' },
  },
});

export const NetworkScopeEnum = enumObject<NetworkScope>(NETWORK_SCOPES);
registerEnumType(NetworkScopeEnum, {
  name: 'NetworkScope',
  description: 'Which partnership network an analysis runs on.',
  valuesConfig: {
    INDONESIA: { description: 'The Indonesian dataset: partnerships with an Indonesian party (the default).' },
    WORLD: {
      description:
        "The Indonesian dataset plus the world layer: a global twin-town list derived from Wikipedia's \"List of twin towns and sister cities in …\" pages (CC BY-SA 4.0; coordinates © OpenStreetMap contributors), unverified. Every world tie is LOW confidence by construction and counted whatever minConfidence says (basis.worldTiesCounted); a world tie between governments that share a sourced partnership is not counted (the sourced row wins). World ties have no year, type or field, so asOf (unless undated is INCLUDE), agreementTypes and fields leave them out.",
    },
  },
});

export const LeftOutReasonEnum = enumObject<LeftOutReason>(LEFT_OUT_REASONS);
registerEnumType(LeftOutReasonEnum, {
  name: 'LeftOutReason',
  description:
    'Why a partnership was not counted. Each partnership left out is counted once, under the first reason that applies, in the order listed here.',
  valuesConfig: {
    LOW_CONFIDENCE: { description: 'Its confidence is below `minConfidence` (MEDIUM by default: the LOW rows, which are leads).' },
    UNDATED: { description: '`asOf` is set, `undated` is EXCLUDE and its signing year is unknown.' },
    ENDED: { description: '`asOf` is set and it ended in or before that year.' },
    NOT_YET_SIGNED: { description: '`asOf` is set and it was signed after that year.' },
    FILTERED: { description: 'Another criterion of the filter (types, statuses, countries, levels, provinces, fields) leaves it out.' },
  },
});

export const NetworkLayerEnum = enumObject<'DATASET' | 'WORLD'>(['DATASET', 'WORLD']);
registerEnumType(NetworkLayerEnum, {
  name: 'NetworkLayer',
  description: 'Where a network node comes from.',
  valuesConfig: {
    DATASET: { description: 'A government of the dataset.' },
    WORLD: { description: 'A place of the world layer that matches no government of the dataset (scope WORLD only; seed/world/places.tsv).' },
  },
});
