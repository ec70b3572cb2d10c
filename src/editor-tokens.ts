/**
 * Editor credentials as the operator configures them: bearer tokens stored as SHA-256 hashes
 * (`EDITOR_TOKEN_HASHES="alice:<hex>,bob:<hex>"`), so the server never stores a token. Read by
 * the configuration; the HTTP door (src/http/editor-auth.ts) checks presented tokens against them.
 */
import { createHash } from 'node:crypto';

export interface EditorToken {
  /** The editor's name, recorded as `who` in the audit trail. */
  name: string;
  /** SHA-256 of the token, 32 bytes. */
  hash: Buffer;
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
