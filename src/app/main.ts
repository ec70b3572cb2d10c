/**
 * The composition root: read the configuration, build the store, seed it if empty,
 * build the services and caches once (src/app/services.ts), serve them through every
 * door. `npm start` runs this on the embedded store with no other setup.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { createServer } from '../http/server';
import { createLogger } from '../logger';
import { loadSeed, loadWorldLayer } from '../seed/load';
import { seedRelease } from '../seed/release';
import { createStore } from './create-store';
import { createServices } from './services';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = createStore(config.store);
  await store.init();
  if (config.seedOnStart && (await store.isEmpty())) {
    const { plan: _plan, ...result } = await loadSeed(store, config.seedDir);
    logger.info({ ...result }, 'seeded an empty store');
    const world = await loadWorldLayer(store, config.seedDir);
    if (world) logger.info({ ...world }, 'loaded the world layer (scope WORLD)');
  }
  const [held, onDisk] = await Promise.all([store.release(), seedRelease(config.seedDir).catch(() => null)]);
  if (onDisk && held?.id !== onDisk.stamp.id)
    logger.warn(
      { storeRelease: held?.id ?? null, seedRelease: onDisk.stamp.id },
      'the store does not hold the seed folder’s release; run `npm run seed` to load it',
    );
  const services = createServices(store, { cacheBytes: config.analysisCacheBytes, analysisThreads: config.analysisThreads });
  // Read the first snapshot now: analyses answer sooner, and the query cost limit knows the real list sizes.
  await services.snapshots.snapshot();
  const server = await createServer({
    store,
    services,
    trustProxy: config.trustProxy,
    logger,
    production: config.production,
    editorTokens: config.editorTokens,
    analysisRateLimit:
      config.analysisRatePerMinute === 0 ? false : { burst: config.analysisRatePerMinute, perSecond: config.analysisRatePerMinute / 60 },
    analysisTimeBudgetMs: config.analysisTimeBudgetMs,
  });
  const url = await server.listen(config.port, config.host);
  logger.info({ url: `${url}/graphql`, store: store.kind, release: held?.id ?? null, editors: config.editorTokens.map((t) => t.name) }, 'Kota Kembar is serving');

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    server
      .stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: Error) => {
  // Start-up errors are configuration or data problems: print the message, not a stack.
  console.error(`Kota Kembar could not start: ${err.message}`);
  process.exit(1);
});
