/**
 * `npm run token:hash -- <name>`: make a new random editor token and print it with the
 * EDITOR_TOKEN_HASHES entry to configure. `npm run token:hash -- <name> <token>` hashes
 * a token you already have. Give the token to the editor; give the entry to the server.
 */
import { randomBytes } from 'node:crypto';
import { hashToken } from '../src/editor-tokens';

const [name, given] = process.argv.slice(2);
if (!name || !/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
  console.error('Usage: npm run token:hash -- <editor-name> [token]   (name: letters, digits, . _ @ -)');
  process.exit(2);
}
const token = given ?? randomBytes(32).toString('base64url');
if (!given) console.log(`token (give to ${name}, shown once): ${token}`);
console.log(`EDITOR_TOKEN_HASHES entry: ${name}:${hashToken(token)}`);
