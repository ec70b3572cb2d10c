export { type CsrGraph, csrFromEdgeList, csrFromIndexPairs, toCsrGraph, isCsrGraph, cachedCsrGraph } from './csr-graph';
export {
  type Scores,
  type PathMeasure,
  type PathCentralityOptions,
  type PathCentralityArrays,
  pathCentralityArrays,
  fastBetweenness,
  fastCloseness,
  fastHarmonic,
  toScores,
  asCsrGraph,
} from './path-centralities';
export {
  type ParallelOptions,
  type ParallelRun,
  pathCentralityArraysParallel,
  fastBetweennessParallel,
  fastClosenessParallel,
  fastHarmonicParallel,
} from './parallel';
