/**
 * Child process for the SIGKILL test: opens the embedded store on a file and adds
 * sources as fast as it can, several in flight, printing "ack <n>" only once the
 * write has resolved (its snapshot is on disk). The parent kills it mid-burst.
 * Usage: tsx test/faults/embedded-writer.ts <snapshot file> <url prefix>
 */
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { smallDataset } from '../fixtures/small-dataset';

async function main(): Promise<void> {
  const [file, prefix] = process.argv.slice(2);
  const store = new EmbeddedStore({ file: file! });
  await store.init();
  if (await store.isEmpty()) await store.importDataset(smallDataset());
  process.stdout.write('ready\n');
  for (let n = 0; ; ) {
    const batch = Array.from({ length: 8 }, () => {
      const i = n++;
      return store.addSource({ url: `https://example.org/${prefix}-${i}` }, 'burst').then(() => process.stdout.write(`ack ${i}\n`));
    });
    await Promise.all(batch);
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
