/** What every resolver receives: the request's loaders and the shared services. */
import type { Loaders } from './loaders';

export interface GraphQLContext {
  loaders: Loaders;
  /** Correlates logs of one request. */
  requestId: string;
  /** The editor's name when the request carries a valid editor token, else null or absent. */
  editor?: string | null;
  /** Why there is no editor: no token, or one that matches no editor. */
  authProblem?: 'MISSING' | 'INVALID' | null;
  /** True when the deployment configures no editors (EDITOR_TOKEN_HASHES empty): every write is FORBIDDEN. */
  readOnly?: boolean;
  /** Who is asking, for per-client rate limits (the client's IP address); absent in-process. */
  clientId?: string;
}
