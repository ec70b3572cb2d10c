/** What every resolver receives: the request's loaders and the shared services. */
import type { Loaders } from './loaders';

export interface GraphQLContext {
  loaders: Loaders;
  /** Correlates logs of one request. */
  requestId: string;
}
