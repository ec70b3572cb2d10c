/**
 * The embedded store's copy of the world layer: `<snapshot file>.world.json`, beside the
 * snapshot so that ordinary writes (a few KB) do not rewrite 40,000 world rows. Rows
 * are arrays, not objects, so the ~3 MB file parses in well under a second. Written
 * atomically (temp file, fsync, rename); a file that fails its checks is refused.
 */
import { KotaKembarError } from '../../domain/errors';
import type { WorldLayer } from '../../domain/world';
import { jsonChecksum, readFileIfExists, writeFileAtomically } from './atomic-file';

const FORMAT = 'kota-kembar/world-layer';
const FORMAT_VERSION = 1;

type PlaceRow = [id: string, name: string, countryCode: string, lat: number, lon: number, governmentId: string | null];
type TieRow = [id: string, a: string, b: string, pages: string[], pageNote: string | null];

interface WorldFile {
  format: typeof FORMAT;
  formatVersion: number;
  checksum: string;
  places: PlaceRow[];
  ties: TieRow[];
}

export function worldFileOf(snapshotFile: string): string {
  return snapshotFile.replace(/\.json$/, '') + '.world.json';
}

function checksum(places: PlaceRow[], ties: TieRow[]): string {
  return jsonChecksum([places, ties]);
}

export async function readWorldFile(file: string): Promise<WorldLayer | null> {
  const text = await readFileIfExists(file);
  if (text === null) return null;
  const refuse = (why: string) =>
    new KotaKembarError('STORE_UNAVAILABLE', `The embedded store's world layer "${file}" cannot be used: ${why}. Move it away and run "npm run seed" to load the world layer again.`);
  let parsed: WorldFile;
  try {
    parsed = JSON.parse(text) as WorldFile;
  } catch {
    throw refuse('it is not valid JSON');
  }
  if (parsed?.format !== FORMAT || parsed.formatVersion !== FORMAT_VERSION || !Array.isArray(parsed.places) || !Array.isArray(parsed.ties))
    throw refuse(`it is not a ${FORMAT} file of version ${FORMAT_VERSION}`);
  if (checksum(parsed.places, parsed.ties) !== parsed.checksum) throw refuse('its checksum does not match its contents');
  return {
    places: parsed.places.map(([id, name, countryCode, lat, lon, governmentId]) => ({ id, name, countryCode, lat, lon, governmentId })),
    ties: parsed.ties.map(([id, a, b, pages, pageNote]) => ({ id, a, b, pages, pageNote })),
  };
}

export async function writeWorldFile(file: string, layer: WorldLayer): Promise<void> {
  const places: PlaceRow[] = layer.places.map((p) => [p.id, p.name, p.countryCode, p.lat, p.lon, p.governmentId]);
  const ties: TieRow[] = layer.ties.map((t) => [t.id, t.a, t.b, t.pages, t.pageNote]);
  const body: WorldFile = { format: FORMAT, formatVersion: FORMAT_VERSION, checksum: checksum(places, ties), places, ties };
  await writeFileAtomically(file, JSON.stringify(body));
}
