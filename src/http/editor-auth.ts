/**
 * Editor credentials: bearer tokens that the operator configures as SHA-256 hashes
 * (`EDITOR_TOKEN_HASHES="alice:<hex>,bob:<hex>"`), so the server never stores a token.
 * A presented token is hashed and compared with every configured hash in constant
 * time. Reads need no token; see docs/editing.md.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface EditorToken {
  /** The editor's name, recorded as `who` in the audit trail. */
  name: string;
  /** SHA-256 of the token, 32 bytes. */
  hash: Buffer;
}

/** Who is calling: an editor's name, or null with the reason there is none. */
export interface Caller {
  editor: string | null;
  /** Why `editor` is null: no Authorization header, or a token that matches no editor. */
  authProblem: 'MISSING' | 'INVALID' | null;
}

/** Hex SHA-256 of a token, the form EDITOR_TOKEN_HASHES takes (`npm run token:hash`). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Parse `name:hexsha256` pairs separated by commas; empty or undefined gives no editors.
 * Throws an Error naming the bad entry (start-up fails rather than locking editors out).
 */
export function parseEditorTokenHashes(spec: string | undefined): EditorToken[] {
  if (!spec?.trim()) return [];
  return spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const match = /^([A-Za-z0-9._@-]{1,64}):([0-9a-fA-F]{64})$/.exec(entry);
      if (!match)
        throw new Error(
          `EDITOR_TOKEN_HASHES entry ${i + 1} is not "name:<64 hex digits of SHA-256>" (make one with \`npm run token:hash\`).`,
        );
      return { name: match[1]!, hash: Buffer.from(match[2]!, 'hex') };
    });
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
