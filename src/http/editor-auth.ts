/**
 * Editor credentials: bearer tokens that the operator configures as SHA-256 hashes
 * (`EDITOR_TOKEN_HASHES="alice:<hex>,bob:<hex>"`), so the server never stores a token.
 * A presented token is hashed and compared with every configured hash in constant
 * time. Reads need no token; see docs/editing.md.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { EditorToken } from '../editor-tokens';

/** Who is calling: an editor's name, or null with the reason there is none. */
export interface Caller {
  editor: string | null;
  /** Why `editor` is null: no Authorization header, or a token that matches no editor. */
  authProblem: 'MISSING' | 'INVALID' | null;
}

/** Identify the caller from an Authorization header value. */
export function identifyCaller(authorization: string | undefined, tokens: readonly EditorToken[]): Caller {
  if (!authorization) return { editor: null, authProblem: 'MISSING' };
  const match = /^Bearer\s+(\S{1,1024})\s*$/i.exec(authorization);
  if (!match) return { editor: null, authProblem: 'INVALID' };
  const presented = createHash('sha256').update(match[1]!, 'utf8').digest();
  let editor: string | null = null;
  // Compare against every hash, without stopping early, so timing says nothing.
  for (const token of tokens) if (timingSafeEqual(presented, token.hash) && editor === null) editor = token.name;
  return editor ? { editor, authProblem: null } : { editor: null, authProblem: 'INVALID' };
}
