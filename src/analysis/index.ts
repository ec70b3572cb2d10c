/** What other folders may use from the analysis layer. */
export { AnalysisService, CLUSTERING_PROJECTIONS, MAX_TIMELINE_YEARS } from './analysis-service';
export type {
  AnalysisServiceOptions,
  CentralityListOptions,
  ClusteringProjection,
  ClusteringReport,
  EgoView,
  NetworkEdge,
  NetworkNode,
  NetworkView,
  NodeScore,
  SnapshotSource,
  TimelineYear,
} from './analysis-service';
export { CENTRALITY_MEASURES, type CentralityMeasure } from './centrality';
export { filterKey, normalizeFilter, type NetworkFilter } from './filter';
export { LEVEL_TIERS, type LevelTier } from './level-asymmetry';
export { projectNetwork } from './projection';
export { ONE_MODE_PROJECTIONS, projectOneMode, type OneModeProjection } from './one-mode-projection';
