/**
 * Faults of the embedded store: a corrupt snapshot is refused with a clear message and
 * left as it was; a writer killed with SIGKILL in the middle of a burst of writes
 * restarts from a valid snapshot holding every write it acknowledged.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { readSnapshotFile } from '../../src/store/embedded/snapshot-file';
import { smallDataset } from '../fixtures/small-dataset';
import { REPO_ROOT } from '../support/neo4j-env';

const tempFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-faults-')), 'snapshot.json');

async function savedSnapshot(): Promise<string> {
  const file = tempFile();
  const store = new EmbeddedStore({ file });
  await store.init();
  await store.importDataset(smallDataset());
  await store.addSource({ url: 'https://example.org/kept' }, 'alice');
  await store.close();
  return file;
}

describe('a corrupt snapshot', () => {
  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2)), /is not valid JSON \(truncated or edited by hand\?\)/],
    ['edited by hand', (text: string) => text.replace('"Seoul"', '"Busan"'), /its checksum does not match its contents/],
    ['another file', () => '{"hello": "world"}', /is not a kota-kembar\/embedded-snapshot file/],
    ['empty', () => '', /is not valid JSON/],
  ])('is refused when %s, with what to do, and is not overwritten', async (_name, damage, reason) => {
    const file = await savedSnapshot();
    const damaged = damage(await fs.readFile(file, 'utf8'));
    await fs.writeFile(file, damaged);
    const store = new EmbeddedStore({ file });
    const error = await store.init().then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(reason);
    expect(error?.message).toMatch(/left untouched; restore it from a backup, or move it away/);
    expect(error?.message).toContain(file);
    expect(await fs.readFile(file, 'utf8')).toBe(damaged);
  });
});

/** Run the writer until it has acknowledged `acks` writes, SIGKILL it, return the acknowledged urls. */
function burstThenKill(file: string, prefix: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), not the tsx wrapper: SIGKILL must hit the writer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/faults/embedded-writer.ts', file, prefix], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) acked.push(`https://example.org/${prefix}-${m[1]}`);
      }
      if (acked.length >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('a writer killed with SIGKILL mid-burst', () => {
  it('restarts from a valid snapshot with every acknowledged write, three times over', async () => {
    const file = tempFile();
    const acknowledged: string[] = [];
    for (const [round, acks] of [[1, 15], [2, 40], [3, 25]] as const) {
      acknowledged.push(...(await burstThenKill(file, `round${round}`, acks)));
      const saved = await readSnapshotFile(file); // throws if the file is not a valid snapshot
      expect(saved).not.toBeNull();
      const store = new EmbeddedStore({ file });
      await store.init();
      // A write cut short leaves a temporary file at most; restarting clears it.
      expect((await fs.readdir(path.dirname(file))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const found = await store.sourcesByUrls(acknowledged);
      expect(found.filter((s) => s === null)).toHaveLength(0);
      // The audit trail and the data moved together: one entry per added source.
      const sources = (await store.snapshot()).sources.filter((s) => s.url.startsWith('https://example.org/round'));
      expect(await store.auditTrail({ action: 'ADD_SOURCE' }, { offset: 0, limit: 10_000 })).toHaveLength(sources.length);
      expect(await store.dataVersion()).toBe(1 + sources.length);
      await store.close();
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(80);
  }, 120_000);
});
